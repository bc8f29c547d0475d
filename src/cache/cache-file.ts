import * as nodeBuffer from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, openSync, promises as fs, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * The file format both caches share: one header line (JSON: magic, format, code version, SHA-1 and length of the
 * body, and whatever else the cache keeps there), then the body, whose text is the cache's business (see asciiOnly).
 * The body is written in pieces as it is produced (no single string or buffer of the whole cache in memory); the
 * header, which holds the body's checksum, is written last into space kept for it at the start (padded with spaces,
 * which JSON allows). Writes are atomic: a new file (never one already there, so never through a link), then a rename.
 */

export interface HeaderFields {
  magic: string;
  format: number;
  codeVersion: string;
  [field: string]: unknown;
}

export interface Header extends HeaderFields {
  bodySha1: string;
  bodyLength: number;
}

export type Rejected = 'absent' | 'corrupt' | 'stale';

/** Pieces of text are gathered up to this many characters before they are encoded and written. */
const WRITE_BATCH = 1 << 15;

/**
 * Write a cache file from its header fields and the pieces of its body; a failure is not an error (the caches only
 * save time). Synchronous writes of small batches: the pieces are made synchronously anyway, and small batches stay
 * in the young generation of the heap (collected at once) where megabyte strings would pile up in the old one.
 */
export async function writeCacheFile(file: string, fields: HeaderFields, body: Iterable<string>): Promise<boolean> {
  const tmp = `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  let fd: number | undefined;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    fd = openSync(tmp, 'wx', 0o600);
    const reserved = JSON.stringify({ ...fields, bodySha1: '0'.repeat(40), bodyLength: 1e15 }).length;
    let position = reserved + 1;
    const hash = createHash('sha1');
    let batch = '';
    const flush = () => {
      if (!batch) return;
      const buf = Buffer.from(batch, 'utf8');
      batch = '';
      hash.update(buf);
      for (let done = 0; done < buf.length; ) done += writeSync(fd!, buf, done, buf.length - done, position + done);
      position += buf.length;
    };
    for (const piece of body) {
      batch += piece;
      if (batch.length >= WRITE_BATCH) flush();
    }
    flush();
    const header: Header = { ...fields, bodySha1: hash.digest('hex'), bodyLength: position - reserved - 1 };
    const line = Buffer.from(`${JSON.stringify(header).padEnd(reserved, ' ')}\n`, 'utf8');
    if (line.length !== reserved + 1) throw new Error('cache header does not fit');
    writeSync(fd, line, 0, line.length, 0);
    closeSync(fd);
    fd = undefined;
    await fs.rename(tmp, file);
    return true;
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // closed or never usable: the temporary file goes anyway
      }
    }
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (process.env.BRIEFING_DEBUG) process.stderr.write(`briefing: cache not written: ${(e as Error).message}\n`);
    return false;
  }
}

const NON_ASCII = /[^\0-\x7f]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON text with every character past ASCII written as a \\u escape (JSON.parse gives back the same strings): the body
 * is then pure ASCII, which is read back into a one-byte string at a fraction of the cost of decoding UTF-8.
 */
export function asciiOnly(json: string): string {
  NON_ASCII.lastIndex = 0;
  return NON_ASCII.test(json) ? json.replace(NON_ASCII, escapeChar) : json;
}

/** The body as a string: Latin-1 for an ASCII body (see asciiOnly), else UTF-8. */
export function bodyText(body: Buffer): string {
  return body.toString(isAscii(body) ? 'latin1' : 'utf8');
}

/** buffer.isAscii (Node 18.15+, 19.6+), else a loop. */
export const isAscii: (b: Buffer) => boolean = typeof nodeBuffer.isAscii === 'function' ? nodeBuffer.isAscii : (b) => !b.some((x) => x > 0x7f);

/**
 * Read a cache file and check it: its magic and format, then `accept` on the header (a stale version or another
 * key: 'stale'), then the length and checksum of the body. The body comes back as bytes, to be parsed by the cache.
 */
export async function readCacheFile(file: string, magic: string, format: number, accept: (header: Header) => boolean): Promise<{ header: Header; body: Buffer } | { rejected: Rejected }> {
  return readCacheFileSync(file, magic, format, accept);
}

export function readCacheFileSync(file: string, magic: string, format: number, accept: (header: Header) => boolean): { header: Header; body: Buffer } | { rejected: Rejected } {
  let buf: Buffer;
  try {
    // One synchronous read: several times faster than the promise API's chunks for a file of tens of megabytes.
    buf = readFileSync(file);
  } catch {
    return { rejected: 'absent' };
  }
  const nl = buf.indexOf(10);
  let header: Header;
  try {
    if (nl < 0) return { rejected: 'corrupt' };
    header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Header;
  } catch {
    return { rejected: 'corrupt' };
  }
  if (!header || typeof header !== 'object' || header.magic !== magic || header.format !== format) return { rejected: 'corrupt' };
  if (!accept(header)) return { rejected: 'stale' };
  const body = buf.subarray(nl + 1);
  if (body.length !== header.bodyLength || createHash('sha1').update(body).digest('hex') !== header.bodySha1) return { rejected: 'corrupt' };
  return { header, body };
}

/**
 * Pieces of text whose concatenation is JSON.stringify(value), for plain data (no toJSON, no cycles): objects and
 * arrays down to `depth` levels are written member by member, deeper values whole.
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (depth > 0 && Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i) yield ',';
      yield* jsonPieces(value[i], depth - 1);
    }
    yield ']';
  } else if (depth > 0 && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    yield '{';
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      yield `${first ? '' : ','}${JSON.stringify(k)}:`;
      first = false;
      yield* jsonPieces(v, depth - 1);
    }
    yield '}';
  } else {
    // In arrays JSON.stringify writes undefined, functions and symbols as null.
    yield JSON.stringify(value) ?? 'null';
  }
}
