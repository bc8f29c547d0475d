import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article, Briefing } from '../model.js';
import { entryKey } from './extraction-cache.js';

/**
 * The whole result of a build (the briefing and the inferred publication dates), kept next to the extraction cache
 * and used only when the very same set of articles is opened again with the same code: then neither date
 * inference, extraction nor merge run. Keyed by a hash over every article's path and content key; one header line
 * (magic, format, code version, set key, SHA-1 and length of the body) then the JSON body. Anything that does not
 * check out is ignored and the briefing is built again.
 */

const MAGIC = 'briefing-result-cache';
const FORMAT = 1;

interface Header {
  magic: string;
  format: number;
  codeVersion: string;
  setKey: string;
  bodySha1: string;
  bodyLength: number;
}

interface Body {
  briefing: Briefing;
  /** published / publishedInferred of each article after date inference, in article order. */
  dates: Array<[string | null, boolean]>;
}

const sha1 = (data: Uint8Array | string) => createHash('sha1').update(data).digest('hex');

/** Key of a set of loaded articles (before date inference), the options that shape the briefing, and the code. */
export function articleSetKey(articles: Article[], extra: string): string {
  const h = createHash('sha1').update(extra).update('\0');
  for (const a of articles) h.update(a.id).update('\0').update(a.path).update('\0').update(entryKey(a)).update('\n');
  return h.digest('hex');
}

/** The file for a given extraction cache file (same folder and input key). */
export function briefingCacheFile(extractionCacheFile: string): string {
  return path.join(path.dirname(extractionCacheFile), path.basename(extractionCacheFile).replace(/^extractions-/, 'briefing-'));
}

export async function readBriefingCache(file: string, version: string, setKey: string, articles: Article[]): Promise<{ briefing: Briefing; articles: Article[] } | null> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch {
    return null;
  }
  try {
    const nl = buf.indexOf(10);
    if (nl < 0) return null;
    const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Header;
    if (header?.magic !== MAGIC || header.format !== FORMAT || header.codeVersion !== version || header.setKey !== setKey) return null;
    const body = buf.subarray(nl + 1);
    if (body.length !== header.bodyLength || sha1(body) !== header.bodySha1) return null;
    const parsed = JSON.parse(body.toString('utf8')) as Body;
    const b = parsed?.briefing;
    if (!b || b.schema !== 'briefing/1' || !Array.isArray(b.articles) || b.articles.length !== articles.length) return null;
    if (!Array.isArray(parsed.dates) || parsed.dates.length !== articles.length) return null;
    for (let i = 0; i < articles.length; i++) {
      if (b.articles[i]!.id !== articles[i]!.id || b.articles[i]!.path !== articles[i]!.path) return null;
    }
    const dated = articles.map((a, i) => {
      const [published, inferred] = parsed.dates[i]!;
      return published === a.published && inferred === a.publishedInferred ? a : { ...a, published, publishedInferred: inferred };
    });
    return { briefing: b, articles: dated };
  } catch {
    return null;
  }
}

/** Write atomically; a failure is not an error (the cache only saves time). */
export async function writeBriefingCache(file: string, version: string, setKey: string, briefing: Briefing, articles: Article[]): Promise<void> {
  const body = Buffer.from(JSON.stringify({ briefing, dates: articles.map((a) => [a.published, a.publishedInferred]) } satisfies Body), 'utf8');
  const header: Header = { magic: MAGIC, format: FORMAT, codeVersion: version, setKey, bodySha1: sha1(body), bodyLength: body.length };
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await fs.writeFile(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]), { mode: 0o600 });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (process.env.BRIEFING_DEBUG) process.stderr.write(`briefing: cache not written: ${(e as Error).message}\n`);
  }
}
