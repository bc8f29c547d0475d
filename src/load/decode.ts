/** Turn raw file bytes into text, or say why the file is not text. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const SAMPLE = 8192;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  if (looksBinary(body)) return { ok: false, reason: 'not a text file (binary content)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: read as Windows-1252, the usual encoding of older saved pages.
    text = new TextDecoder('windows-1252').decode(body);
  }
  return { ok: true, text };
}

/** Binary when the first bytes hold a known binary signature or many NUL / control bytes. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return false;
  const sig = (...b: number[]) => b.every((v, i) => bytes[i] === v);
  if (sig(0x89, 0x50, 0x4e, 0x47) || sig(0x50, 0x4b, 0x03, 0x04) || sig(0x25, 0x50, 0x44, 0x46) ||
      sig(0xff, 0xd8, 0xff) || sig(0x47, 0x49, 0x46, 0x38) || sig(0x1f, 0x8b) || sig(0x7f, 0x45, 0x4c, 0x46)) {
    return true;
  }
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return nul > n * 0.1 || (nul + control) > n * 0.3;
}
