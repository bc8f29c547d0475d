/**
 * string-width for ink and the libraries it uses to measure text (widest-line, cli-truncate): the bundle
 * (scripts/ink-output-plugin.mjs) points their `string-width` here. Ink measures every text node of the screen on
 * every frame; string-width segments anything beyond printable ASCII (the reader's “quotes”, dashes, ellipses)
 * into graphemes, which made it most of the cost of a selection move. Lines of simple characters (see isSimple)
 * and plain SGR colour codes are one cell per character; anything else goes to string-width itself.
 */
import stringWidth from 'string-width';
import { isSimple } from './ink-output.js';

export default function fastStringWidth(input: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (options !== undefined || typeof input !== 'string') return stringWidth(input, options);
  let width = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x1b) {
      // \x1b[ n ; n … m with 1–3 digits per number: removed whole by string-width's strip-ansi.
      if (input.charCodeAt(i + 1) !== 0x5b) return stringWidth(input);
      let j = i + 2;
      let digits = 0;
      for (; j < input.length; j++) {
        const d = input.charCodeAt(j);
        if (d >= 0x30 && d <= 0x39) {
          if (++digits > 3) return stringWidth(input);
        } else if (d === 0x3b && digits > 0) digits = 0;
        else break;
      }
      if (input.charCodeAt(j) !== 0x6d || (digits === 0 && j > i + 2)) return stringWidth(input);
      i = j;
      continue;
    }
    if (!isSimple(c)) return stringWidth(input);
    width++;
  }
  return width;
}
