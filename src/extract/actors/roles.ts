/**
 * Roles: split "Northrop Grumman CEO Ron Sugar" into organisation, role and person; read roles
 * written before a name ("US State Department spokesperson Tammy Bruce") or after it
 * ("Todd Tiahrt, a Kansas representative,"); and normalise roles for comparison across articles.
 */
import { demonymCountry, gazetteerKind, isCountry } from './gazetteer.js';
import { COMMON, HONORIFICS, ORG_HEADS, PLACE_HEADS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_OF_OBJECTS } from './lexicon.js';
import type { Run } from './names.js';
import type { Token } from './tokens.js';

const low = (t: Token) => t.low;

export const isRoleHead = (t: Token) => t.word && (ROLE_HEADS.has(low(t)) || HONORIFICS.has(low(t)) || (low(t).endsWith('s') && ROLE_HEADS.has(low(t).slice(0, -1))) || (/-/.test(t.text) && low(t).split('-').some((p) => ROLE_HEADS.has(p)) && !/^\p{Lu}[\p{Ll}]+-\p{Ll}-\p{Lu}/u.test(t.text)));
const isRoleWord = (t: Token) => t.word && (isRoleHead(t) || ROLE_MODIFIERS.has(low(t)));

export interface SplitRun {
  /** Organisation or place named before the role ("Northrop Grumman" in "Northrop Grumman CEO Ron Sugar"). */
  owner: Run | null;
  /** The role words, including the owner ("Northrop Grumman CEO"). */
  role: Run | null;
  /** The remaining name (the person when a role was split off). */
  name: Run | null;
  /** A role or honorific was split off: the name is a person. */
  titled: boolean;
}

/** Split a capitalised run at its last role word when a name follows it. */
export function splitRun(tokens: Token[], run: Run): SplitRun {
  const { from, to } = run;
  let p = -1;
  // "said Airbus President and Chief Executive Officer, Tom Enders", "the Apple Chief Executive Officer": a company and
  // a role, with no name in the run; the company is the actor
  if (isRoleHead(tokens[to - 1]!) && !HONORIFICS.has(low(tokens[to - 1]!)) || /^(?:President|Officer)$/.test(tokens[to - 1]!.text)) {
    let s = to;
    while (s - 1 > from && (isRoleWord(tokens[s - 1]!) || ROLE_OF_OBJECTS.has(low(tokens[s - 1]!))) && !tokens[s - 1]!.poss) s--;
    const ownerText = tokens.slice(from, s).map((t) => t.text).join(' ');
    if (s < to && s > from && (gazetteerKind(ownerText) === 'organization' || /^\p{Lu}[\p{Lu}&.]+$/u.test(ownerText) || ORG_HEADS.has(low(tokens[s - 1]!)))) {
      return { owner: { from, to: s }, role: null, name: null, titled: false };
    }
  }
  for (let i = from; i < to - 1; i++) {
    const t = tokens[i]!;
    if (!isRoleHead(t)) continue;
    let q = i;
    // "Secretary of State", "Minister of External Affairs", "Chief of Army Staff"
    if (tokens[q + 1]?.text === 'of') {
      let k = q + 2;
      if (tokens[k]?.text === 'the') k++;
      while (k < to - 1 && ROLE_OF_OBJECTS.has(low(tokens[k]!))) k++;
      if (k > q + 2 && k < to) q = k - 1;
    }
    if (q < to - 1) p = q;
    i = q;
  }
  if (p < 0) return { owner: null, role: null, name: run, titled: false };
  const rest: Run = { from: p + 1, to };
  const lastRest = low(tokens[to - 1]!);
  // "General Motors", "Justice Department", "Chief Executive": not a title before a person.
  // ("Governor Mervyn King", "Bishop John Major": a name ending in a word that is also a role, after a name word)
  const firstRest = tokens[p + 1]!;
  const nameBeforeRole = to - (p + 1) >= 2 && firstRest.cap && !isRoleWord(firstRest) && !ORG_HEADS.has(low(firstRest)) && !PLACE_HEADS.has(low(firstRest)) && !ROLE_OF_OBJECTS.has(low(firstRest));
  if (ORG_HEADS.has(lastRest) || PLACE_HEADS.has(lastRest) || ((ROLE_HEADS.has(lastRest) || ROLE_MODIFIERS.has(lastRest)) && !nameBeforeRole) || gazetteerKind(tokens.slice(from, to).map((t) => t.text).join(' '))) {
    return { owner: null, role: null, name: run, titled: false };
  }
  // "President of the UN General Assembly Philemon Yang": the organisation's head word belongs to the role
  while (rest.to - rest.from > 2 && (ORG_HEADS.has(low(tokens[rest.from]!)) || PLACE_HEADS.has(low(tokens[rest.from]!)))) rest.from++;
  if (rest.to - rest.from > 6) return { owner: null, role: null, name: run, titled: false };
  // Where the role phrase starts: back over role words, "of", demonyms.
  let s = p;
  while (s - 1 >= from && (isRoleWord(tokens[s - 1]!) || tokens[s - 1]!.text === 'of' || (tokens[s - 1]!.text === 'the' && tokens[s - 2]?.text === 'of') || ROLE_OF_OBJECTS.has(low(tokens[s - 1]!)) || demonymCountry(tokens[s - 1]!.text) !== undefined) && !tokens[s - 1]!.poss) s--;
  const owner: Run | null = s > from ? { from, to: s } : null;
  return { owner, role: { from, to: rest.from }, name: rest, titled: true };
}

