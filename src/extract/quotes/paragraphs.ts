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
    // Markdown line markers are not words of the paragraph: "> “…”", "- “…,” a spokesman said", "## …"
    const marker = a < b && MARKER_START.has(text.charCodeAt(a)) ? LINE_MARKER.exec(text.slice(a, Math.min(b, a + 12))) : null;
    if (marker) a += marker[0].length;
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

const LINE_MARKER = /^(?:(?:>[ \t]*)+|#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+)/;
const MARKER_START = new Set([...'>#-*+0123456789'].map((c) => c.charCodeAt(0)));
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a);
