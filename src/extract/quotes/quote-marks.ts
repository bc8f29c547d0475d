/**
 * Finding quoted spans in one paragraph: curly, straight and mixed pairs, nested quotes,
 * apostrophes that are not quotes, and quotes left open at the end of a paragraph.
 * One linear scan per paragraph; never looks past the paragraph.
 */

export interface QuoteSpan {
  /** Offsets of the quoted words (inside the marks). */
  start: number;
  end: number;
  /** Offset of the opening mark, and of the closing mark (-1 when the quote was left open). */
  open: number;
  close: number;
}

const DOUBLE_OPEN = new Set(['“', '„', '‟', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‛']);
const SINGLE_CLOSE = new Set(['’']);

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
/** Characters after which an opening mark may stand (besides space); * and _ are Markdown emphasis (*"…"*). */
const OPEN_BEFORE = /[([{—–\-/:;,>*_]/;
/** Characters before which a closing mark may stand (besides space). */
const CLOSE_AFTER = /[.,;:!?)\]}—–\-…'’"”*_]/;
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Quotes nest a few levels at most; deeper "nesting" is noise and is not tracked. */
const MAX_DEPTH = 6;

type Dir = 'open' | 'close' | 'either' | null;

/** How a double quote mark at `i` can be read, from the characters around it. */
function direction(text: string, i: number, lo: number, hi: number): Dir {
  const c = text[i]!;
  const prev = i > lo ? text[i - 1] : undefined;
  const next = i + 1 < hi ? text[i + 1] : undefined;
  const leftFlank = !isSpace(next) && (isSpace(prev) || OPEN_BEFORE.test(prev!) || prev === '“' || prev === '"' || prev === '‘' || prev === "'");
  const rightFlank = !isSpace(prev) && (isSpace(next) || CLOSE_AFTER.test(next!));
  if (leftFlank && !rightFlank) return 'open';
  if (rightFlank && !leftFlank) return 'close';
  if (DOUBLE_OPEN.has(c) || SINGLE_OPEN.has(c)) return 'open';
  if (DOUBLE_CLOSE.has(c) || SINGLE_CLOSE.has(c)) return 'close';
  // straight mark between two letters or two spaces: ambiguous
  return leftFlank && rightFlank ? 'either' : isSpace(prev) && isSpace(next) ? null : 'either';
}

/**
 * True when double marks are the article's quote marks; false when it quotes with single marks
 * (British style: ‘We will not back down,’ he said), i.e. when opening single marks outnumber double marks.
 */
export function usesDoubleQuotes(text: string, start: number, end: number, archiveMarks = false): boolean {
  let doubles = 0;
  let singleOpens = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // only quote marks matter: " “ ” „ ‟ « » ' ` ‘
    if (c < 34 || (c > 34 && c < 39) || (c > 39 && c < 96) || (c > 96 && c < 171) || (c > 187 && c < 0x2018) || c > 0x201f) continue;
    const ch = text[i]!;
    if (ch === '"' || DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch)) doubles++;
    else if ((ch === "'" || ch === '`') && text[i + 1] === ch) {
      if (archiveMarks) doubles++;
      i++;
    } else if ((ch === '‘' || ch === "'") && !isLetter(text[i - 1]) && isLetter(text[i + 1]) && !/\d/.test(text[i + 1]!)) singleOpens++;
  }
  return doubles >= 2 ? doubles / 2 >= singleOpens : singleOpens < 2;
}

/**
 * True when text[start, end) writes quotes with two apostrophes or backticks (''like this'' or ``like this''), as
 * news archives such as the NYT corpus do: at least two such pairs around words. These are read as quotes only
 * when asked (archive mode), since elsewhere '' is a ditto, an inch mark or wiki italics.
 */
export function writesArchiveQuotes(text: string, start: number, end: number): boolean {
  const re = /(?:''|``)[\p{L}\p{N}][^\n]{0,400}?[\p{L}\p{N}.,!?]''/gu;
  re.lastIndex = start;
  let pairs = 0;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) if (++pairs >= 2) return true;
  return false;
}

/** Where an embedded tweet's trailer starts ("pic.twitter.com/…", "— Name (@handle) date"), or -1. */
function tweetTrailer(text: string, start: number, end: number): number {
  const s = text.slice(start, end);
  const m = /\s*(?:pic\.twitter\.com\/|https?:\/\/t\.co\/|[—–-]+\s*[^()\n]{1,60}\(@\w+\))/.exec(s);
  return m ? start + m.index : -1;
}

/** Every character that can open or close a quote. */
const QUOTE_MARKS = new Set([...'"“”„‟«»\'‘’‛`'].map((c) => c.charCodeAt(0)));
const isQuoteMark = (c: number) => (c < 128 ? c === 34 || c === 39 || c === 96 : c === 171 || c === 187 || (c >= 0x2018 && c <= 0x201f && QUOTE_MARKS.has(c)));