/** Lowercase role words before a person's name: "US State Department spokesperson", "Kansas senator". */
export function roleBefore(tokens: Token[], nameFrom: number, text: string): { role: string; from: number } | null {
  let i = nameFrom - 1;
  if (i < 0 || tokens[i]!.lineStart === undefined) return null;
  if (tokens[nameFrom]!.lineStart) return null;
  let sawHead = false;
  let start = nameFrom;
  // the word right before the name must be a role word ("spokesperson", "chief of staff")
  if (!(tokens[i]!.word && (isRoleWord(tokens[i]!) || ROLE_OF_OBJECTS.has(low(tokens[i]!))))) return null;
  while (i >= 0) {
    const t = tokens[i]!;
    if (tokens[i + 1]!.lineStart) break;
    if (t.word && (isRoleWord(t) || ROLE_OF_OBJECTS.has(low(t)))) {
      if (isRoleHead(t)) sawHead = true;
      start = i;
      i--;
      continue;
    }
    // "Saudi Arabia's oil minister", "Sweden's enterprise minister": a lowercase noun before the head, after the owner
    if (t.word && !t.cap && sawHead && i === start - 1 && !COMMON.has(low(t)) && !/(?:ed|ing|ly)$/.test(t.text) && tokens[i - 1]?.poss && tokens[i - 1]!.cap) {
      start = i;
      i--;
      continue;
    }
    if (t.word && t.text === 'of' && i + 1 < start + 1) {
      start = i;
      i--;
      continue;
    }
    // owner: capitalised words ("Boeing", "US State Department", "Pakistan's", "EADS's North America")
    if (t.word && t.cap && !t.sentStart) {
      start = i;
      i--;
      continue;
    }
    if (t.word && t.cap && t.sentStart) {
      // a sentence-opening word belongs to the role unless it is a function word ("The", "In")
      if (!COMMON.has(low(t)) || /^\p{Lu}[\p{Lu}.]+$/u.test(t.text) || isRoleWord(t)) start = i;
      break;
    }
    break;
  }
  if (!sawHead || start >= nameFrom) return null;
  // leading "of" cannot start a role
  while (start < nameFrom && tokens[start]!.text === 'of') start++;
  const role = cleanRole(text.slice(tokens[start]!.start, tokens[nameFrom - 1]!.end));
  return role ? { role, from: start } : null;
}

