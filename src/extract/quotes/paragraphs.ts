/**
 * Paragraphs of the article body as [start, end) offsets, blank ones left out.
 * One line is one paragraph, except hard-wrapped text: a line that does not end a sentence and is
 * followed by a line starting in lowercase continues on that line.
 */
export function paragraphsOf(text: string, lo: number, hi: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let blankBefore = false;
  const lineEnd = /\r\n?|\n/g;
  for (let s = lo; s <= hi; ) {
    lineEnd.lastIndex = s;
    const m = lineEnd.exec(text);
    const e = m && m.index < hi ? m.index : hi;
    let a = s;
    let b = e;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) {
      const prev = out.at(-1);
      if (prev && !blankBefore && !/[.!?:"”’)\]]/.test(text[prev[1] - 1]!) && /^\p{Ll}/u.test(text[a]!)) prev[1] = b;
      else out.push([a, b]);
      blankBefore = false;
    } else blankBefore = true;
    if (!m || m.index >= hi) break;
    s = m.index + m[0].length;
  }
  return out;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a);
