/**
 * Paragraphs of the article body as [start, end) offsets, blank ones left out.
 * One line is one paragraph, except hard-wrapped text: a line that does not end a sentence and is
 * followed by a line starting in lowercase continues on that line.
 */
export function paragraphsOf(text: string, lo: number, hi: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let s = lo;
  for (let i = lo; i <= hi; i++) {
    if (i === hi || text[i] === '\n' || text[i] === '\r') {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (b > a) lines.push([a, b]);
      else lines.push([-1, -1]);
      s = i + 1;
    }
  }
  const out: Array<[number, number]> = [];
  for (const [a, b] of lines) {
    if (a < 0) {
      out.push([-1, -1]);
      continue;
    }
    const prev = out.at(-1);
    if (prev && prev[0] >= 0 && !/[.!?:"”’)\]]$/.test(text.slice(prev[1] - 1, prev[1])) && /^\p{Ll}/u.test(text[a]!)) prev[1] = b;
    else out.push([a, b]);
  }
  return out.filter(([a]) => a >= 0);
}
