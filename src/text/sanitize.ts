/**
 * Article text is untrusted: before it reaches a terminal it loses every control sequence.
 * - well-formed ANSI escape sequences are removed whole: CSI (ESC [ … or 8-bit CSI), OSC / DCS / APC /
 *   PM / SOS strings ended by BEL or ST (7-bit or 8-bit introducers), and two-byte ESC sequences;
 *   an unterminated string sequence loses its introducer, so the rest shows as plain, inert text;
 * - every other C0/C1 control and DEL is removed (tab and newline are kept only by sanitizeText);
 * - bidi overrides/embeddings/isolates, zero-width and other invisible format characters
 *   (soft hyphen, word joiner, BOM, interlinear annotation, Unicode tag characters) are removed.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]P^_X]|[\u009d\u0090\u009e\u009f\u0098])[^\u0007\u001b\u009c\u009d\u0090\u009e\u009f\u0098]*(?:\u0007|\u001b\\|\u009c)|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_KEEP_NONE = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0e\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;

/** Text safe to print on a terminal; keeps newlines and tabs. */
export function sanitizeText(text: string): string {
  return String(text)
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\r\n?/g, '\n')
    .replace(LINE_SEPARATORS, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '');
}

/**
 * Text safe to print on one terminal line: every control (newlines included) becomes a space or nothing.
 * (One parameter only, so that `.map(sanitizeLine)` stays correct; see shortenLongWords for display widths.)
 */
export function sanitizeLine(text: string): string {
  return String(text)
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\r\n|[\r\n\t\u000b\u000c]/g, ' ')
    .replace(LINE_SEPARATORS, ' ')
    .replace(CONTROL_KEEP_NONE, '')
    .replace(INVISIBLE, '');
}

/** Shorten every run of non-space characters longer than `max` to its start, "…" and its end. */
export function shortenLongWords(text: string, max = 60): string {
  const limit = Math.max(5, Math.floor(max));
  return text.replace(new RegExp(`\\S{${limit + 1},}`, 'g'), (word) => {
    const chars = Array.from(word);
    if (chars.length <= limit) return word;
    const head = Math.ceil((limit - 1) / 2);
    const tail = limit - 1 - head;
    return `${chars.slice(0, head).join('')}…${tail ? chars.slice(-tail).join('') : ''}`;
  });
}

/**
 * For error messages about names from the disk (file names): every control or invisible character
 * is shown as an escape (\n, \t, \x1b, \u202e) instead of being acted on or silently dropped.
 */
export function visibleControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return String(text).replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  }).replace(/\udb40[\udc00-\udc7f]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/**
 * A URL the program has checked and may put in a terminal hyperlink: http(s) only, no credentials,
 * no control or invisible characters, at most 2,048 characters. Returns the normalised URL or null.
 */
export function validatedUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url) || INVISIBLE_TEST.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password || !parsed.hostname) return null;
  const href = parsed.href;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(href)) return null;
  return href;
}
const INVISIBLE_TEST = new RegExp(INVISIBLE.source);

/**
 * A terminal hyperlink (OSC 8) to `url` showing `label`, only when the URL passes validatedUrl();
 * otherwise just the sanitised label. The label is always sanitised.
 */
export function safeHyperlink(url: string | null | undefined, label: string): string {
  const text = sanitizeLine(label);
  const href = validatedUrl(url);
  if (!href) return text;
  return `\u001b]8;;${href}\u001b\\${text}\u001b]8;;\u001b\\`;
}
