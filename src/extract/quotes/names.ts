/** Names in attribution clauses: runs of capitalised words, with titles and sentence-initial words stripped. */
import type { Token } from './tokens.js';

/** Words that are part of a title or office, not of a name ("Secretary of State Marco Rubio"). */
export const TITLE_WORDS = new Set(
  `president vice secretary state minister prime foreign defence defense external affairs home finance interior press
   spokesperson spokesman spokeswoman sen sen. senator rep rep. representative gov gov. governor mayor mr mr. mrs mrs. ms ms. miss dr dr.
   prof prof. professor gen gen. general lt lt. col col. colonel maj maj. major capt capt. captain adm adm. admiral sgt sgt. chief army
   justice judge attorney ambassador chairman chairwoman chair chairperson speaker leader majority minority commander director ceo
   king queen prince princess sheikh emir pope rev rev. reverend father sir lord lady dame deputy assistant acting former national security
   adviser advisor republican democratic democrat nominee candidate host anchor chancellor premier congressman congresswoman councilman
   councilwoman councillor commissioner superintendent sheriff officer inspector detective sergeant lieutenant agent manager founder
   executive officer president-elect secretary-general first lady dem independent libertarian green
   campaign chairman coordinator strategist pollster correspondent reporter columnist editor analyst economist
   employee worker expert official lawyer activist author writer scientist researcher engineer designer spokesperson
   del. delegate assemblyman assemblywoman alderman councilmember trustee
   `.split(/\s+/).filter(Boolean),
);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mx']);

/** Capitalised words that begin sentences or clauses but are not names. */
const NOT_NAMES = new Set(
  `the a an and but or nor so yet for in on at as of to by with from into after before when while if though although because since
   also still meanwhile however earlier later now then this that these those it he she we they i you his her their our its my your
   speaking asked responding following addressing according during despite amid among under over about there here what which who whom whose where why how
   mostly many most some several another each every both either neither no not all any one two three four five six seven eight nine ten
   monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
   november december today yesterday tomorrow last next this mr mrs ms dr sen rep gov gen breaking update watch read also
   furthermore moreover indeed instead otherwise thus hence just only even perhaps maybe yes said says added asked told`.split(/\s+/).filter(Boolean),
);

/** Lowercase particles inside names ("Tamim bin Hamad Al Thani", "Bill de Blasio"). */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'abu', 'ul']);

/** Words that make a capitalised run an organisation, not a person. */
export const ORG_WORDS = new Set(
  `department ministry office house committee campaign party council agency association union court board commission bureau
   administration government police army navy force forces service services news times post journal press network institute
   university college foundation center centre group inc corp company corporation bank fund organization organisation
   federation league coalition alliance front embassy senate congress parliament assembly cabinet team club tribune
   review magazine channel radio television tv agency authority reuters ap afp ani cnn fox msnbc nbc abc cbs bbc`.split(/\s+/).filter(Boolean),
);

/** Starts with an uppercase letter (ASCII fast path). */
export const isCap = (w: string) => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
};
/** Contains a letter (ASCII fast path). */
export const hasLetter = (w: string) => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return /\p{L}/u.test(w);
};

/** Title words, also without their period ("sen." -> "sen"): `TITLE_WORDS.has(w) || TITLE_WORDS.has(w + '.')` in one look-up. */
const TITLE_WORDS_BARE = new Set([...TITLE_WORDS, ...[...TITLE_WORDS].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1))]);

/** Ends with 's or ’s. */
const endsPossessive = (w: string) => {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
};
const stripPossessive = (w: string) => (endsPossessive(w) ? w.slice(0, -2) : w);
/** Lowercased, one final period dropped. */
const lowerBare = (w: string) => {
  const l = w.toLowerCase();
  return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
};

