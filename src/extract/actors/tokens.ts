/** A small tokenizer for name finding: words with offsets, possessives split off, sentence starts marked. */

export interface Token {
  /** The word as written, without a possessive 's and without a trailing period. */
  text: string;
  start: number;
  end: number;
  /** Words start with a letter or digit; anything else is punctuation. */
  word: boolean;
  /** Starts with a capital letter (or is an initialism, or iPhone-style). */
  cap: boolean;
  /** Followed by a possessive 's / ’s (not part of `text`). */
  poss: boolean;
  /** An abbreviation or initial with its period included in [start, end) ("Gen.", "S.", "U.S."). */
  abbrev: boolean;
  /** First word of a sentence, a line, or a quotation: capitalised for grammar, not as a name. */
  sentStart: boolean;
  /** Text before this token since the previous one contains a line break. */
  lineStart: boolean;
  /** Hyphenated lowercase suffix split off ("EADS-led", "Pakistan-based"): ends a name run. */
  attrib: boolean;
  /** `text` lowercased. */
  lc: string;
  /** `text` lowercased, without a trailing period ("gen" for "Gen.", "u.s" for "U.S."): for word-list look-ups. */
  low: string;
  /** `text` lowercased, without any period ("us" for "U.S."). */
  bare: string;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt adm cmdr brig sen rep gov pres rev fr st mt ft jr sr inc corp co ltd no vs messrs hon gov supt insp cpl pvt'.split(' '),
);

const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', '—', '–', '-']);
const ENDERS = new Set(['.', '!', '?', ':', ';', '…', '•', '|']);
const DASHES_QUOTES = new Set(['—', '–', '“', '"', '‘', '«']);


export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) {
    const d = word.charCodeAt(1);
    if (d >= 65 && d <= 90) return true;
  }
  if (c >= 97 && c <= 122 && (word.charCodeAt(2) === 45 || word.charCodeAt(3) === 45) && /^(?:al|el|ad|ar|as|at|az|an|ash|ul|ud|ur)-\p{Lu}/u.test(word)) return true; // "al-Baghdadi"
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word) || /^[a-z]\p{Lu}/u.test(word);
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const NON_ASCII_LETTER = /\p{L}/u;
const isWordChar = (c: number, ch: string) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && NON_ASCII_WORD.test(ch));
/** isWordChar of body[j], without making the one-character string for ASCII. */
const isWordCharAt = (body: string, j: number) => {
  const c = body.charCodeAt(j);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && NON_ASCII_WORD.test(body[j]!));
};
/** s has the character with code c (String#includes is slow on short two-byte strings). */
const hasChar = (s: string, c: number) => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) return true;
  return false;
};
const lastIndexOfChar = (s: string, c: number) => {
  for (let i = s.length - 1; i >= 0; i--) if (s.charCodeAt(i) === c) return i;
  return -1;
};
const isLetter = (c: number, ch: string) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && NON_ASCII_LETTER.test(ch));
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0xfeff;

/**
 * The end of the token regex's match at i (initialisms, words with inner - ' ’ &, single other characters), by a
 * hand-written scanner; body[i] is not a space.
 */
function tokenEnd(body: string, i: number, c: number): number {
  const n = body.length;
  const ch = body[i]!;
  // initialism: (letter '.'){2,}
  if (isLetter(c, ch) && body.charCodeAt(i + 1) === 46) {
    let j = i;
    let pairs = 0;
    while (j + 1 < n && isLetter(body.charCodeAt(j), body[j]!) && body.charCodeAt(j + 1) === 46) {
      j += 2;
      pairs++;
    }
    if (pairs >= 2) return j;
  }
  if (isWordChar(c, ch)) {
    let j = i + 1;
    for (;;) {
      while (j < n && isWordCharAt(body, j)) j++;
      const d = body.charCodeAt(j);
      if ((d === 45 || d === 39 || d === 0x2019 || d === 38) && j + 1 < n && isWordCharAt(body, j + 1)) {
        j += 1;
        continue;
      }
      break;
    }
    // "Detik.com", "Edmunds.com": a capitalised web name is one word
    if (body.charCodeAt(j) === 46 && c >= 65 && c <= 90) {
      const m = WEB_SUFFIX.exec(body.slice(j, j + 8));
      if (m && !isWordCharAt(body, j + m[0].length)) return j + m[0].length;
    }
    return j;
  }
  // one other character (a surrogate pair counts as one)
  return c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
}

const WEB_SUFFIX = /^\.(?:com|net|org|co\.uk)/;

const PREFIXED = /^(?:then|ex|now|former|anti|pro|non|pre|post|mid|neo|trans|vice|co)-(?=\p{Lu})/u;
const SHORT_ATTRIB = /^(?:led|run|era|set|won|hit|fed|era)$/;
const ALL_LOWER = /^\p{Ll}+$/u;
const FIRST_UPPER = /^\p{Lu}/u;
const ONE_UPPER = /^\p{Lu}$/u;
const FIRST_WORD_CHAR = /^[\p{L}\p{N}]/u;
const ONE_UPPER_DOT = /^\p{Lu}\.$/u;
const FIRST_LOWER = /^\p{Ll}/u;

