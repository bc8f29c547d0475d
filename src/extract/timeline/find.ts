/**
 * Finding time expressions in news text: absolute dates ("April 22", "11 December 2009",
 * "July 24, 2003", "May 2008", "in 2019"), weekdays ("on Tuesday"), deictic days ("yesterday"),
 * relative periods ("last month", "next year", "this week", "three years ago"), periods counted from the
 * narration ("the next day", "a year later", "the previous month"), holidays ("on Christmas Eve").
 * Only finds and classifies; resolution against a reference date is in resolve.ts.
 */
import { matchesAt, positionsOf } from '../match-starts.js';
import { HOLIDAY_NAMES } from './holidays.js';

export type RawTime =
  | { type: 'day'; y: number | null; m: number; d: number; yOffset?: number }
  /** `near`: the month nearest the reference, whatever the tense ("the figures for January will be published"). */
  | { type: 'month'; y: number | null; m: number; dir: -1 | 0 | 1 | null; yOffset?: number; near?: boolean }
  | { type: 'year'; y: number }
  | { type: 'weekday'; wd: number; dir: -1 | 0 | 1 | null }
  /** A holiday by name ("on Christmas Eve", "before Easter"): the year comes from the reference date. */
  | { type: 'holiday'; name: string; dir: -1 | 0 | 1 | null }
  | { type: 'relday'; offset: number }
  /** Days after (or before) the day the narration last named: "the next day", "two days later". */
  | { type: 'anaphoric'; offset: number }
  /** Years or months after (or before) the one the narration last named: "a year later", "the previous month". */
  | { type: 'relperiod'; unit: 'year' | 'month'; offset: number }
  | { type: 'relunit'; unit: 'week' | 'weekend' | 'month' | 'year'; offset: number }
  | { type: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; n: number; dir: -1 | 1 };

export type FoundTime = RawTime & {
  text: string;
  start: number;
  end: number;
  /** A vaguer period than the value ("early 2009", "later this year", "mid-2011"). */
  fuzzy: boolean;
};

const MONTH_INDEX: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAY_INDEX: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

