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
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    const risky = /^(?:[-=+*>#|]|\d{1,9}[.)]|[-=]+$)/.test(w);
    if (!empty && line.length + 1 + w.length > width && !risky) {
      lines.push(line);
      line = cont + w;
    } else {
      line += (empty ? '' : ' ') + w;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}
