/** Sentence and clause spans of an article body, for the event text of a time expression. */

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line or line separated block) the sentence is in. */
  paragraph: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt maj capt sgt adm gov sen rep st jr sr inc corp co ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec fig dept univ est approx rev hon pres u.s u.k u.n e.u a.m p.m d.c'.split(' '),
);

const LINE_BREAK = /[\n\r]/g;

/** Split text[start,end) into sentences; every line break ends a sentence (news paragraphs are lines). */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = start;
  LINE_BREAK.lastIndex = start;
  for (;;) {
    // the next line break before `end`, or `end` itself
    const m = LINE_BREAK.exec(text);
    const i = m && m.index < end ? m.index : end;
    if (i > lineStart) {
      const before = out.length;
      splitLine(text, lineStart, i, paragraph, out);
      if (out.length > before) paragraph++;
    }
    lineStart = i + 1;
    if (i >= end) break;
  }
  return out;
}

function splitLine(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let s = start;
  const re = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])/g;
  re.lastIndex = 0;
  const line = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const at = start + m.index;
    if (m[0][0] === '.') {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, at - 12), at))?.[1] ?? '';
      const w = word.toLowerCase();
      if (ABBREVIATIONS.has(w) || ABBREVIATIONS.has(w.replace(/\.$/, '')) || /^[A-Z]$/.test(word) || /^([a-z]\.)+[a-z]$/i.test(word)) continue;
    }
    const e = at + m[0].length;
    push(text, s, e, paragraph, out);
    s = e;
  }
  push(text, s, end, paragraph, out);
}

function push(text: string, s: number, e: number, paragraph: number, out: Sentence[]): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}

/** Index of the sentence holding offset `at` (binary search), or -1. */
export function sentenceIndexAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence holding offset `at`, or null. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | null {
  return sentences[sentenceIndexAt(sentences, at)] ?? null;
}

const MAX_EVENT = 240;

/**
 * The clause of a long sentence that holds [from, to): cut at semicolons and dashes first,
 * so that the event text is what the date belongs to, not everything around it.
 */
export function clauseOf(text: string, s: Sentence, from: number, to: number): { start: number; end: number } {
  if (s.end - s.start <= MAX_EVENT) return { start: s.start, end: s.end };
  let start = s.start;
  let end = s.end;
  const cut = /;\s|\s[—–]\s|:\s(?=[A-Z"“])/g;
  const body = text.slice(s.start, s.end);
  let m: RegExpExecArray | null;
  while ((m = cut.exec(body))) {
    const at = s.start + m.index;
    if (at + m[0].length <= from) start = at + m[0].length;
    else if (at >= to) {
      end = m[0][0] === ';' ? at : at;
      break;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}