const MONTH_CUES = 'in|since|by|until|till|through|throughout|during|from|to|of|before|after|last|next|this|early|mid|late|earlier|later|between|and|or|on|since early|since late|in early|in late|in mid|by early|by late|by mid|the end of|the beginning of|the start of|the middle of|for|scheduled for|set for|planned for|slated for|due for';
const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ABBR_MONTH = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH = `(?:${FULL_MONTH}|(?:${ABBR_MONTH})\\.?)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[6-9]\\d\\d|20\\d\\d|21\\d\\d)';
const FUZZ = '(?:(?:early|earlier|mid|late|later|the (?:beginning|start|end|middle|first half|second half) of)[ -](?:in )?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUM = '((?:more than |over |nearly |almost |about |some |roughly |around )?(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|a couple of))';

const NINE_ELEVEN_AFTER = /^,?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ers?|ings?)|commission|victims)\b/i;
// after "Jan. 27": " and 28" ending a phrase (not "and 28 people")
const SECOND_DAY = /^(,? (?:and|or) )(\d{1,2})(?!\d|,\d)(?:, (1[6-9]\d\d|20\d\d)\b)?(?=\s*(?:[.;:!?)]|,(?! \d)|$)|\s+(?:in|at|on|when|before|after|to|for|with|as|the|that)\b(?! (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))/;
const EVERY_BEFORE = /\b(?:every|each)\s+(?:(?:year|month|week)\s+(?:in|on)\s+)?$/i;
const HOLIDAY_CUE = /\b(on|at|before|after|since|until|till|by|over|during|around|for|from|through|this|last|next)\s+$/i;
const HOLIDAY_NOUN_AFTER = /^['’]?s?\s+(?:sales|shopping|season|period|rush|holidays?|break|weekend|week|vacation|recess|trading|trees?|lights|cards?|gifts?|presents?|part(?:y|ies)|dinner|spending|bonus(?:es)?|message|address|speech|truce|ceasefire|cease-fire|offensive|bombing|storm)\b/i;
const NAMED_DAY_BEFORE = /\b(?:Black|Super|Cyber|Good|Ash|Bloody|Easter|Palm|Holy|Maundy|Fat|Shrove|Whit|Giving|Blue)\s+$/;

// Each pattern: regex (sticky-free, global) and a builder. Order matters only for ties: longer matches win.
interface Pattern {
  re: RegExp;
  build(m: RegExpExecArray): RawTime | null;
}

// A vague modifier right before a date ("early 2009", "mid-2011", "the end of last year"); looked for
// after a match rather than inside every pattern, which keeps the patterns fast to scan.
const FUZZ_BEFORE = new RegExp(`${FUZZ}$`, 'i');
const FUZZABLE = new Set(['day', 'month', 'year', 'relunit']);

const monthOf = (s: string) => MONTH_INDEX[s.toLowerCase().replace(/\.$/, '')] ?? 0;
const numOf = (s: string) => (/^\d+$/.test(s) ? +s : NUMBER_WORDS[s.toLowerCase()] ?? NaN);

const PATTERNS: Pattern[] = [
  // ISO 2008-03-01
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, build: (m) => ({ type: 'day', y: +m[1]!, m: +m[2]!, d: +m[3]! }) },
  // US numeric 7/8/07, 07/08/2007
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/g,
    build: (m) => {
      let a = +m[1]!;
      let b = +m[2]!;
      if (a > 12 && b <= 12) [a, b] = [b, a];
      let y = +m[3]!;
      if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900;
      return { type: 'day', y, m: a, d: b };
    },
  },
  // June 16th of last year, May of next year
  {
    re: new RegExp(`\\b(${MONTH})(?: ${DAY})?,? (?:of )?(last|this|next) year\\b`, 'g'),
    build: (m) => {
      const yOffset = m[3] === 'last' ? -1 : m[3] === 'next' ? 1 : 0;
      return m[2] ? { type: 'day', y: null, m: monthOf(m[1]!), d: +m[2], yOffset } : { type: 'month', y: null, m: monthOf(m[1]!), dir: null, yOffset };
    },
  },
  // (early) April 22(nd)(, 2003) / Apr. 30, 2025
  {
    re: new RegExp(`\\b(${MONTH}) ${DAY}(?:,? ${YEAR})?(?![\\d,]*\\d)`, 'g'),
    build: (m) => {
      const mm = monthOf(m[1]!);
      const d = +m[2]!;
      // "the September 11 attacks", "the Sept. 11 commission": the day of 2001, not this year's
      if (!m[3] && mm === 9 && d === 11 && NINE_ELEVEN_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) return { type: 'day', y: 2001, m: 9, d: 11 };
      return { type: 'day', y: m[3] ? +m[3] : null, m: mm, d };
    },
  },
  // 11 December (2009) / 3rd of May
  {
    re: new RegExp(`\\b${DAY}(?: of)? (${MONTH})(?:,? ${YEAR})?\\b`, 'g'),
    build: (m) => ({ type: 'day', y: m[3] ? +m[3] : null, m: monthOf(m[2]!), d: +m[1]! }),
  },
  // (early) November 2006
  {
    re: new RegExp(`\\b(${MONTH}),? (?:of )?${YEAR}\\b`, 'g'),
    build: (m) => ({ type: 'month', y: +m[2]!, m: monthOf(m[1]!), dir: null }),
  },
  // in February / last October / early March (full month names only, after a cue word)
  {
    re: new RegExp(`\\b(${MONTH_CUES})[ -](${FULL_MONTH})\\b(?![ -]\\d)`, 'gi'),
    build: (m) => {
      const cue = m[1]!.toLowerCase();
      const mm = monthOf(m[2]!);
      if (!/^[A-Z]/.test(m[2]!)) return null;
      // "sales for May": the period a figure is for; the verbs around tell when it is reported, not which May
      if (cue === 'for') return { type: 'month', y: null, m: mm, dir: null, near: true };
      return { type: 'month', y: null, m: mm, dir: cue === 'last' ? -1 : cue === 'next' ? 1 : cue === 'this' ? 0 : null };
    },
  },
  // Years: "in 2019", "2008", "early 2009", "mid-2011"
  {
    re: new RegExp(`(?<![\\d$#£€.,/])\\b${YEAR}\\b(?!(?![-–]${YEAR}\\b)[-–/]?\\d|s\\b|%|,\\d|\\.\\d)`, 'g'),
    build: (m) => ({ type: 'year', y: +m[1]! }),
  },
  // Years before 1600 only after "in", "since", "until" and closing a phrase: "since Gregory XII in 1415." (not "in 1200 homes")
  {
    re: /(?<=\b(?:[Ii]n|[Ss]ince|until) )(1[0-5]\d\d)(?=[.,;:)]|\s+(?:and|when|after|before|until|to)\b|$)/g,
    build: (m) => ({ type: 'year', y: +m[1]! }),
  },
  // Years written short after a cue: "in '97", "since '95" (not "the '90s")
  {
    re: /(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|to|until|through|before|after|of|during|and|or) )['’](\d{2})\b(?!['’]?s\b|%|[.,:]\d|-)/g,
    build: (m) => ({ type: 'year', y: +m[1]! + (+m[1]! < 50 ? 2000 : 1900) }),
  },
  // holidays after a cue word: "on Christmas Eve", "before Easter", "last Thanksgiving" (not "Christmas sales")
  {
    re: /\b(Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|New Year['’]s Day|Valentine['’]s Day|Halloween|Independence Day|the Fourth of July|Veterans['’]? Day|Thanksgiving Day|Thanksgiving|Labor Day|Memorial Day|Presidents['’]? Day|Easter Sunday|Easter Monday|Easter|Palm Sunday|Holy Thursday|Maundy Thursday|Good Friday|Holy Saturday|Ash Wednesday)\b/g,
    build: (m) => {
      const cue = HOLIDAY_CUE.exec(m.input.slice(Math.max(0, m.index - 12), m.index));
      if (!cue || HOLIDAY_NOUN_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
      const name = m[1]!.toLowerCase().replace(/’/g, "'").replace(/^(veterans|presidents)' day$/, '$1 day');
      if (!HOLIDAY_NAMES.includes(name)) return null;
      const c = cue[1]!.toLowerCase();
      return { type: 'holiday', name, dir: c === 'last' ? -1 : c === 'next' ? 1 : c === 'this' ? 0 : null };
    },
  },
  // weekdays: (last|next|this|on) Tuesday (morning)
  {
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Tt]his past|[Tt]his coming|[Cc]oming|[Pp]ast|[Oo]n|[Ee]arly|[Ll]ate)\\s+)?${WEEKDAY}\\b`, 'g'),
    build: (m) => {
      // "Black Monday", "Super Tuesday", "Good Friday": a named day, not the weekday nearest the reference date
      if (!m[1] && NAMED_DAY_BEFORE.test(m.input.slice(Math.max(0, m.index - 10), m.index))) return null;
      const cue = (m[1] ?? '').toLowerCase();
      const dir = cue === 'last' || cue === 'past' || cue === 'this past' ? -1 : cue === 'next' || cue === 'coming' || cue === 'this coming' ? 1 : cue === 'this' ? 0 : null;
      return { type: 'weekday', wd: WEEKDAY_INDEX[m[2]!.toLowerCase()]!, dir };
    },
  },
  // today, tonight, yesterday, tomorrow, this morning, last night, the day before yesterday
  {
    re: /\b(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)\b/gi,
    build: (m) => {
      const w = m[1]!.toLowerCase();
      const offset = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : w.startsWith('the day before') ? -2 : w.startsWith('the day after') ? 2 : 0;
      return { type: 'relday', offset };
    },
  },
  // the next day, the following day, the day before, two days later (relative to the day last named)
  {
    re: new RegExp(`\\b(?:(the (?:next|following|previous) day|the day (?:before|after)(?=[.,;:!?)]))|${NUM} days? (later|earlier|before|after)(?=[.,;:!?)]| and| but| when| that)|(a|one|the) day (later|earlier)(?! than))`, 'gi'),
    build: (m) => {
      if (m[1]) return { type: 'anaphoric', offset: /next|following|after/i.test(m[1]) ? 1 : -1 };
      if (m[2]) {
        const n = numOf(m[2].replace(/^(?:more than|over|nearly|almost|about|some|roughly|around) /i, ''));
        if (!Number.isFinite(n) || n <= 0 || n > 60) return null;
        return { type: 'anaphoric', offset: /later|after/i.test(m[3]!) ? n : -n };
      }
      return { type: 'anaphoric', offset: /later/i.test(m[5]!) ? 1 : -1 };
    },
  },
  // the previous year, the month before, two years later, a month earlier (relative to the year or month last named)
  {
    re: new RegExp(`\\b(?:the (previous|prior|following) (year|month)(?!-)|the (year|month) (before|after)(?=[.,;:!?)])|${NUM} (years?|months?) (later|earlier|before|after)(?=[.,;:!?)]| and| but| when| that| in| on))`, 'gi'),
    build: (m) => {
      const w = (m[1] ?? m[4] ?? m[7]!).toLowerCase();
      const unit = (m[2] ?? m[3] ?? m[6]!).toLowerCase().startsWith('year') ? 'year' : 'month';
      const dir = w === 'previous' || w === 'prior' || w === 'before' || w === 'earlier' ? -1 : 1;
      if (!m[5]) return { type: 'relperiod', unit, offset: dir };
      if (/^(?:more than|over|nearly|almost|about|some|roughly|around) /i.test(m[5])) return null; // "about two years later": vague
      const n = numOf(m[5]);
      if (!Number.isFinite(n) || n <= 0 || n > 50) return null;
      return { type: 'relperiod', unit, offset: dir * n };
    },
  },
  // this/last/next week|weekend|month|year, earlier this year, the end of last year
  {
    re: /\b(this|last|next|the past|the coming|the previous|the following|the current) (week|weekend|month|year)\b/gi,
    build: (m) => {
      const cue = m[1]!.toLowerCase();
      // "the last year", "over the next month": durations, not dates ("the end of last year" is a date)
      if ((cue === 'last' || cue === 'next') && /\bthe\s+$/i.test(m.input.slice(Math.max(0, m.index - 5), m.index))) return null;
      const unit = m[2]!.toLowerCase() as 'week' | 'weekend' | 'month' | 'year';
      if (cue === 'the past' || cue === 'the coming' || cue === 'the previous' || cue === 'the following') {
        // "the past year" is a duration, "the previous year" is anaphoric: only weeks are kept, as vague periods
        if (unit !== 'week') return null;
      }
      const offset = cue === 'last' || cue === 'the past' || cue === 'the previous' ? -1 : cue === 'next' || cue === 'the coming' || cue === 'the following' ? 1 : 0;
      return { type: 'relunit', unit, offset };
    },
  },
  // the beginning/end of the year (this year, vaguely)
  {
    re: /\b(?:the|at the|by the) (?:beginning|start|end|middle|first half|second half) of the (year|month)\b/gi,
    build: (m) => ({ type: 'relunit', unit: m[1]!.toLowerCase() as 'year' | 'month', offset: 0 }),
  },
  // three years ago, two days ago, a week earlier (only "ago" is anchored to the reference date)
  {
    re: new RegExp(`\\b${NUM} (days?|weeks?|months?|years?) ago\\b`, 'gi'),
    build: (m) => {
      const hedge = /^(?:more than|over|nearly|almost|about|some|roughly|around) /i.exec(m[1]!);
      const n = numOf(hedge ? m[1]!.slice(hedge[0].length) : m[1]!);
      const unit = m[2]!.toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
      if (hedge && Number.isFinite(n)) return { type: 'ago', unit, n, dir: -1, hedged: true } as RawTime;
      if (!Number.isFinite(n)) return { type: 'ago', unit: 'week', n: 0, dir: -1 }; // "a few days ago": vague
      return { type: 'ago', unit, n, dir: -1 };
    },
  },
];

// ---- Where each pattern can start ----
// A global scan tries every position of the text; each pattern is instead tried (sticky) only where a match can
// start, found from a cheap look for the words every match holds. Same matches, in the same order.

const STICKY = PATTERNS.map((p) => new RegExp(p.re.source, p.re.flags.replace('g', 'y')));
const SPACE = /\s/;

class Candidates {
  private lowerText: string | null = null;
  private digitStarts: number[] | null = null;
  private monthStarts: number[] | null = null;
  constructor(readonly body: string) {}
  /** The body with ASCII letters lowercased, same offsets (for the case-insensitive patterns). */
  get lower(): string {
    if (this.lowerText === null) {
      const l = this.body.toLowerCase();
      this.lowerText = l.length === this.body.length ? l : this.body.replace(/[A-Z]+/g, (w) => w.toLowerCase());
    }
    return this.lowerText;
  }
  /** Digits with a word boundary before them (\b\d). */
  get digits(): number[] {
    if (this.digitStarts === null) {
      this.digitStarts = positionsOf(/\b\d/g, this.body);
    }
    return this.digitStarts;
  }
  /** Month names and abbreviations as written, capitalised (every MONTH alternative starts with one of these). */
  get months(): number[] {
    if (this.monthStarts === null) this.monthStarts = positionsOf(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/g, this.body);
    return this.monthStarts;
  }
  /** Where `what` (lowercase) occurs in the lowercased body. */
  find(what: RegExp): number[] {
    return positionsOf(what, this.lower);
  }
  /** Indexes e - w.length for each word w (lowercase) that ends at e in the lowercased body. */
  endingAt(e: number, words: readonly string[], out: number[]): void {
    for (const w of words) if (e >= w.length && this.lower.startsWith(w, e - w.length)) out.push(e - w.length);
  }
}

const sortedUnique = (xs: number[]) => {
  xs.sort((a, b) => a - b);
  return xs.filter((x, i) => i === 0 || x !== xs[i - 1]);
};
/** Every index in [from, to) (clamped at 0). */
const range = (from: number, to: number, out: number[]) => {
  for (let i = Math.max(0, from); i < to; i++) out.push(i);
};

const MONTH_CUE_WORDS = MONTH_CUES.split('|');
const WEEKS = ['this', 'last', 'next', 'the past', 'the coming', 'the previous', 'the following', 'the current'];
const PERIOD_LEADS = ['the', 'at the', 'by the'].flatMap((l) => ['beginning', 'start', 'end', 'middle', 'first half', 'second half'].map((m) => `${l} ${m}`));

const CANDIDATES: Array<(c: Candidates) => number[]> = [
  (c) => c.digits, // ISO
  (c) => c.digits, // 7/8/07
  (c) => c.months, // June of last year
  (c) => c.months, // April 22
  (c) => c.digits, // 11 December
  (c) => c.months, // November 2006
  (c) => {
    // cue word, a space or hyphen, a full month name (any case)
    const out: number[] = [];
    for (const q of c.find(/january|february|march|april|may|june|july|august|september|october|november|december/g)) {
      const sep = c.body.charCodeAt(q - 1);
      if (sep === 32 || sep === 45) c.endingAt(q - 1, MONTH_CUE_WORDS, out);
    }
    return sortedUnique(out);
  },
  (c) => c.digits, // years
  (c) => c.digits, // 1415
  (c) => positionsOf(/['’](?=\d\d)/g, c.body), // '97
  (c) => positionsOf(/\b(?:Christmas|New Year|Valentine|Halloween|Independence|the Fourth|Veterans|Thanksgiving|Labor|Memorial|Presidents|Easter|Palm|Holy|Maundy|Good|Ash)\b/g, c.body), // holidays
  (c) => {
    // a weekday, perhaps after a cue word ("last", "This coming") and spaces
    const out: number[] = [];
    for (const w of positionsOf(/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/g, c.body)) {
      let e = w;
      while (e > 0 && SPACE.test(c.body[e - 1]!)) e--;
      if (e < w) range(e - 11, e, out);
      out.push(w);
    }
    return sortedUnique(out);
  },
  (c) => {
    // today, tonight, yesterday, tomorrow; "the day before yesterday", "this morning", "last night"
    const out: number[] = [];
    for (const a of c.find(/today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/g)) {
      out.push(a, a - 5, a - 14, a - 15);
    }
    return sortedUnique(out.filter((x) => x >= 0));
  },
  (c) => {
    // "the next day", "two days later", "a day earlier": every match has " day" within 22 characters of its start
    const out: number[] = [];
    for (const a of c.find(/ day/g)) range(a - 22, a, out);
    return sortedUnique(out);
  },
  (c) => {
    // "the previous year", "two months later": every match has " year" or " month" within 34 characters of its start
    const out: number[] = [];
    for (const a of c.find(/ (?:year|month)/g)) range(a - 34, a, out);
    return sortedUnique(out);
  },
  (c) => {
    // "last week", "the coming month"
    const out: number[] = [];
    for (const q of c.find(/ (?:week|month|year)/g)) c.endingAt(q, WEEKS, out);
    return sortedUnique(out);
  },
  (c) => {
    // "the beginning of the year"
    const out: number[] = [];
    for (const q of c.find(/ of the (?:year|month)/g)) c.endingAt(q, PERIOD_LEADS, out);
    return sortedUnique(out);
  },
  (c) => {
    // "three years ago": a number, a unit, "ago"
    const out: number[] = [];
    for (const q of c.find(/ ago/g)) range(q - 34, q, out);
    return sortedUnique(out);
  },
];
if (CANDIDATES.length !== PATTERNS.length) throw new Error('find.ts: one candidate finder per pattern');


// Words before a bare year that make it a name or a number, not a date ("Windows 2000", "Boeing 2707").
const NOT_YEAR_BEFORE = /(?:\b(?:No|no|number|Number|route|Route|flight|Flight|model|Model|version|Version|article|Article|rule|Rule|section|Section|Resolution|resolution|Act|\$|US\$|Rs|Rs\.|about|nearly|some|almost|over|under|around|approximately|than|of about|(?:closed|rose|fell|stood|ended|traded|opened|dropped|climbed|jumped|slipped|gained|lost|finished|settled)(?: (?:up|down|higher|lower|flat|unchanged|sharply|slightly))? (?:at|to|by)|(?:points?|cents?|percent) (?:higher |lower )?(?:at|to))\s*)$/;
// "1,500 to 2000": a number range, not a year
const RANGE_BEFORE = /\b(\d[\d,.]*)\s+(?:to|and|or)\s*$/;
// "WWDC 2005", "Olympics 2008": an event named with its year is a date; "Windows 2000" is a product
const EVENT_NAME = /^(?:[A-Z]{2,6}|Olympics|Games|Cup|Expo|Summit|Conference|Festival|Championships?|Elections?|Budget|Census|Show|Awards|Open|Forum|Week|Fair|Bowl|Series|Prix|Marathon|Tour|Congress|Convention|Assembly|Session|Vision|Agenda|Report|Survey|Campaign|Season|Class|Trophy|Festival|Biennale|Exhibition|Exposition|World Cup)$/;
// "1600 Pennsylvania Avenue", "the 1900 block of Main Street": an address
const ADDRESS_AFTER = /^\s+(?:block\b|(?:[A-Z][a-z]+\.?\s+){1,2}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Lane|Highway|Parkway|Place|Court|Square)\b)/;
const NOT_YEAR_AFTER = /^\s*(?:degrees|contractors|GMT|UTC|EST|EDT|CST|PST|delegates|protesters|patients|teachers|officers|refugees|prisoners|inmates|volunteers|spectators|people|jobs|workers|employees|troops|soldiers|units|aircraft|planes|cars|homes|houses|dollars|euros|pounds|rupees|km|miles|feet|metres|meters|tonnes|tons|hours|times|votes|seats|members|points|civilians|tourists|deaths|copies|pages|words|shares|barrels|acres|yards|kilometers|kilometres|students|users|customers|passengers|residents|stores|orders|billion|million|thousand|hundred|per|percent|yen|yuan|won|pesos|francs|marks|rubles|euros?|shares|barrels|tons|tonnes|ounces|megawatts|calories|to \d)\b/i;

/** Every time expression in text[start, end), non-overlapping, in text order. */
export function findTimes(text: string, start: number, end: number): FoundTime[] {
  const body = text.slice(start, end);
  const found: FoundTime[] = [];
  const scan = new Candidates(body);
  for (let pi = 0; pi < PATTERNS.length; pi++) {
    const p = PATTERNS[pi]!;
    for (const m of matchesAt(STICKY[pi]!, body, CANDIDATES[pi]!(scan))) {
      const raw = p.build(m);
      if (!raw) continue;
      let s = m.index;
      let word = m[0];
      const fuzz = FUZZABLE.has(raw.type) ? FUZZ_BEFORE.exec(body.slice(Math.max(0, s - 40), s)) : null;
      if (raw.type === 'year' && !fuzz && /\w[-–]$/.test(body.slice(Math.max(0, s - 2), s))) {
        // "1989-1997": both ends of a span of years are dates; "A-2010", "747-2000" are names
        const from = /(?<![\d.,/-])\b(\d{4})[-–]$/.exec(body.slice(Math.max(0, s - 6), s));
        if (!from || +from[1]! >= raw.y || raw.y - +from[1]! > 50) continue;
      }
      if (raw.type === 'year') {
        const to = /^[-–](\d{4})/.exec(body.slice(m.index + m[0].length, m.index + m[0].length + 5));
        if (to && (+to[1]! <= raw.y || +to[1]! - raw.y > 50)) continue;
      }
      // Leading cue words that are not part of the expression as written ("in", "on") are kept: they read well.
      if (raw.type === 'year') {
        const yearAt = m.index + m[0].length - String(raw.y).length;
        const before = body.slice(Math.max(0, yearAt - 24), yearAt);
        const after = body.slice(yearAt + 4, yearAt + 30);
        if (NOT_YEAR_BEFORE.test(before) || NOT_YEAR_AFTER.test(after) || ADDRESS_AFTER.test(after)) continue;
        const range = RANGE_BEFORE.exec(before);
        if (range && !/^(1[6-9]|20|21)\d\d$/.test(range[1]!)) continue;
        // "Windows 2000", "Office 2007": a capitalised word (not a month, not sentence start) right before
        const prev = /([A-Za-z][\w.'’-]*)\s+$/.exec(before);
        if (!fuzz && prev && /^[A-Z]/.test(prev[1]!) && !EVENT_NAME.test(prev[1]!) && !MONTH_INDEX[prev[1]!.toLowerCase().replace(/\.$/, '')] && !/^(In|Since|By|Until|Before|After|From|During|Of|The|And|Or|To|Through|Early|Late|Mid|Between)$/.test(prev[1]!)) {
          const prevEnd = before.length - prev[0].length;
          const sentenceStart = /(?:^|[.!?"“”]\s*|\n\s*)$/.test(before.slice(0, prevEnd));
          if (!sentenceStart) continue;
        }
      }
      if (raw.type === 'month' && raw.y === null) {
        // keep the cue word only when it carries meaning (last/next/this/early/...)
        const cue = /^(?:in|since|by|until|till|through|throughout|during|from|to|of|before|after|between|and|or|on|for|(?:scheduled|set|planned|slated|due) for) /i.exec(word);
        if (cue) {
          s += cue[0].length;
          word = word.slice(cue[0].length);
        }
      }
      if (fuzz) {
        s -= fuzz[0].length;
        word = fuzz[0] + word;
      }
      const fuzzyText = fuzz?.[0] ?? /^(?:early|earlier|mid|late|later|(?:at |by )?the (?:beginning|start|end|middle|first half|second half) of)/i.exec(word)?.[0];
      const fuzzy = Boolean(fuzzyText) || (raw.type === 'ago' && (raw.n === 0 || Boolean((raw as { hedged?: boolean }).hedged)));
      const ft = raw as FoundTime; // built fresh by the pattern: completed in place (no copy)
      ft.text = word;
      ft.start = start + s;
      ft.end = start + s + word.length;
      ft.fuzzy = fuzzy;
      found.push(ft);
    }
  }
  // "Jan. 27 and 28": the second day of the month named just before
  for (let i = 0, n = found.length; i < n; i++) {
    const f = found[i]!;
    if (f.type !== 'day' || f.y !== null || !/[A-Za-z.] \d{1,2}(?:st|nd|rd|th)?$/.test(f.text)) continue;
    const at = f.end - start;
    const next = SECOND_DAY.exec(body.slice(at, at + 40));
    if (!next || +next[2]! <= f.d || +next[2]! > 31) continue;
    const s2 = f.end + next[1]!.length;
    const y = next[3] ? +next[3] : null; // "Jan. 27 and 28, 1997": the year is both days'
    if (y !== null) f.y = y;
    const text2 = y !== null ? next[0].slice(next[1]!.length) : next[2]!;
    const d2: FoundTime = { type: 'day', y, m: f.m, d: +next[2]!, text: text2, start: s2, end: s2 + text2.length, fuzzy: false };
    if (f.yOffset !== undefined) d2.yOffset = f.yOffset;
    found.push(d2);
  }
  // "every Sunday", "each December", "every year in March": a recurring day, not a date
  const recurring = (f: FoundTime) => (f.type === 'weekday' || ((f.type === 'month' || f.type === 'day') && f.y === null)) && EVERY_BEFORE.test(text.slice(Math.max(start, f.start - 24), f.start));
  if (found.some(recurring)) {
    const once = found.filter((f) => !recurring(f));
    found.length = 0;
    found.push(...once);
  }
  // "Friday, March 22, 2013": the weekday only names the day that follows.
  const dayStarts = new Set(found.filter((f) => f.type === 'day').map((f) => f.start));
  const kept = found.filter((f) => {
    if (f.type !== 'weekday') return true;
    const gap = /^,?\s?(?:the\s)?/.exec(text.slice(f.end, f.end + 8))![0].length;
    return !dayStarts.has(f.end + gap);
  });
  found.length = 0;
  found.push(...kept);
  // Longest match wins; then text order.
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: FoundTime[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}
