import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article, Extraction } from '../model.js';

/**
 * On-disk cache of per-article extractions, one file per set of inputs, entries keyed by content hash.
 *
 * File: one header line (JSON: magic, format, code version, SHA-1 and length of the body), then the body
 * (JSON: { entries: { key: extraction } }). A file whose header, version, checksum or JSON does not check out is
 * ignored and rewritten; each entry is also checked against its article before use, so nothing is trusted blindly.
 */

const MAGIC = 'briefing-extraction-cache';
const FORMAT = 1;
/** At most this many cache files are kept (the least recently written are removed). */
const MAX_FILES = 64;

type StoredExtraction = Omit<Extraction, 'articleId'>;

interface Header {
  magic: string;
  format: number;
  codeVersion: string;
  inputs: string[];
  bodySha1: string;
  bodyLength: number;
}

export interface CacheEnv {
  BRIEFING_CACHE_DIR?: string;
  XDG_CACHE_HOME?: string;
  HOME?: string;
}

/** $BRIEFING_CACHE_DIR, else $XDG_CACHE_HOME/briefing, else ~/.cache/briefing. */
export function defaultCacheDir(env: CacheEnv = process.env): string {
  if (env.BRIEFING_CACHE_DIR) return path.resolve(env.BRIEFING_CACHE_DIR);
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'briefing');
  return path.join(env.HOME || os.homedir(), '.cache', 'briefing');
}

/** What decides an article's extraction: its bytes (hash), how they were read, and the metadata extraction uses. */
export function entryKey(article: Article): string {
  return [article.hash, article.format, article.text.length, article.bodyStart, article.bodyEnd, article.published ?? '', article.publishedInferred ? 1 : 0].join('|');
}

function sha1(data: Uint8Array | string): string {
  return createHash('sha1').update(data).digest('hex');
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function realOrResolved(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Why the cache file was not used, when it was not ("corrupt", "stale", ...). */
  rejected: string | null;
}

export class ExtractionCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: null };
  private fresh = new Map<string, StoredExtraction>();
  private dirty = false;

  private constructor(
    readonly file: string,
    private readonly inputs: string[],
    private readonly version: string,
    private stored: Record<string, StoredExtraction>,
  ) {}

  /**
   * Open the cache for these inputs; null when caching is impossible or unsafe (the cache folder would sit inside
   * an input folder, or inputs come from standard input only).
   */
  static async open(inputs: string[], options: { dir: string; version: string }): Promise<ExtractionCache | null> {
    const files = inputs.filter((p) => p !== '-');
    if (!files.length) return null;
    const dir = await realOrResolved(options.dir);
    const resolved = await Promise.all(files.map(realOrResolved));
    if (resolved.some((input) => isInside(dir, input))) return null;
    const inputKey = [...new Set(resolved)].sort();
    const file = path.join(dir, `extractions-${sha1(JSON.stringify(inputKey)).slice(0, 24)}.cache`);
    return new ExtractionCache(file, inputKey, options.version, {});
  }

  private loaded = false;
  /** Read the cache file (once; before get). */
  async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    await this.read();
  }

  private async read(): Promise<void> {
    let buf: Buffer;
    try {
      buf = await fs.readFile(this.file);
    } catch {
      this.stats.rejected = 'absent';
      return;
    }
    const nl = buf.indexOf(10);
    let header: Header;
    try {
      if (nl < 0) throw new Error('no header');
      header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Header;
    } catch {
      this.stats.rejected = 'corrupt';
      return;
    }
    if (header?.magic !== MAGIC || header.format !== FORMAT) {
      this.stats.rejected = 'corrupt';
      return;
    }
    if (header.codeVersion !== this.version) {
      this.stats.rejected = 'stale';
      return;
    }
    const body = buf.subarray(nl + 1);
    if (body.length !== header.bodyLength || sha1(body) !== header.bodySha1) {
      this.stats.rejected = 'corrupt';
      return;
    }
    try {
      const parsed = JSON.parse(body.toString('utf8')) as { entries?: Record<string, StoredExtraction> };
      if (!parsed || typeof parsed.entries !== 'object' || parsed.entries === null) throw new Error('no entries');
      this.stored = parsed.entries;
    } catch {
      this.stats.rejected = 'corrupt';
    }
  }

  /** The cached extraction of this article, checked against its text; null when absent or not valid (call load first). */
  get(article: Article): Extraction | null {
    const key = entryKey(article);
    const e = this.fresh.get(key) ?? (Object.prototype.hasOwnProperty.call(this.stored, key) ? this.stored[key] : undefined);
    if (e && isValidFor(e, article)) {
      this.stats.hits++;
      this.fresh.set(key, e);
      return { articleId: article.id, ...e };
    }
    this.stats.misses++;
    return null;
  }

  set(article: Article, extraction: Extraction): void {
    const { articleId: _id, ...stored } = extraction;
    this.fresh.set(entryKey(article), stored);
    this.dirty = true;
  }

  /**
   * Write the entries of this run (those of articles no longer present are dropped) when anything changed.
   * Atomic (temporary file + rename); a failure to write is not an error, the cache is only an accelerator.
   */
  async save(): Promise<void> {
    const dropped = Object.keys(this.stored).some((k) => !this.fresh.has(k));
    if (!this.dirty && !dropped && this.stats.rejected === null) return;
    const entries: Record<string, StoredExtraction> = {};
    for (const [k, v] of this.fresh) entries[k] = v;
    const body = Buffer.from(JSON.stringify({ entries }), 'utf8');
    const header: Header = { magic: MAGIC, format: FORMAT, codeVersion: this.version, inputs: this.inputs, bodySha1: sha1(body), bodyLength: body.length };
    const dir = path.dirname(this.file);
    const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const handle = await fs.open(tmp, 'w', 0o600);
      try {
        await handle.writeFile(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]));
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, this.file);
      this.stored = entries;
      this.dirty = false;
      this.stats.rejected = null;
      await prune(dir);
    } catch (e) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      if (process.env.BRIEFING_DEBUG) process.stderr.write(`briefing: cache not written: ${(e as Error).message}\n`);
    }
  }
}

