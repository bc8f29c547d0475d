import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Article, Briefing, LoadProblem } from '../model.js';
import { decodeBytes } from '../load/decode.js';
import { problemsInOrder, type InputFiles } from '../load/index.js';
import { lineStartsOf } from '../text/lines.js';
import { briefingJsonPieces } from '../export/json.js';
import { asciiOnly, bodyText, readCacheFile, readCacheFileSync, writeCacheFile } from './cache-file.js';

/**
 * The whole result of a build, kept next to the extraction cache and used only when the very same files are opened
 * again with the same code: then neither parsing, date inference, extraction nor merge run. Keyed by a hash over
 * every file's path and content hash (the bytes are read and hashed on each open, so any changed, added or removed
 * file is noticed); the articles come back from the cached metadata and the file bytes just read, without parsing
 * them again. Body (see cache-file.ts for the header): one line of JSON (articles, problems), then the briefing as
 * its JSON export (briefingToJson), which an unfiltered JSON export writes as is and which is parsed into the
 * briefing only when the briefing is used. Anything that does not check out is ignored and the briefing built again.
 */

const MAGIC = 'briefing-result-cache';
const FORMAT = 3;

/** An article as kept: what parsing and date inference made of its file, but the text (the file's bytes, decoded). */
interface StoredArticle extends Pick<Article, 'format' | 'title' | 'source' | 'author' | 'url' | 'published' | 'publishedInferred' | 'bodyStart' | 'bodyEnd'> {
  /** Index of its file in the files read. */
  file: number;
  textLength: number;
  /** Only when the text is not the decoded file (HTML: the readable text of the page). */
  text?: string;
}

/** The first line of the body. */
interface Meta {
  articles: StoredArticle[];
  /** Problems found in the text of files, by file index. */
  fileProblems: Array<[number, string]>;
  /** Problems of the build (after loading), in order. */
  buildProblems: LoadProblem[];
}

/** Key of the files read (paths and content hashes, in the order read) and of the options that shape the briefing. */
export function inputSetKey(input: InputFiles, extra: string): string {
  const h = createHash('sha1').update(extra).update('\0');
  for (const f of input.files) h.update(f.shown).update('\0').update(f.hash).update('\n');
  return h.digest('hex');
}

/** The file for a given extraction cache file (same folder and input key). */
export function briefingCacheFile(extractionCacheFile: string): string {
  return path.join(path.dirname(extractionCacheFile), path.basename(extractionCacheFile).replace(/^extractions-/, 'briefing-'));
}

export interface CachedResult {
  /** Parsed from the cached JSON on first use. */
  briefing: Briefing;
  /** The briefing's JSON export, exactly briefingToJson(briefing); dropped once the briefing is parsed. */
  briefingJson?: Uint8Array;
  articles: Article[];
  problems: LoadProblem[];
}

/** The cached result for these files, or null when there is none that checks out. */
export async function readBriefingCache(file: string, version: string, setKey: string, input: InputFiles): Promise<CachedResult | null> {
  const read = await readCacheFile(file, MAGIC, FORMAT, (h) => h.codeVersion === version && h.setKey === setKey);
  if ('rejected' in read) return null;
  try {
    const nl = read.body.indexOf(10);
    if (nl < 0) return null;
    const meta = JSON.parse(bodyText(read.body.subarray(0, nl))) as Meta;
    const stored = meta?.articles;
    if (!Array.isArray(stored) || !Array.isArray(meta.fileProblems) || !Array.isArray(meta.buildProblems)) return null;
    const files = input.files;
    const used = new Set<number>();
    const articles: Article[] = [];
    for (let i = 0; i < stored.length; i++) {
      const s = stored[i]!;
      const f = files[s?.file];
      if (!f || used.has(s.file)) return null;
      used.add(s.file);
      if (typeof s.textLength !== 'number' || !(s.bodyStart >= 0 && s.bodyStart <= s.bodyEnd && s.bodyEnd <= s.textLength)) return null;
      if (s.text !== undefined && (typeof s.text !== 'string' || s.text.length !== s.textLength)) return null;
      const article = {
        id: `a${i + 1}`,
        path: f.shown,
        format: s.format,
        title: s.title,
        source: s.source,
        author: s.author,
        url: s.url,
        published: s.published,
        publishedInferred: s.publishedInferred,
        bodyStart: s.bodyStart,
        bodyEnd: s.bodyEnd,
        hash: f.hash,
      } as Article;
      articles.push(withLazyText(article, s.text ?? f.bytes));
    }
    const byFile = new Map<number, LoadProblem[]>();
    for (const [k, reason] of meta.fileProblems) {
      const f = files[k];
      if (!f || typeof reason !== 'string') return null;
      if (!byFile.has(k)) byFile.set(k, []);
      byFile.get(k)!.push({ path: f.shown, reason });
    }
    const problems = problemsInOrder(input, (k) => byFile.get(k));
    for (const p of meta.buildProblems) {
      if (typeof p?.path !== 'string' || typeof p.reason !== 'string') return null;
      problems.push({ path: p.path, reason: p.reason });
    }
    const briefingJson = read.body.subarray(nl + 1);
    let briefing: Briefing | undefined;
    const result = { briefingJson, articles, problems } as unknown as CachedResult;
    Object.defineProperty(result, 'briefing', {
      enumerable: true,
      configurable: true,
      // Checked by the checksum, written by writeBriefingCache: it parses (a failure here is a bug, not a bad cache).
      get: () => {
        if (!briefing) {
          briefing = JSON.parse(bodyText(briefingJson)) as Briefing;
          // Parsed: the bytes (100 MB for 10,000 articles) are not kept too; an export renders the briefing instead.
          delete (result as Partial<CachedResult>).briefingJson;
        }
        return briefing;
      },
      set: (v: Briefing) => {
        briefing = v;
      },
    });
    return result;
  } catch {
    return null;
  }
}

