import { sanitizeLine } from '../text/sanitize.js';

/**
 * Article text made inert inside Markdown: control sequences stripped, and every character that
 * could start a link, image, HTML tag, heading, emphasis, code span or list is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return sanitizeLine(text)
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/^(\s*)([-=]+)(\s|$)/, '$1\\$2$3')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/\s+/g, ' ')
    .trim();
}
