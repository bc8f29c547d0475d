import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article, Extraction } from '../model.js';
import { asciiOnly, isAscii, readCacheFile, writeCacheFile } from './cache-file.js';

/**
 * On-disk cache of per-article extractions, one file per set of inputs, entries keyed by content hash.
 *
 * File (see cache-file.ts): one header line (JSON: magic, format, code version, SHA-1 and length of the body), then
 * one line per entry: its key, a tab, the extraction as JSON. A file whose header, version or checksum does not check
 * out is ignored and rewritten; an entry is parsed only when its article asks for it, and checked against the article
 * before use, so nothing is trusted blindly.
 */

const MAGIC = 'briefing-extraction-cache';
const FORMAT = 2;
/** At most this many cache files are kept (the least recently written are removed). */
const MAX_FILES = 64;

type StoredExtraction = Omit<Extraction, 'articleId'>;

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
  /** Entries of this run (looked up or set), by key: what save() writes. */
  private fresh = new Map<string, StoredExtraction>();
  private dirty = false;
  /** The body of the file read, and where each entry's JSON is in it (parsed on demand). */
  private body: Buffer | null = null;
  private stored = new Map<string, { start: number; end: number }>();
  /** Entries of the file not used in this run (articles no longer there): the file is rewritten without them. */
  private unused = 0;
  private encoding: 'latin1' | 'utf8' = 'utf8';

  private constructor(
    readonly file: string,
    private readonly inputs: string[],
    private readonly version: string,
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
    return new ExtractionCache(file, inputKey, options.version);
  }

  private loaded = false;
  /** Read the cache file (once; before get). */
  async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    const read = await readCacheFile(this.file, MAGIC, FORMAT, (h) => h.codeVersion === this.version);
    if ('rejected' in read) {
      this.stats.rejected = read.rejected;
      return;
    }
    // Index the lines: key, tab, JSON. A line without its tab means a damaged file: not used at all.
    const body = read.body;
    // Written as ASCII (\\u escapes): read back as one-byte strings.
    this.encoding = isAscii(body) ? 'latin1' : 'utf8';
    const stored = new Map<string, { start: number; end: number }>();
    for (let at = 0; at < body.length; ) {
      const nl = body.indexOf(10, at);
      const end = nl < 0 ? body.length : nl;
      const tab = body.indexOf(9, at);
      if (tab < 0 || tab > end) {
        this.stats.rejected = 'corrupt';
        return;
      }
      stored.set(body.toString(this.encoding, at, tab), { start: tab + 1, end });
      at = end + 1;
    }
    this.body = body;
    this.stored = stored;
    this.unused = stored.size;
  }

  /** The cached extraction of this article, checked against its text; null when absent or not valid (call load first). */
  get(article: Article): Extraction | null {
    const key = entryKey(article);
    let e = this.fresh.get(key);
    if (!e) {
      const at = this.stored.get(key);
      if (at && this.body) {
        this.stored.delete(key);
        this.unused--;
        try {
          e = JSON.parse(this.body.toString(this.encoding, at.start, at.end)) as StoredExtraction;
        } catch {
          e = undefined;
        }
      }
    }
    if (e && isValidFor(e, article)) {
      this.stats.hits++;
      this.fresh.set(key, e);
      return { articleId: article.id, ...e };
    }
    this.stats.misses++;
    return null;
  }

  /** All lookups are done: the file's bytes are no longer needed. */
  endLookups(): void {
    this.body = null;
    this.stored.clear();
  }

  /** Done with the cache (after save): let go of the entries. */
  close(): void {
    this.endLookups();
    this.fresh.clear();
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
    if (!this.dirty && this.unused === 0 && this.stats.rejected === null) return;
    this.endLookups();
    const fresh = this.fresh;
    function* lines(): Generator<string> {
      // A key is hashes, numbers and a date; one with a tab or a line end (never made) is not written.
      for (const [k, v] of fresh) if (!/[\t\n]/.test(k)) yield asciiOnly(`${k}\t${JSON.stringify(v)}\n`);
    }
    const written = await writeCacheFile(this.file, { magic: MAGIC, format: FORMAT, codeVersion: this.version, inputs: this.inputs }, lines());
    if (!written) return;
    this.dirty = false;
    this.unused = 0;
    this.stats.rejected = null;
    await prune(path.dirname(this.file)).catch(() => undefined);
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