/**
 * s.toLowerCase() for s = body[at, at + s.length): s itself when it is ASCII with no capital (most words), else
 * the same span of the whole body lowercased once (`lowerBody`, null when that differs from lowercasing words one
 * by one: a length-changing "İ", a context-dependent "Σ").
 */
function toLower(s: string, at: number, lowerBody: string | null): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return lowerBody === null ? s.toLowerCase() : lowerBody.slice(at, at + s.length);
  }
  return s;
}


/** Holds a lowercase letter (/\p{Ll}/u). */
export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return /\p{Ll}/u.test(s);
  }
  return false;
}

/** Starts with a lowercase letter (/^\p{Ll}/u). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return FIRST_LOWER.test(s);
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const body = text.slice(from, to);
  let prevEnd = 0;
  let skipUntil = 0;
  let lowerBody: string | null = body.toLowerCase();
  if (lowerBody.length !== body.length || body.includes('Σ')) lowerBody = null;
  const n = body.length;
  for (let i = 0; i < n; ) {
    const code = body.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const index = i;
    const rawEnd = tokenEnd(body, i, code);
    i = rawEnd;
    if (index < skipUntil) continue;
    let raw = body.slice(index, rawEnd);
    let lineStart = out.length === 0;
    for (let k = prevEnd; k < index && !lineStart; k++) {
      const g = body.charCodeAt(k);
      if (g === 10 || g === 13) lineStart = true;
    }
    let start = from + index;
    prevEnd = rawEnd;
    const c0 = raw.charCodeAt(0);
    const word = (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || (c0 >= 128 && FIRST_WORD_CHAR.test(raw));
    let poss = false;
    let attrib = false;
    if (word) {
      const c = raw.charCodeAt(raw.length - 2);
      if ((c === 39 || c === 0x2019) && (raw.endsWith('s') || raw.endsWith('S')) && raw.length > 2) {
        poss = true;
        raw = raw.slice(0, -2);
      }
      const dash = lastIndexOfChar(raw, 45);
      if (dash > 0) {
        // "then-Secretary", "ex-President", "anti-Trump": the name starts after the prefix
        const pre = PREFIXED.exec(raw);
        if (pre) {
          raw = raw.slice(pre[0].length);
          start += pre[0].length;
        }
        const dash2 = pre ? lastIndexOfChar(raw, 45) : dash;
        if (dash2 > 0) {
          const tail = raw.slice(dash2 + 1);
          if ((tail.length >= 4 || SHORT_ATTRIB.test(tail)) && ALL_LOWER.test(tail) && FIRST_UPPER.test(raw)) {
            attrib = true;
            raw = raw.slice(0, dash2);
          }
        }
      }
    }
    const lc = toLower(raw, start - from, lowerBody);
    const dotted = hasChar(lc, 46);
    const tok: Token = {
      text: raw,
      start,
      end: start + raw.length,
      word,
      cap: word && isCapitalised(raw),
      poss,
      abbrev: hasChar(raw, 46),
      sentStart: false,
      lineStart,
      attrib,
      lc,
      low: dotted ? lc.replace(/\.$/, '') : lc,
      bare: dotted ? lc.replace(/\./g, '') : lc,
    };
    // "Gen." / "S." / "Inc.": keep the period in the token.
    if (word && !poss && body.charCodeAt(prevEnd) === 46 && (ABBREVIATIONS.has(lc) || ONE_UPPER.test(raw))) {
      tok.end += 1;
      tok.abbrev = true;
      prevEnd += 1;
      skipUntil = prevEnd;
    }
    out.push(tok);
  }
  // Sentence starts: after . ! ? : at line starts, after an opening quote or dash at a sentence start.
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (!t.word) continue;
    let j = i - 1;
    while (j >= 0 && !out[j]!.word && OPENERS.has(out[j]!.text) && !out[j + 1]!.lineStart) j--;
    const boundary = j < 0 || out[j + 1]!.lineStart || (!out[j]!.word && ENDERS.has(out[j]!.text)) || (i - 1 > j && DASHES_QUOTES.has(out[i - 1]!.text));
    // An initialism ending a sentence ("in the U.S. The ...") also ends it.
    const afterInitialism = !boundary && j >= 0 && j === i - 1 && out[j]!.word && out[j]!.text.endsWith('.') && i + 1 < out.length && !ONE_UPPER_DOT.test(out[j]!.text) && !ABBREVIATIONS.has(out[j]!.text.slice(0, -1).toLowerCase()) && startsLower(out[i + 1]!.text);
    t.sentStart = boundary || afterInitialism;
  }
  return out;
}