async function prune(dir: string): Promise<void> {
  const names = (await fs.readdir(dir)).filter((n) => n.startsWith('extractions-') && n.endsWith('.cache'));
  if (names.length <= MAX_FILES) return;
  const withTimes = await Promise.all(
    names.map(async (n) => {
      try {
        return { n, t: (await fs.stat(path.join(dir, n))).mtimeMs };
      } catch {
        return { n, t: 0 };
      }
    }),
  );
  withTimes.sort((a, b) => a.t - b.t);
  for (const { n } of withTimes.slice(0, withTimes.length - MAX_FILES)) {
    await fs.rm(path.join(dir, n), { force: true }).catch(() => undefined);
    await fs.rm(path.join(dir, n.replace(/^extractions-/, 'briefing-')), { force: true }).catch(() => undefined);
  }
}

function inText(start: unknown, end: unknown, length: number): boolean {
  return typeof start === 'number' && typeof end === 'number' && start >= 0 && start <= end && end <= length;
}

/** A cached entry must have the extraction's shape and positions inside its article; quotes must be the article's words. */
function isValidFor(e: StoredExtraction, article: Article): boolean {
  if (!e || typeof e !== 'object') return false;
  const { actors, quotes, times, claims, roleClaims } = e;
  if (!Array.isArray(actors) || !Array.isArray(quotes) || !Array.isArray(times) || !Array.isArray(claims) || !Array.isArray(roleClaims)) return false;
  const n = article.text.length;
  for (const a of actors) {
    if (!a || typeof a.key !== 'string' || typeof a.name !== 'string' || !Array.isArray(a.mentions)) return false;
    for (const m of a.mentions) if (!inText(m?.start, m?.end, n)) return false;
  }
  for (const q of quotes) {
    if (!q || !inText(q.start, q.end, n) || q.text !== article.text.slice(q.start, q.end)) return false;
  }
  for (const t of times) if (!t || !inText(t.start, t.end, n) || typeof t.text !== 'string') return false;
  for (const c of claims) if (!c || !inText(c.start, c.end, n)) return false;
  for (const r of roleClaims) if (!r || !inText(r.start, r.end, n)) return false;
  return true;
}
