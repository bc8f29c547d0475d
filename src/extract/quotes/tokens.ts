/** Words and punctuation of a stretch of article text, with their offsets; and sentence ends. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A sentence end or line break lies between the previous token and this one. */
  brk?: boolean;
}

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = new Set(
  `mr mrs ms dr sen rep gov gen lt col sgt maj capt adm cmdr st jr sr inc co corp ltd no vs prof rev
   jan feb mar apr aug sep sept oct nov dec u.s u.k u.n a.m p.m d.c e.g i.e ft mt pres supt det insp gov. atty
   calif fla ill ind kan ky la mass md mich minn miss mo neb nev okla ore pa penn tenn tex va vt wash wis wyo ariz ark colo conn del ga`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*\.?|[,;:()—–―]|\s-\s/gu;

/** Tokens of text[lo, hi): words (trailing period kept only on abbreviations/initials) and clause punctuation. */
export function tokenize(text: string, lo: number, hi: number): Token[] {
  const out: Token[] = [];
  const s = text.slice(lo, hi);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(s))) {
    let w = m[0];
    let start = lo + m.index;
    if (w === '―') w = '—';
    if (w === ' - ') {
      w = '—';
      start += 1;
    }
    if (w.length > 1 && w.endsWith('.')) {
      const bare = w.slice(0, -1);
      const keep = ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare) || bare.includes('.');
      if (!keep) w = bare;
    }
    const prevEnd = out.length > 0 ? out[out.length - 1]!.end : -1;
    const brk = prevEnd >= 0 && start - prevEnd > 1 && /[.!?\n]/.test(text.slice(prevEnd, start));
    out.push(brk ? { text: w, start, end: start + w.length, brk } : { text: w, start, end: start + w.length });
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
    if (isSentenceEnd(text, i, hi)) {
      let j = i + 1;
      while (j < hi && /["”’')\]\s]/.test(text[j]!)) j++;
      return j;
    }
  }
  return lo;
}

/** Offset of the first sentence end in text[lo, hi) (exclusive end of that sentence), or hi. */
export function firstSentenceEnd(text: string, lo: number, hi: number): number {
  for (let i = lo; i < hi; i++) if (isSentenceEnd(text, i, hi)) return i + 1;
  return hi;
}
