import type { Article, ArticleActor, RoleClaim, Span } from '../../model.js';
import { matchesAt } from '../match-starts.js';

/**
 * "The article says actor K holds office R": `Secretary of State Antony Blinken`,
 * `US Secretary of State Marco Rubio`, `Pakistan's Defence Minister Khawaja Asif`,
 * `Marco Rubio, the US Secretary of State`.
 *
 * Only offices one person holds at a time (per country or organisation) are claimed, so that two
 * different holders in two articles is a real disagreement: not "spokesperson", "senator" or "governor".
 * `former`, `then-`, `late` … holders are not claims about the present. Words inside quotes are
 * the speaker's, not the outlet's: skipped.
 */

const CORE = [
  'Secretary[ -]General',
  'Secretary of State',
  'Secretary of (?:Defen[cs]e|the Treasury|Homeland Security|War|the Navy|the Army)',
  '(?:Defen[cs]e|Foreign|Home|Finance|External Affairs|Interior|Press|Health|Treasury|Commerce|Trade|Energy|Education|Justice|Agriculture|Railway|Railways|Information|Law|Water Resources) (?:Secretary|Minister)',
  'Prime Minister',
  'President',
  'Premier',
  'National Security (?:Adviser|Advisor)',
  '(?:Army|Navy|Air Force|Military) Chief',
  'Chief of (?:the )?(?:Army|Naval|Air|Defen[cs]e) Staff',
  'Chief of Staff',
  'Speaker of the House',
  'Emir',
  'King',
];
const PREFIX = '(?:(?:Deputy|Vice|Assistant|Under|Acting|Junior|Minister of State for)\\s+)?';
const TITLE = '(?:(?:Gen|Lt|Col|Maj|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Adm|Sheikh|Field Marshal|General|Gen\\.)\\.?\\s+)?';
const NAME_WORD = "\\p{Lu}(?:\\.|[\\p{L}-]*(?:['’]\\p{Lu}[\\p{L}-]*)?)";
const NAME = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|(?:bin|al|de|van|von|da|ul|der|den|la|le)(?=\\s+\\p{Lu})))*`;

const ROLE_BEFORE_NAME = new RegExp(`(?<role>${PREFIX}(?:${CORE.join('|')}))(?:,)?\\s+${TITLE}(?<name>${NAME})`, 'gu');
const NAME_THEN_ROLE = new RegExp(`(?<name>${NAME}),\\s+(?:the|a)\\s+(?<qual>(?:${NAME_WORD}\\s+){0,2})(?<role>${PREFIX}(?:${CORE.join('|')}))\\b(?!\\s+of\\b)`, 'gu');

const NAME_THEN_ROLE_AT = new RegExp(NAME_THEN_ROLE.source, 'yu');
/** ", the " / ", a ": what every NAME_THEN_ROLE match holds right after its name. */
const COMMA_THE = /,\s+(?:the|a)\s/g;
const NAME_CHAR = /[\p{L}.'’\s-]/u;
const UPPER = /\p{Lu}/u;

/**
 * The matches of NAME_THEN_ROLE in text order, as a global scan finds them, but tried only where one can
 * start: at a capital letter in the run of name characters (letters, spaces, . - ') before ", the" / ", a".
 */
function* nameThenRole(body: string): Generator<RegExpExecArray> {
  const starts: number[] = [];
  COMMA_THE.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = COMMA_THE.exec(body))) {
    const comma = c.index;
    let b = comma;
    for (;;) {
      const code = b > 0 ? body.charCodeAt(b - 1) : -1;
      if (code < 0) break;
      // letters, space: the common case; a surrogate half (a letter beyond the BMP, perhaps) is kept to be safe
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 32 || (code >= 0xd800 && code <= 0xdfff) || (code > 127 ? NAME_CHAR.test(body[b - 1]!) : NAME_CHAR.test(String.fromCharCode(code)))) b--;
      else break;
    }
    for (let i = b; i < comma; i++) {
      const code = body.charCodeAt(i);
      if ((code >= 65 && code <= 90) || (code > 127 && ((code >= 0xd800 && code <= 0xdbff) || UPPER.test(body[i]!)))) starts.push(i);
    }
  }
  yield* matchesAt(NAME_THEN_ROLE_AT, body, starts);
}

const NOT_CURRENT = /\b(?:former|ex|then|late|previous|erstwhile|outgoing|incoming|future|would-be|onetime|one-time|next|new|interim|caretaker)[\s-]*(?:\S+\s+){0,3}$/i;
/** "the spokesman for Secretary-General X": the role is X's, but the sentence may be about the aide. */
const AIDE_OF = /\b(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|office|deputy|assistant|wife|husband|son|daughter)\s+(?:for|to|of)\s+(?:the\s+)?$/i;
const NOT_QUALIFIER = new Set(['Like', 'Unlike', 'Under', 'Both', 'Even', 'Only', 'Including', 'Said', 'Says', 'Former', 'Ex', 'Late', 'Then', 'Outgoing', 'Incoming', 'Previous', 'Erstwhile', 'Interim', 'Caretaker', 'New', 'Next', 'Future', 'On', 'In', 'At', 'The', 'A', 'An', 'And', 'But', 'As', 'When', 'While', 'After', 'Before', 'Meanwhile', 'Also', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Mr', 'Mrs', 'Ms', 'Dr', 'By', 'For', 'With', 'From', 'To', 'Of', 'That', 'This', 'Then', 'He', 'She', 'They', 'We', 'I', 'It']);

const DEMONYMS: Record<string, string> = {
  us: 'US', 'u.s.': 'US', usa: 'US', 'u.s.a.': 'US', 'united states': 'US', america: 'US', american: 'US', washington: 'US',
  uk: 'UK', 'u.k.': 'UK', britain: 'UK', british: 'UK', 'united kingdom': 'UK',
  un: 'UN', 'u.n.': 'UN', 'united nations': 'UN',
  indian: 'India', pakistani: 'Pakistan', chinese: 'China', russian: 'Russia', french: 'France', german: 'Germany',
  israeli: 'Israel', iranian: 'Iran', ukrainian: 'Ukraine', afghan: 'Afghanistan', bangladeshi: 'Bangladesh',
  japanese: 'Japan', canadian: 'Canada', australian: 'Australia', saudi: 'Saudi Arabia', turkish: 'Turkey',
  qatari: 'Qatar', emirati: 'UAE', italian: 'Italy', spanish: 'Spain', egyptian: 'Egypt', syrian: 'Syria', iraqi: 'Iraq',
  'sri lankan': 'Sri Lanka', nepali: 'Nepal', nepalese: 'Nepal', korean: 'Korea', mexican: 'Mexico', brazilian: 'Brazil',
  pak: 'Pakistan',
};

/** Country or organisation words before a role, normalised: "U.S." -> "US", "Pakistan's" -> "Pakistan", "Indian" -> "India". */
export function normaliseQualifier(words: string): string {
  const w = words.replace(/['’]s\b/g, '').replace(/\s+/g, ' ').trim();
  if (!w) return '';
  const lower = w.toLowerCase();
  if (DEMONYMS[lower]) return DEMONYMS[lower]!;
  return w
    .split(' ')
    .map((x) => DEMONYMS[x.toLowerCase()] ?? x)
    .join(' ');
}

/** The office, written one way: "Defense Minister" -> "Defence Minister", "Secretary General" -> "Secretary-General". */
export function canonicalOffice(core: string): string {
  return core
    .replace(/\s+/g, ' ')
    .replace(/Defense/g, 'Defence')
    .replace(/Advisor/g, 'Adviser')
    .replace(/Secretary[ -]General/g, 'Secretary-General')
    .replace(/\bRailways\b/, 'Railway')
    .trim();
}

/** "US Secretary of State" -> { qualifier: "US", office: "Secretary of State" }. */
export function parseRole(role: string): { qualifier: string; office: string } {
  const re = new RegExp(`(${PREFIX}(?:${CORE.join('|')}))$`, 'u');
  const m = re.exec(role.trim());
  if (!m) return { qualifier: '', office: role.trim() };
  return { qualifier: normaliseQualifier(role.trim().slice(0, m.index)), office: canonicalOffice(m[1]!) };
}

/** The capitalised words (up to three) just before `at`, minus sentence words and dates: the role's country/organisation. */
function qualifierBefore(text: string, at: number): { words: string; start: number } {
  const before = text.slice(Math.max(0, at - 60), at);
  const m = /(?<![\p{L}.])((?:(?:U\.S\.|U\.K\.|U\.N\.|\p{Lu}[\p{L}-]*(?:['’]s)?)\s+){1,3})$/u.exec(before);
  if (!m) return { words: '', start: at };
  const tokens = m[1]!.trim().split(/\s+/);
  while (tokens.length && NOT_QUALIFIER.has(tokens[0]!.replace(/['’]s$/, ''))) tokens.shift();
  if (tokens.some((t) => NOT_QUALIFIER.has(t.replace(/['’]s$/, '')))) return { words: '', start: at };
  const words = tokens.join(' ');
  return { words, start: words ? at - m[1]!.length + m[1]!.indexOf(tokens[0]!) : at };
}

/** . ! ? or a line break */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;

/** The sentence around `at` names a year before the article's: it is about another time ("in 2003, President Bush…"). */
function otherYear(text: string, from: number, to: number, at: number, published: string | null): boolean {
  let a = at;
  const lo = Math.max(from, at - 400);
  const hi = Math.min(to, at + 400);
  while (a > lo && !isSentenceEnd(text.charCodeAt(a - 1))) a--;
  let b = at;
  while (b < hi && !isSentenceEnd(text.charCodeAt(b))) b++;
  const years = text.slice(a, b).match(/\b(?:1[89]|20)\d{2}\b/g) ?? [];
  const pub = published ? Number(published.slice(0, 4)) : null;
  return years.some((y) => (pub === null ? false : Number(y) < pub));
}

function overlaps(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

function actorAt(actors: ArticleActor[], start: number, end: number, name: string): ArticleActor | null {
  const persons = actors.filter((a) => a.kind === 'person' || a.kind === 'other');
  const hit = persons.find((a) => a.mentions.some((m) => m.start < end && m.end > start));
  if (hit) return hit;
  const last = name.split(/\s+/).pop()!.toLowerCase();
  const byName = persons.filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
  if (byName.length === 1) return byName[0]!;
  const bySurname = persons.filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase().split(/\s+/).pop() === last));
  return bySurname.length === 1 ? bySurname[0]! : null;
}

export function extractRoleClaims(article: Article, actors: ArticleActor[], quotes: Span[] = []): RoleClaim[] {
  const { text, bodyStart, bodyEnd } = article;
  const body = text.slice(bodyStart, bodyEnd);
  const out: RoleClaim[] = [];
  const push = (role: string, actor: ArticleActor | null, start: number, end: number) => {
    if (!actor || overlaps(quotes, start, end)) return;
    if (out.some((c) => c.start === start && c.actorKey === actor.key)) return;
    out.push({ role, actorKey: actor.key, start, end });
  };

  ROLE_BEFORE_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_BEFORE_NAME.exec(body))) {
    const roleStart = bodyStart + m.index;
    const g = m.groups!;
    const nameStart = bodyStart + m.index + m[0].length - g.name!.length;
    const nameEnd = nameStart + g.name!.length;
    // "President of …" / "Secretary of State for …" are not followed by a name; the NAME group needs a capital anyway.
    const q = qualifierBefore(text, roleStart);
    const lead = text.slice(Math.max(bodyStart, q.start - 40), q.start);
    if (NOT_CURRENT.test(lead) || AIDE_OF.test(lead)) continue;
    if (otherYear(text, bodyStart, bodyEnd, roleStart, article.published)) continue;
    const role = `${q.words ? `${q.words} ` : ''}${g.role!.replace(/\s+/g, ' ')}`;
    // A lone surname after a bare "President"/"King" etc. is fine; a name that is itself a role word is not.
    if (/^(?:of|the)\b/i.test(g.name!)) continue;
    push(role, actorAt(actors, nameStart, nameEnd, g.name!), q.start, nameEnd);
  }

  for (const m of nameThenRole(body)) {
    const g = m.groups!;
    const start = bodyStart + m.index;
    const nameEnd = start + g.name!.length;
    const between = m[0].slice(g.name!.length);
    if (/\b(?:former|then|late|previous)\b/i.test(between)) continue;
    if (otherYear(text, bodyStart, bodyEnd, start, article.published)) continue;
    const role = `${g.qual!.trim() ? `${g.qual!.trim()} ` : ''}${g.role!.replace(/\s+/g, ' ')}`;
    push(role, actorAt(actors, start, nameEnd, g.name!), start, start + m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}
