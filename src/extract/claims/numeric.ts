import type { Article, NumericClaim, Span } from '../../model.js';
import { matchesAt, positionsOf } from '../match-starts.js';

/**
 * Numbers an article states (in its own voice) about a quantity: how many were killed or injured.
 * `killing 26 people`, `claimed the lives of 26 civilians`, `the deaths of 27 people`,
 * `26 tourists were killed`, `the death toll rose to 30`, `injuring 17`.
 * A number inside a quote is what the speaker said, not the outlet's claim: skipped.
 * A number about another, dated event (`the 2008 Mumbai attacks killed 166`) is skipped too.
 */

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** "26", "1,000", "twenty-six", "two hundred" -> number; null when not a number. */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(t)) return Number(t.replace(/,/g, ''));
  const parts = t.split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!parts.length) return null;
  let total = 0;
  let current = 0;
  for (const w of parts) {
    if (w in SMALL) current += SMALL[w]!;
    else if (w in SCALE) {
      current = (current || 1) * SCALE[w]!;
      if (SCALE[w]! >= 1000) {
        total += current;
        current = 0;
      }
    } else if (/^\d+$/.test(w)) current += Number(w);
    else return null;
  }
  return total + current;
}

const WORD_NUM = `(?:${Object.keys(SMALL).join('|')})(?:[- ](?:${Object.keys(SMALL).join('|')}))?(?: (?:hundred|thousand)(?: (?:and )?(?:${Object.keys(SMALL).join('|')}))?)?`;
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${WORD_NUM})`;
/** "over", "at least", "nearly", "about" … before the number. */
const QUAL = `(?:(?:at least|more than|over|upwards of|nearly|almost|close to|about|around|approximately|roughly|some|up to|fewer than|less than|as many as)\\s+)?`;
const VICTIM = `(?:people|persons|civilians|tourists|pilgrims|visitors|soldiers|troops|personnel|policemen|police officers|officers|militants|terrorists|children|women|men|students|workers|residents|villagers|passengers|lives|individuals|victims|Indians|Pakistanis|Americans|citizens|nationals)`;
/** Up to three words between the number and the victim noun ("26 innocent Hindu tourists"). */
const ADJ = `(?:[\\p{L}-]+\\s+){0,3}?`;

const TWO_NUMBERS = new RegExp(`${NUM}\\s+(?:and|or|to)\\s+${NUM}\\b`, 'iu');
const VALUE_TEXT = new RegExp(`\\b(at least|more than|over|upwards of|nearly|almost|close to|about|around|approximately|roughly|some|up to|fewer than|less than|as many as)\\s+${NUM}\\b`, 'iu');

interface Pattern {
  about: string;
  re: RegExp;
  /**
   * Where a match can start: at one of these words (ASCII, lowercase; any case in the text), or 'num' at a
   * number or a qualifier before one. Only those places are tried (see candidateStarts), which finds the same
   * matches as scanning every position, many times faster.
   */
  starts: string[] | 'num';
}

const KILLED = `(?:killed|dead|died|slain|shot dead|massacred|murdered|lost their lives)`;
const INJURED = `(?:injured|wounded|hurt)`;

const PATTERNS: Pattern[] = [
  // killing 26 people / killed at least 26 tourists / left 26 dead
  { about: 'death toll', re: new RegExp(`\\b(?:killing|killed|kills|kill|massacring|massacred)\\s+(?<q>${QUAL})(?<n>${NUM})\\b(?:\\s+${ADJ}${VICTIM}\\b(?!\\s+(?:injured|wounded))|\\s+dead\\b)`, 'giu'), starts: ['kill', 'massacr'] },
  { about: 'death toll', re: new RegExp(`\\bleft\\s+(?<q>${QUAL})(?<n>${NUM})\\s+(?:${ADJ}${VICTIM}\\s+)?dead\\b`, 'giu'), starts: ['left'] },
  // claimed the lives of 26 civilians / claimed 26 lives / took 26 lives
  { about: 'death toll', re: new RegExp(`\\b(?:claimed|claiming|claims|took|taking|cost)\\s+(?:the\\s+lives\\s+of\\s+(?<q>${QUAL})(?<n>${NUM})\\b(?:\\s+${ADJ}${VICTIM}\\b)?|(?<q2>${QUAL})(?<n2>${NUM})\\s+lives\\b)`, 'giu'), starts: ['claim', 'took', 'taking', 'cost'] },
  // the deaths of 27 people / the massacre of 26 tourists / the killing of 26
  { about: 'death toll', re: new RegExp(`\\b(?:deaths?|killings?|massacre|murders?)\\s+of\\s+(?<q>${QUAL})(?<n>${NUM})\\b(?:\\s+${ADJ}${VICTIM}\\b)?`, 'giu'), starts: ['death', 'killing', 'massacre', 'murder'] },
  // gunmen killed 26 on Tuesday / killing 26, including …
  { about: 'death toll', re: new RegExp(`\\b(?:killing|killed)\\s+(?<q>${QUAL})(?<n>${NUM})(?=\\s*(?:[,.;:)—–]|\\s-\\s|(?:and|in|on|at|as|when|while|including|near|after)\\b))`, 'giu'), starts: ['kill'] },
  // 26 were killed / 26 lives were lost
  { about: 'death toll', re: new RegExp(`(?<![\\p{L}\\d,.])(?<q>${QUAL})(?<n>${NUM})\\s+(?:were|have been|had been|are)\\s+(?:killed|shot dead|murdered|slain|massacred)\\b|(?<q2>${QUAL})(?<n2>${NUM})\\s+lives\\s+(?:were|have been|had been)\\s+lost\\b`, 'giu'), starts: 'num' },
  // death toll rose to 30 / death toll of 26 / toll stands at 26
  { about: 'death toll', re: new RegExp(`\\b(?:death\\s+)?toll\\s+(?:has\\s+)?(?:of|at|to|rose\\s+to|climbed\\s+to|reached|stands\\s+at|stood\\s+at|is|was|rising\\s+to|risen\\s+to)\\s+(?<q>${QUAL})(?<n>${NUM})\\b`, 'giu'), starts: ['death', 'toll'] },
  // 26 people were killed / 26 tourists… killed / 26 dead / 26 deaths
  { about: 'death toll', re: new RegExp(`(?<![\\p{L}\\d,.])(?<q>${QUAL})(?<n>${NUM})\\s+(?:${ADJ}${VICTIM}[\\s\\p{Pd}…,]+(?:[\\p{L}-]+[\\s,]+){0,6}?(?:were|have been|had been|was|are|being|got)?\\s*${KILLED}\\b|(?:killed|dead|deaths|fatalities)\\b)`, 'giu'), starts: 'num' },
  // injuring 17 / wounded 10 people
  { about: 'injured', re: new RegExp(`\\b(?:injuring|wounding|injured|wounded)\\s+(?<q>${QUAL})(?<n>${NUM})\\b(?:\\s+${ADJ}${VICTIM}\\b|\\s+others\\b)?`, 'giu'), starts: ['injur', 'wound'] },
  // 17 people were injured / 17 injured
  { about: 'injured', re: new RegExp(`(?<![\\p{L}\\d,.])(?<q>${QUAL})(?<n>${NUM})\\s+(?:${ADJ}(?:${VICTIM}|others)\\s+(?:were|have been|had been|was|are)?\\s*${INJURED}\\b|${INJURED}\\b)`, 'giu'), starts: 'num' },
];

const QUAL_PHRASES = ['at least', 'more than', 'over', 'upwards of', 'nearly', 'almost', 'close to', 'about', 'around', 'approximately', 'roughly', 'some', 'up to', 'fewer than', 'less than', 'as many as'];
const STICKY = new Map(PATTERNS.map((p) => [p, new RegExp(p.re.source, 'yiu')]));
/** Where each pattern's start words occur, found in one scan per pattern (overlapping occurrences included). */
const START_WORDS = new Map(PATTERNS.filter((p) => p.starts !== 'num').map((p) => [p, new RegExp((p.starts as string[]).join('|'), 'g')]));
/** A digit, or a number word (anywhere, even inside a word: one alternative of a pattern has no boundary before it). */
const NUMBER_START = new RegExp(`[0-9]|${Object.keys(SMALL).join('|')}`, 'g');
/** Characters that /iu matches to an ASCII letter of another case ("ſ" = "s", Kelvin "K" = "k"): the word search cannot see them. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;
const WHITESPACE = /\s/;

interface Starts {
  lower: string;
  num: number[];
}

/**
 * Where matches can start, for the patterns to be tried only there; null when the text holds characters
 * that only case-insensitive Unicode matching reads as ASCII letters (then every position is tried).
 */
function candidateStarts(body: string): Starts | null {
  if (FOLDS_TO_ASCII.test(body)) return null;
  // ASCII letters lowercased, nothing else: same length, same offsets
  const lower = body.replace(/[A-Z]+/g, (w) => w.toLowerCase());
  const nums = positionsOf(NUMBER_START, lower);
  // a qualifier ("at least", "over") and whitespace before a number
  const n0 = nums.length;
  for (let k = 0; k < n0; k++) {
    const n = nums[k]!;
    let e = n;
    while (e > 0 && WHITESPACE.test(body[e - 1]!)) e--;
    if (e === n) continue;
    for (const q of QUAL_PHRASES) if (e >= q.length && lower.startsWith(q, e - q.length)) nums.push(e - q.length);
  }
  return { lower, num: nums.length > n0 ? sortedUnique(nums) : nums };
}

function sortedUnique(xs: number[]): number[] {
  xs.sort((a, b) => a - b);
  let k = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[k - 1]) xs[k++] = xs[i]!;
  xs.length = k;
  return xs;
}

/**
 * The matches of a pattern in text order, as a global scan of the whole body finds them: the sticky form of
 * the pattern is tried at each candidate start not inside the previous match.
 */
function* matchesOf(p: Pattern, body: string, starts: Starts | null): Generator<RegExpExecArray> {
  let m: RegExpExecArray | null;
  if (!starts) {
    p.re.lastIndex = 0;
    while ((m = p.re.exec(body))) yield m;
    return;
  }
  yield* matchesAt(STICKY.get(p)!, body, p.starts === 'num' ? starts.num : positionsOf(START_WORDS.get(p)!, starts.lower));
}

/** A qualifier as stored in the claim text's value: "over 25", "about 30", "26". */
export type Bound = 'exact' | 'atLeast' | 'moreThan' | 'atMost' | 'lessThan' | 'approx';

export function boundOf(qualifier: string): Bound {
  const q = qualifier.trim().toLowerCase();
  if (!q) return 'exact';
  if (q === 'at least') return 'atLeast';
  if (q === 'more than' || q === 'over' || q === 'upwards of') return 'moreThan';
  if (q === 'up to' || q === 'as many as') return 'atMost';
  if (q === 'fewer than' || q === 'less than') return 'lessThan';
  if (q === 'nearly' || q === 'almost' || q === 'close to') return 'atMost';
  return 'approx';
}

/** The claim's value as a reader sees it: the qualifier (if any) and the number. */
export function claimValueText(claimText: string, value: number): string {
  const m = VALUE_TEXT.exec(claimText);
  return m ? `${m[1]!.toLowerCase()} ${value}` : String(value);
}

function inside(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

/** Where the clause holding `start` begins: after the last , ; : ( newline or sentence end before it. */
function clauseStart(text: string, from: number, start: number): number {
  let i = start;
  from = Math.max(from, start - 300); // a clause is short; never scan a whole comma-less text
  while (i > from && !/[,;:(\n]/.test(text[i - 1]!) && !(i - 2 >= from && /[.!?]/.test(text[i - 2]!) && /\s/.test(text[i - 1]!))) i--;
  return i;
}

export function extractNumericClaims(article: Article, quotes: Span[] = []): NumericClaim[] {
  const { text, bodyStart, bodyEnd } = article;
  const excluded = quotes;
  const pubYear = article.published?.slice(0, 4) ?? null;
  const out: NumericClaim[] = [];
  const body = text.slice(bodyStart, bodyEnd);
  const starts = candidateStarts(body);
  for (const p of PATTERNS) {
    for (const m of matchesOf(p, body, starts)) {
      const g = m.groups ?? {};
      const n = g.n ?? g.n2;
      if (!n) continue;
      const value = parseNumber(n);
      if (value === null || value <= 0) continue;
      const start = bodyStart + m.index;
      const end = start + m[0].replace(/[\s,…\p{Pd}]+$/u, '').length;
      if (inside(excluded, start, end)) continue;
      // "killed 102 and 21 people respectively", "between 20 and 30": several quantities, not one.
      const around = text.slice(Math.max(bodyStart, start - 30), Math.min(bodyEnd, end + 60));
      if (TWO_NUMBERS.test(around.slice(Math.max(0, start - Math.max(bodyStart, start - 30) - 15))) || /\brespectively\b/i.test(text.slice(end, Math.min(bodyEnd, end + 60)))) continue;
      // "26" in "in 2008" or a year-like number is not a count; a clause dated to another year is about another event.
      if (/^\d{4}$/.test(n) && Number(n) >= 1900 && Number(n) <= 2100) continue;
      let from = clauseStart(text, bodyStart, start);
      // "…since 2019, when a bomber killed 40": a relative clause belongs to the clause before it.
      if (/^[\s,;:(]*(?:when|where|in which|during which|which|that)\b/i.test(text.slice(from, start)) && from > bodyStart) {
        from = clauseStart(text, bodyStart, from - 1);
      }
      const lead = text.slice(from, start);
      const clause = lead + text.slice(start, end);
      const years = clause.match(/\b(?:19|20)\d{2}\b/g) ?? [];
      if (years.some((y) => y !== pubYear)) continue;
      if (out.some((c) => c.about === p.about && start < c.end && end > c.start)) continue;
      out.push({ about: p.about, value, text: text.slice(start, end), start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