/**
 * The top-level quotes of the paragraph text[lo, hi). Quotes inside quotes are not returned.
 * A quote still open at the end of the paragraph ends there (before an embedded-tweet trailer).
 * `archiveMarks`: two apostrophes or two backticks are a double mark (''like this'', ``like this''), as news archives
 * write quotes; otherwise such pairs are not quote marks at all.
 */
export function findQuoteSpans(text: string, lo: number, hi: number, singleMarks = false, archiveMarks = false): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Array<{ at: number; kind: 'double' | 'single'; width: number }> = [];
  let singlesOpen = 0;
  const pop = (k: number) => {
    for (let j = k; j < stack.length; j++) if (stack[j]!.kind === 'single') singlesOpen--;
    stack.length = k;
  };
  for (let i = lo; i < hi; i++) {
    // jump to the next quote mark, never looking past the paragraph (linear in the article)
    while (i < hi && !isQuoteMark(text.charCodeAt(i))) i++;
    if (i >= hi) break;
    const c = text[i]!;
    let kind: 'double' | 'single';
    // two apostrophes or two backticks: a double mark in archive text (''like this'', ``like this''), else nothing
    const pair = (c === "'" || c === '`') && text[i + 1] === c && i + 1 < hi;
    if (pair && !archiveMarks) {
      i++;
      continue;
    }
    if (pair) {
      const dir = c === '`' ? 'open' : direction(text, i + 1, lo, hi) === 'close' || direction(text, i, lo, hi) === 'close' ? 'close' : 'open';
      const top = stack.at(-1);
      if (dir === 'close' && top) {
        const k = stack.map((s) => s.kind).lastIndexOf('double');
        if (k >= 0) {
          const opened = stack[k]!;
          pop(k);
          if (k === 0 && i > opened.at + opened.width) out.push({ start: opened.at + opened.width, end: i, open: opened.at, close: i + 1 });
        }
      } else if (dir === 'open' && stack.length < MAX_DEPTH) stack.push({ at: i, kind: 'double', width: 2 });
      i++;
      continue;
    }
    if (c === '"' || DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c)) kind = 'double';
    else if (c === "'" || SINGLE_OPEN.has(c) || SINGLE_CLOSE.has(c)) {
      // apostrophes: between letters (I’ve, Kashmir's), or after a letter where no single quote is open (countries’)
      const prev = i > lo ? text[i - 1] : undefined;
      const next = i + 1 < hi ? text[i + 1] : undefined;
      if (isLetter(prev) && isLetter(next)) continue;
      const openSingle = singlesOpen > 0;
      if (!singleMarks && stack.length === 0) continue;
      if (isLetter(prev) && !openSingle) continue;
      // "the countries’ leaders": after a letter and before a lowercase word it is a possessive, not a closing mark
      if (isLetter(prev) && next === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '') && !/^(he|she|they|said|says|added|asked|according|the)\b/.test(text.slice(i + 2, i + 12))) continue;
      if (!isLetter(prev) && /\d/.test(next ?? '') && c !== '‘') continue; // '90s
      kind = 'single';
    } else continue;
    let dir = direction(text, i, lo, hi);
    // a straight mark standing alone between spaces closes an open double quote ("… outreach,' " he told)
    if (dir === null && c === '"' && stack.at(-1)?.kind === 'double') dir = 'close';
    if (dir === null) continue;
    const top = stack.at(-1);
    const closes = top !== undefined && (dir === 'close' || (dir === 'either' && top.kind === kind));
    if (closes && top.kind === kind) {
      pop(stack.length - 1);
      if (stack.length === 0 && i > top.at + top.width) out.push({ start: top.at + top.width, end: i, open: top.at, close: i });
      continue;
    }
    if (closes && top.kind !== kind) {
      // a closing mark of the other kind: close an enclosing quote of this kind when there is one
      const k = stack.map((s) => s.kind).lastIndexOf(kind);
      if (k >= 0) {
        const opened = stack[k]!;
        pop(k);
        if (k === 0 && i > opened.at + opened.width) out.push({ start: opened.at + opened.width, end: i, open: opened.at, close: i });
      }
      continue;
    }
    if (dir === 'open' || dir === 'either') {
      if (kind === 'single' && !singleMarks && stack.length === 0) continue;
      if (stack.length >= MAX_DEPTH) continue;
      if (kind === 'single') singlesOpen++;
      stack.push({ at: i, kind, width: 1 });
    }
  }
  if (stack.length > 0) {
    const opened = stack[0]!;
    let end = hi;
    const from = opened.at + opened.width;
    const trailer = tweetTrailer(text, from, hi);
    if (trailer >= 0) end = trailer;
    while (end > from && /\s/.test(text[end - 1]!)) end--;
    if (end > from) out.push({ start: from, end, open: opened.at, close: -1 });
  }
  return out;
}
