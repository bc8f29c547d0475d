/**
 * Article text is untrusted: before it reaches a terminal it loses every control sequence.
 * - ANSI CSI / OSC / DCS / APC / PM / SOS sequences (7-bit and 8-bit introducers) are removed whole;
 * - other C0/C1 controls and DEL become nothing (tab and newline are kept only where allowed);
 * - bidi overrides/isolates and zero-width characters are removed.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]P^_X]|[\u009d\u0090\u009e\u009f\u0098])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_KEEP_NONE = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]/g;

/** Text safe to print on a terminal; keeps newlines and tabs. */
export function sanitizeText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '').replace(INVISIBLE, '');
}

/** Text safe to print on one terminal line: every control (newlines included) becomes a space. */
export function sanitizeLine(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(CONTROL_KEEP_NONE, '')
    .replace(INVISIBLE, '');
}
