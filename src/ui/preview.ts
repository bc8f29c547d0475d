/**
 * The summary preview: the Markdown export rendered by marked + marked-terminal at the terminal's width.
 * marked-terminal leaves list items unwrapped and their inline Markdown raw; those lines are finished here.
 */
import { sanitizeLine } from '../text/sanitize.js';
import { cells, wrapSegs, type Seg } from './text.js';

const BOLD = (s: string) => `\u001b[1m${s}\u001b[22m`;

export async function renderMarkdownForTerminal(markdown: string, width: number, mono: boolean): Promise<string[]> {
  const [{ Marked }, { markedTerminal }] = await Promise.all([import('marked'), import('marked-terminal')]);
  const marked = new Marked(markedTerminal({ width, reflowText: true, tab: 2, showSectionPrefix: mono }) as never);
  const out = (await marked.parse(markdown)) as string;
  return finishLines(out.replace(/\n+$/, '').split('\n'), width, mono);
}

/** Lines wider than `width`, or with raw **strong** / *emphasis*, are re-wrapped (continuations indented). */
export function finishLines(lines: string[], width: number, mono: boolean): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const plain = sanitizeLine(line);
    const raw = /\*\*[^*]+\*\*|(^|\s)\*[^*\s][^*]*\*/.test(plain);
    if (!raw && cells(plain) <= width) {
      out.push(mono ? plain : line);
      continue;
    }
    const indent = /^\s*(?:[*•-]\s+|\d+\.\s+)?/.exec(plain)![0];
    const segs: Seg[] = [];
    const body = plain.slice(indent.length);
    const re = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*/g;
    let at = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (m.index > at) segs.push({ text: body.slice(at, m.index) });
      segs.push({ text: m[1] ?? m[2]!, bold: true });
      at = m.index + m[0].length;
    }
    if (at < body.length) segs.push({ text: body.slice(at) });
    const pad = ' '.repeat(cells(indent));
    wrapSegs(segs, Math.max(10, width - cells(indent))).forEach((row, i) => {
      const text = row.map((s) => (s.bold && !mono ? BOLD(s.text) : s.text)).join('');
      out.push((i === 0 ? indent : pad) + text);
    });
  }
  return out;
}