/** The words that name someone in tokens[i..j] (inclusive): titles and leading function words dropped. */
export function cleanName(words: string[]): string {
  // the name is words[a, b)
  let a = 0;
  let b = words.length;
  while (a < b && NOT_NAMES.has(words[a]!.toLowerCase())) a++;
  // drop a possessive prefix: "Pakistan's Defence Minister Khawaja Asif" -> "Defence Minister Khawaja Asif"
  let poss = -1;
  for (let k = a; k < b - 1; k++) if (endsPossessive(words[k]!) && !(k === b - 2 && ORG_WORDS.has(lowerBare(words[b - 1]!)))) poss = k;
  if (poss >= 0) a = poss + 1;
  const lower: string[] = [];
  for (let k = a; k < b; k++) lower.push(lowerBare(words[k]!));
  // "Representative Charles B. Rangel of New York": "of" after a name starts a place, not a title
  for (let k = 1; k < lower.length; k++) {
    const w = lower[k]!;
    if ((w === 'of' || w === 'for') && !TITLE_WORDS.has(lower[k - 1]!) && !ORG_WORDS.has(lower[k - 1]!)) {
      b = a + k;
      lower.length = k;
      break;
    }
  }
  const n = b - a;
  // an honorific is followed by the surname: "Mr. King", "Dr. Oz"
  let hon = -1;
  for (let k = 0; k < n; k++) {
    if (HONORIFICS.has(lower[k]!)) {
      hon = k;
      break;
    }
  }
  if (hon >= 0 && hon < n - 1) return stripPossessive(words.slice(a + hon + 1, b).join(' '));
  if (n === 0 || lower.every((w) => TITLE_WORDS_BARE.has(w) || w === 'of' || w === 'for')) return '';
  if (ORG_WORDS.has(lower[n - 1]!)) return words.slice(a, b).join(' ');
  // keep what follows the last title word (or organisation word), when something does
  let last = -1;
  for (let k = 0; k < n - 1; k++) {
    const w = lower[k]!;
    if (TITLE_WORDS_BARE.has(w) || ORG_WORDS.has(w)) last = Math.max(last, k);
    // "Commissioner for Competition Neelie Kroes": the word after of/for names the office's domain
    else if ((w === 'of' || w === 'for') && k + 1 < n - 1) last = Math.max(last, k + 1);
  }
  let s = last >= 0 ? a + last + 1 : a;
  while (s < b && !isCap(words[s]!)) s++; // "of Vermont" -> "Vermont"
  return stripPossessive(s === b - 1 ? words[s]! : words.slice(s, b).join(' '));
}

/**
 * The capitalised run ending at token index `j` (inclusive), scanning backwards.
 * Returns the index of its first token, or -1 when tokens[j] is not a name word.
 */
export function runStartingBefore(tokens: Token[], j: number): number {
  if (j < 0 || !isCap(tokens[j]!.text) || !hasLetter(tokens[j]!.text)) return -1;
  let i = j;
  while (i > 0) {
    // a run never crosses a sentence end or a line break
    if (tokens[i]!.brk) break;
    const w = tokens[i - 1]!.text;
    if (isCap(w) && hasLetter(w)) i--;
    else if ((PARTICLES.has(w) || w === 'of' || w === 'for') && i - 2 >= 0 && isCap(tokens[i - 2]!.text)) i -= 2;
    else break;
  }
  return i;
}

/** The capitalised run starting at token index `i`; returns its last index, or -1. */
export function runEndingAfter(tokens: Token[], i: number): number {
  if (i >= tokens.length || !isCap(tokens[i]!.text) || !hasLetter(tokens[i]!.text)) return -1;
  let j = i;
  while (j + 1 < tokens.length) {
    if (tokens[j + 1]!.brk) break;
    const w = tokens[j + 1]!.text;
    // a possessive ends the name, but for an office named after its holder ("the Prime Minister's Office")
    if (/['’]s$/.test(tokens[j]!.text) && !(isCap(w) && ORG_WORDS.has(w.toLowerCase()))) break;
    if (isCap(w) && hasLetter(w)) j++;
    else if ((PARTICLES.has(w) || w === 'of' || w === 'for') && j + 2 < tokens.length && isCap(tokens[j + 2]!.text)) j += 2;
    else break;
  }
  return j;
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