/** "Saab's chief executive, Jan-Åke Jonsson, said": a role set off by commas before the name. */
export function roleBeforeComma(tokens: Token[], nameFrom: number, nameTo: number, text: string): string | null {
  if (tokens[nameFrom - 1]?.text !== ',' || !/^[,.]$/.test(tokens[nameTo]?.text ?? '') || tokens[nameFrom]!.lineStart) return null;
  const head = tokens[nameFrom - 2];
  // a role noun, not a kinship or courtesy word ("his father, Rafael")
  if (!head || !head.word || head.cap || !ROLE_HEADS.has(low(head))) return null;
  const r = roleBefore(tokens, nameFrom - 1, text);
  if (!r) return null;
  // the role must be a noun phrase of its own: "Saab's ...", "its ...", "the company's ...", "one trader"
  const before = tokens[r.from - 1];
  const own = tokens[r.from]!.poss || (r.from > 0 && tokens[r.from - 1]!.poss) || (!!before && before.word && /^(?:its|his|her|their|the|a|an|one)$/i.test(before.text));
  return own ? r.role : null;
}

/** "Todd Tiahrt, a Kansas representative," / "Ralph Crosby, EADS's North America CEO and ..." */
export function roleAfter(tokens: Token[], nameTo: number, text: string): string | null {
  if (tokens[nameTo]?.text !== ',') return null;
  let i = nameTo + 1;
  if (tokens[i] && /^(a|an|the)$/i.test(tokens[i]!.text)) i++;
  const from = i;
  let lastHead = -1;
  let k = i;
  for (; k < tokens.length && k - from < 9; k++) {
    const t = tokens[k]!;
    if (t.lineStart && k > from) break;
    if (!t.word && t.text !== '-' && t.text !== '–') break;
    if (t.word && /^(who|which|that|said|says|and|is|was|has|had|told|added|in|at|on|with|for|to|from)$/.test(t.text)) break;
    if (t.word && !t.cap && !isRoleWord(t) && !ROLE_OF_OBJECTS.has(low(t)) && t.text !== 'of' && !/^(former|ex)$/.test(t.text)) {
      // "chief market economist", "senior currency strategist", "political science professor": a lowercase word
      // inside the role, when a role word follows
      const n = tokens[k + 1];
      const inside = !COMMON.has(low(t)) && !!n && !n.lineStart && n.word && !n.cap && (isRoleWord(n) || (!COMMON.has(low(n)) && !!tokens[k + 2] && isRoleWord(tokens[k + 2]!)));
      if (!inside) {
        if (lastHead < 0) return null;
        break;
      }
    }
    if (isRoleHead(t)) lastHead = k;
  }
  if (lastHead < 0) return null;
  // "Ivanka Trump, the Republican presidential nominee's daughter": someone else's role
  if (tokens[lastHead]!.poss) return null;
  // "an insult to all African-Americans, top black lawmakers said": the subject of the next clause
  if (tokens[k]?.word && /^(?:said|says|told|added)$/.test(tokens[k]!.text)) return null;
  let end = lastHead + 1;
  // "head of USAF's Mobility Command"
  if (tokens[end]?.text === 'of') {
    let e = end + 1;
    // ("president of the United Federation of Teachers": an "of" inside the name)
    while (e < tokens.length && e < k && tokens[e]!.word && (tokens[e]!.cap || ROLE_OF_OBJECTS.has(low(tokens[e]!)) || (tokens[e]!.text === 'of' && e > end + 1 && !!tokens[e + 1]?.cap))) e++;
    // not "chief executive of defense" cut from "of defense contractor Northrop Grumman", nor "vice president of
    // North American" from "of North American sales"
    const cut = tokens[e] && tokens[e]!.word && !tokens[e]!.cap && !/^(?:to|for|and|or|at|in|on|with|from|by|who|which|that|since|as|until|under|said|says)$/.test(tokens[e]!.text);
    if (e > end + 1 && !cut) end = e;
  }
  if (from >= end) return null;
  // ", National Security Advisor Ajit Doval": a role written before the next name, not an apposition
  if (tokens[end] && tokens[end]!.word && tokens[end]!.cap) return null;
  return cleanRole(text.slice(tokens[from]!.start, tokens[end - 1]!.end));
}