/**
 * Give the article its text and line starts on first use: from the kept text, or by decoding the file's bytes again
 * (the same bytes as when the result was cached: the key says so). An export never reads them, the reader only those
 * of the articles it shows.
 */
function withLazyText(article: Article, source: string | Uint8Array): Article {
  let text: string | undefined = typeof source === 'string' ? source : undefined;
  let bytes: Uint8Array | undefined = typeof source === 'string' ? undefined : source;
  let lineStarts: number[] | undefined;
  const getText = () => {
    if (text === undefined) {
      const decoded = decodeBytes(bytes!);
      text = decoded.ok ? decoded.text : '';
      bytes = undefined;
    }
    return text;
  };
  Object.defineProperty(article, 'text', {
    enumerable: true,
    configurable: true,
    get: getText,
    set: (v: string) => {
      text = v;
      bytes = undefined;
    },
  });
  Object.defineProperty(article, 'lineStarts', {
    enumerable: true,
    configurable: true,
    get: () => (lineStarts ??= lineStartsOf(getText())),
    set: (v: number[]) => {
      lineStarts = v;
    },
  });
  return article;
}

export interface ResultToCache {
  briefing: Briefing;
  /** The articles after date inference. */
  articles: Article[];
  /** The index in the files read of each article's file. */
  fileOf: number[];
  fileProblems: Array<LoadProblem[] | undefined>;
  buildProblems: LoadProblem[];
}

/**
 * The JSON export kept in the result cache file for this key, read and checked again (another run may have replaced
 * the file since); undefined when it is not there or does not check out.
 */
export function readCachedBriefingJson(file: string, version: string, setKey: string): Uint8Array | undefined {
  const read = readCacheFileSync(file, MAGIC, FORMAT, (h) => h.codeVersion === version && h.setKey === setKey);
  if ('rejected' in read) return undefined;
  const nl = read.body.indexOf(10);
  return nl < 0 ? undefined : read.body.subarray(nl + 1);
}

/** Write atomically; a failure is not an error (the cache only saves time). Whether it was written. */
export async function writeBriefingCache(file: string, version: string, setKey: string, result: ResultToCache): Promise<boolean> {
  const articles: StoredArticle[] = result.articles.map((a, i) => ({
    file: result.fileOf[i]!,
    format: a.format,
    title: a.title,
    source: a.source,
    author: a.author,
    url: a.url,
    published: a.published,
    publishedInferred: a.publishedInferred,
    bodyStart: a.bodyStart,
    bodyEnd: a.bodyEnd,
    textLength: a.text.length,
    ...(a.format === 'html' || a.path === '-' ? { text: a.text } : {}),
  }));
  const fileProblems: Array<[number, string]> = [];
  result.fileProblems.forEach((list, k) => list?.forEach((p) => fileProblems.push([k, p.reason])));
  const meta: Meta = { articles, fileProblems, buildProblems: result.buildProblems };
  function* body(): Generator<string> {
    yield `${asciiOnly(JSON.stringify(meta))}\n`;
    yield* briefingJsonPieces(result.briefing);
  }
  return writeCacheFile(file, { magic: MAGIC, format: FORMAT, codeVersion: version, setKey }, body());
}
