/** Words and punctuation of a stretch of article text, with their offsets; and sentence ends. */

export interface Token {
  readonly text: string;
  /** The text lowercased. */
  readonly low: string;
  readonly start: number;
  readonly end: number;
  /** A sentence end or line break lies between the previous token and this one. */
  readonly brk: boolean;
}

/** A token; its lowercase form is made when first read (most tokens are never looked up). */
class Tok implements Token {
  private lowered: string | undefined = undefined;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly brk: boolean,
  ) {}
  get low(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }
}

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = new Set(
  `mr mrs ms dr sen rep gov gen lt col sgt maj capt adm cmdr st jr sr inc co corp ltd no vs prof rev
   jan feb mar apr aug sep sept oct nov dec u.s u.k u.n a.m p.m d.c e.g i.e ft mt pres supt det insp gov. atty
   calif fla ill ind kan ky la mass md mich minn miss mo neb nev okla ore pa penn tenn tex va vt wash wis wyo ariz ark colo conn del ga`.split(/\s+/),
);

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const WS = /^\s$/;

/** Code points (ASCII fast path) of [\p{L}\p{N}]; returns the width in code units of the character at i, or 0. */
function wordCharAt(text: string, i: number, hi: number): number {
  if (i >= hi) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < hi) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_OR_NUMBER.test(text[i]!) ? 1 : 0;
}

/** 1 for ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** JavaScript's \s for one code unit. */
export function isWhite(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WS.test(String.fromCharCode(c));
}

/** Word connectors: ' ’ . - & */
const isConnector = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38;
/** Clause punctuation tokens: , ; : ( ) — – ― */
const isPunct = (c: number) => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013 || c === 0x2015;

/**
 * Tokens of text[lo, hi): words (trailing period kept only on abbreviations/initials) and clause punctuation.
 * Words are runs of letters/digits joined by ' ’ . - &, with an optional final period; " - " is a dash.
 */
export function tokenize(text: string, lo: number, hi: number): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let p = lo;
  while (p < hi) {
    const c = text.charCodeAt(p);
    let start = p;
    let w: string;
    let n = c < 128 ? ASCII_WORD[c]! : wordCharAt(text, p, hi);
    if (n > 0) {
      let q = p + n;
      for (;;) {
        while (q < hi) {
          const d = text.charCodeAt(q);
          if (d < 128) {
            if (ASCII_WORD[d] === 0) break;
            q++;
          } else if ((n = wordCharAt(text, q, hi)) > 0) q += n;
          else break;
        }
        if (q + 1 < hi && isConnector(text.charCodeAt(q)) && wordCharAt(text, q + 1, hi) > 0) q++;
        else break;
      }
      if (q < hi && text.charCodeAt(q) === 46) q++;
      w = text.slice(p, q);
      p = q;
      if (w.length > 1 && w.charCodeAt(w.length - 1) === 46) {
        const bare = w.slice(0, -1);
        const keep = ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare) || bare.includes('.');
        if (!keep) w = bare;
      }
    } else if (isPunct(c)) {
      w = c === 0x2015 ? '—' : text[p]!;
      p++;
    } else if (p + 2 < hi && text.charCodeAt(p + 1) === 45 && isWhite(c) && isWhite(text.charCodeAt(p + 2))) {
      // a spaced dash " - "; other spaces around the hyphen are kept as written
      if (c === 32 && text.charCodeAt(p + 2) === 32) {
        w = '—';
        start = p + 1;
      } else w = text.slice(p, p + 3);
      p += 3;
    } else {
      p++;
      continue;
    }
    let brk = false;
    if (prevEnd >= 0 && start - prevEnd > 1) {
      for (let k = prevEnd; k < start; k++) {
        const x = text.charCodeAt(k);
        if (x === 46 || x === 33 || x === 63 || x === 10) {
          brk = true;
          break;
        }
      }
    }
    const end = start + w.length;
    out.push(new Tok(w, start, end, brk));
    prevEnd = end;
  }
  return out;
}

/** Is the period/mark at text[i] the end of a sentence? (`.`, `!`, `?` not after an abbreviation or initial.) */
export function isSentenceEnd(text: string, i: number, hi: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  let j = i + 1;
  while (j < hi && /["”’')\]]/.test(text[j]!)) j++;
  if (j < hi && !/\s/.test(text[j]!)) return false;
  while (j < hi && /\s/.test(text[j]!)) j++;
  if (j < hi && /[\p{Ll}]/u.test(text[j]!)) return false;
  if (c !== '.') return true;
  let k = i;
  while (k > 0 && /[\p{L}.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[k]!)) return false; // initial "S."
  if (/^(\p{L}\.)+\p{L}$/u.test(word) && /\p{Lu}/u.test(text[k]!)) return false; // initials "G.K.", "U.S."
  return true;
}

/** Offset just after the last sentence end in text[lo, hi), or lo. */
export function lastSentenceStart(text: string, lo: number, hi: number): number {
  for (let i = hi - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && isSentenceEnd(text, i, hi)) {
      let j = i + 1;
      while (j < hi && /["”’')\]\s]/.test(text[j]!)) j++;
      return j;
    }
  }
  return lo;
}

/** Offset of the first sentence end in text[lo, hi) (exclusive end of that sentence), or hi. */
export function firstSentenceEnd(text: string, lo: number, hi: number): number {
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && isSentenceEnd(text, i, hi)) return i + 1;
  }
  return hi;
}

/** A paragraph text[lo, hi) with its tokens (`tokenize(text, lo, hi)`), to take the tokens of a stretch of it from. */
export interface Paragraph {
  lo: number;
  hi: number;
  tokens: Token[];
}

/** Index of the first token whose end is past `at`. */
function firstEndingAfter(tokens: Token[], at: number): number {
  let a = 0;
  let b = tokens.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (tokens[m]!.end <= at) a = m + 1;
    else b = m;
  }
  return a;
}

/**
 * `tokenize(text, lo, hi)`, taken from the paragraph's tokens when the stretch lies in it and cuts no token
 * (nor a spaced dash " - "); else tokenized afresh. The first token's `brk` may differ (it is never read).
 */
export function tokensIn(text: string, lo: number, hi: number, para?: Paragraph): Token[] {
  if (!para || lo < para.lo || hi > para.hi || hi <= lo) return tokenize(text, lo, hi);
  if (text.charCodeAt(lo) === 45 || text.charCodeAt(lo - 1) === 45 || text.charCodeAt(hi) === 45 || text.charCodeAt(hi - 1) === 45) return tokenize(text, lo, hi);
  const { tokens } = para;
  const a = firstEndingAfter(tokens, lo);
  if (a < tokens.length && tokens[a]!.start < lo) return tokenize(text, lo, hi);
  const b = firstEndingAfter(tokens, hi);
  if (b < tokens.length && tokens[b]!.start < hi) return tokenize(text, lo, hi);
  return tokens.slice(a, b);
}
