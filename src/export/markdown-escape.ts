import { sanitizeLine } from '../text/sanitize.js';

/**
 * Article text made inert inside Markdown: control sequences stripped, and every character that
 * could start a link, image, HTML tag, entity, heading, emphasis, code span, table cell, math or list
 * is backslash-escaped; newlines become spaces, so no new block can start.
 * URLs and e-mail addresses are broken up (`https\://…`, `www\.…`, `a\@b`) so that GFM does not
 * turn them into links either. The result is one line (whitespace collapsed).
 */
export function escapeMarkdown(text: string): string {
  return sanitizeLine(text)
    .replace(/[\\`*_{}[\]()<>#+!|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/([\p{L}\p{N}]):(?=\/\/)/gu, '$1\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^([-=]+)(\s|$)/, '\\$1$2')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Wrap one Markdown line at `width` columns: `first` prefixes the first line, `cont` the others
 * ("- " and "  " for a list item). Never breaks before a word that would start a list, heading,
 * quote or setext underline at the start of a line.
 */
export function wrapMarkdown(text: string, width: number, first = '', cont = ''): string {
  const words = text.split(' ').filter((w) => w !== '');
  // A word that would start a block at the start of a line: "-", "+", "*", ">", "#", "|", "12." / "3)", "===" / "---".
  const risky = (w: string) => /^(?:[-=+*>#|]|\d{1,9}[.)]$|[-=]+$)/.test(w);
  const lines: string[] = [];
  let prefix = first;
  let line: string[] = [];
  const width_ = (ws: string[]) => prefix.length + ws.join(' ').length;
  for (const w of words) {
    if (line.length && width_([...line, w]) > width) {
      if (!risky(w)) {
        lines.push(prefix + line.join(' '));
        prefix = cont;
        line = [w];
        continue;
      }
      // Break before the previous word instead, so the risky word is not first on its line.
      if (line.length >= 2 && !risky(line[line.length - 1]!)) {
        const last = line.pop()!;
        lines.push(prefix + line.join(' '));
        prefix = cont;
        line = [last, w];
        continue;
      }
    }
    line.push(w);
  }
  lines.push(prefix + line.join(' '));
  return lines.join('\n');
}
