/**
 * Turn raw file bytes into text, or say why the file is not text.
 *
 * - BOMs: UTF-8, UTF-16 LE/BE and UTF-32 LE/BE are honoured and dropped;
 * - UTF-16 without a BOM is recognised from its NUL pattern;
 * - binary files (known signatures, or many control bytes) are refused with a reason;
 * - invalid UTF-8: mostly-UTF-8 text keeps its UTF-8 (bad bytes become U+FFFD), text with no
 *   UTF-8 multi-byte sequences at all is read as Windows-1252 (older saved pages);
 * - NUL characters are removed; a lone CR (old Mac line end) becomes LF, so the text keeps its length
 *   and CRLF is kept as is (positions stay those of the file).
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const SAMPLE = 16384;

const SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['7-zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['Office document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  // Byte-order marks first (UTF-32 before UTF-16: FF FE 00 00 starts like FF FE).
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return finish(decodeUtf32(bytes.subarray(4), true), 'utf-32le');
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return finish(decodeUtf32(bytes.subarray(4), false), 'utf-32be');
  if (startsWith(bytes, [0xff, 0xfe])) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) body = bytes.subarray(3);

  for (const [name, sig] of SIGNATURES) {
    if (startsWith(body, sig)) return { ok: false, reason: `not a text file (${name})` };
  }
  const utf16 = guessUtf16(body);
  if (utf16) return finish(new TextDecoder(utf16).decode(body), utf16);

  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(body), 'utf-8');
  } catch {
    // Invalid UTF-8 somewhere: decide between damaged UTF-8 and a single-byte encoding.
    const loose = new TextDecoder('utf-8').decode(body);
    let replaced = 0;
    let multibyte = 0;
    for (let i = 0; i < loose.length; i++) {
      const c = loose.charCodeAt(i);
      if (c === 0xfffd) replaced++;
      else if (c >= 0x80) multibyte++;
    }
    if (multibyte > replaced) return finish(loose, 'utf-8 (damaged)');
    // A saved page that names its encoding (<meta charset>, <?xml encoding>): Shift_JIS, GBK, KOI8-R…
    const declared = declaredCharset(body);
    if (declared) return finish(new TextDecoder(declared).decode(body), declared);
    return finish(decodeWindows1252(body), 'windows-1252');
  }
}

/**
 * The encoding a page declares in its first 2 KB, when the decoder knows it and it is not one of those
 * handled otherwise (UTF-8/16/32, and Latin-1/Windows-1252, which Node decodes as Latin-1: done by hand).
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  if (!m) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(m[1]!.toLowerCase()).encoding;
  } catch {
    return null;
  }
  return /^(utf-|windows-1252$|iso-8859-1$)/.test(encoding) ? null : encoding;
}

/** Windows-1252 by hand: Node's TextDecoder may treat it as Latin-1 and turn curly quotes into C1 controls. */
const CP1252_80_9F = [0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80]! : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** UTF-16 without a BOM: every other byte NUL (ASCII-range text), on one side only. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

function decodeUtf32(bytes: Uint8Array, little: boolean): string {
  const parts: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, little);
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chunk.length === 4096) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Refuse text that is really binary; clean NULs and lone CRs out of the rest. */
function finish(text: string, encoding: string): Decoded {
  if (looksBinary(text)) return { ok: false, reason: 'not a text file (binary content)' };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\0')) text = text.replace(/\0+/g, '');
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  return { ok: true, text, encoding };
}

/**
 * Binary when, in the first characters, NULs or control characters other than
 * tab, line feed, form feed, carriage return and ESC (escape sequences are handled later) are frequent.
 * Real text has none of them; a few stray ones are tolerated.
 */
const BINARY_SUSPECT = /[\0-\x08\x0e-\x1a\x1c-\x1f\ufffd]/g;

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return false;
  // Most text has none of the characters counted below: one regular-expression scan says so, far faster than the loop.
  BINARY_SUSPECT.lastIndex = 0;
  const first = BINARY_SUSPECT.exec(text);
  if (!first || first.index >= n) return false;
  let nul = 0;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) control++;
    else if (c === 0xfffd) replacement++;
  }
  const allowed = Math.max(2, n * 0.02);
  return nul > allowed || control > allowed || nul + control + replacement > n * 0.1;
}