function cleanRole(role: string): string | null {
  const r = role
    .replace(/\s+/g, ' ')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:Mr|Mrs|Ms|Dr)\.?$/i, '')
    .replace(/(?:\s+(?:of|for|the|and|at|in))+$/i, '')
    .trim();
  if (!r || r.length > 80) return null;
  return r;
}

// ---- normalising roles ----

const SYNONYMS: Array<[RegExp, string]> = [
  [/\bdefense\b/g, 'defence'],
  [/\bspokes(?:man|woman|people)\b/g, 'spokesperson'],
  [/\bchief executive(?: officer)?\b/g, 'ceo'],
  [/\bgen\b/g, 'general'],
  [/\blt\b/g, 'lieutenant'],
  [/\bsen\b/g, 'senator'],
  [/\brep\b/g, 'representative'],
  [/\bgov\b/g, 'governor'],
  [/\bpm\b/g, 'prime minister'],
  [/\bex\b/g, 'former'],
  [/\bminister (?:of|for) (?:external|foreign) affairs\b/g, 'foreign minister'],
  [/\b(?:external affairs|foreign affairs|external) minister\b/g, 'foreign minister'],
  [/\bminister (?:of|for) (?:the )?([a-z]+(?: affairs)?)\b/g, '$1 minister'],
  [/\bsecretary (?:of|for) (defence|the treasury|treasury|homeland security|commerce|energy|health|the interior|interior|education|labou?r|agriculture|transportation)\b/g, '$1 secretary'],
  [/\bchief of (?:the )?army staff\b/g, 'army chief'],
  [/\b(?:army|military) chief general\b/g, 'army chief'],
  [/\bhead of state\b/g, 'head of state'],
];

const JURISDICTION_WORDS = /^(?:the\s+)?((?:[\p{L}.]+\s+){0,3}?[\p{L}.]+?)(?:['’]s)?\s+/u;

/** The country a role is held in, when the role says ("Pakistan's Defence Minister" -> "pakistan"). */
export function roleJurisdiction(role: string): string | null {
  const m = JURISDICTION_WORDS.exec(role.trim());
  if (!m) return null;
  const words = m[1]!;
  for (let n = words.split(/\s+/).length; n >= 1; n--) {
    const head = words.split(/\s+/).slice(0, n).join(' ');
    if (isCountry(head)) return countryKey(head);
    const d = demonymCountry(head);
    if (d) return countryKey(d);
  }
  return null;
}

function countryKey(name: string): string {
  const k = name.toLowerCase().replace(/\./g, '');
  if (k === 'us' || k === 'usa' || k === 'america' || k === 'united states of america') return 'united states';
  if (k === 'uk' || k === 'britain' || k === 'great britain') return 'united kingdom';
  return k;
}

/**
 * A key for comparing roles: lowercased, without the country ("US Secretary of State" and
 * "Secretary of State" give "secretary of state"), synonyms unified ("External Affairs Minister"
 * and "Foreign Minister" give "foreign minister"; "Defense"/"Defence"; "spokesman"/"spokesperson").
 * Use roleJurisdiction() to tell two countries' ministers apart.
 */
export function canonicalRole(role: string): string {
  let r = role
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '');
  // drop a leading country / demonym / possessive of one ("us", "pakistan's", "indian")
  for (;;) {
    const m = /^([\p{L}]+(?: [\p{L}]+){0,3}?)(?:'s)? (.+)$/u.exec(r);
    if (!m) break;
    let dropped = false;
    const parts = m[1]!.split(' ');
    for (let n = parts.length; n >= 1 && !dropped; n--) {
      const head = parts.slice(0, n).join(' ');
      const tail = r.slice(head.length).replace(/^'s/, '').trim();
      if ((isCountry(head) || demonymCountry(head)) && tail) {
        r = tail;
        dropped = true;
      }
    }
    if (!dropped) break;
  }
  r = r.replace(/'s\b/g, '');
  for (const [re, to] of SYNONYMS) r = r.replace(re, to);
  return r.replace(/\s+/g, ' ').trim();
}
