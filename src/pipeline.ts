import type { Article, Briefing, LoadProblem } from './model.js';
import { readInputFiles, type LoadOptions } from './load/index.js';
import { ExtractionCache, defaultCacheDir } from './cache/extraction-cache.js';
import { codeVersion } from './cache/code-version.js';
import { briefingCacheFile, inputSetKey, readBriefingCache, readCachedBriefingJson } from './cache/briefing-cache.js';

export interface OpenedBriefing {
  briefing: Briefing;
  articles: Article[];
  problems: LoadProblem[];
  /**
   * The briefing's JSON export, exactly briefingToJson(briefing), when the result cache gave the briefing and it has
   * not been used yet: an unfiltered JSON export writes these bytes as they are (the briefing is then never parsed).
   * Reading `briefing` parses them and drops them.
   */
  briefingJson?: Uint8Array;
}

/** Progress of a build: `phase` "extract" counts articles extracted so far (cached ones included) out of `total`. */
export interface Progress {
  phase: 'load' | 'extract' | 'merge';
  done: number;
  total: number;
}

export interface OpenOptions extends LoadOptions {
  title?: string;
  /** Folder of the extraction cache; null disables it. Default: $BRIEFING_CACHE_DIR, $XDG_CACHE_HOME/briefing or ~/.cache/briefing. */
  cacheDir?: string | null;
  /** Read ''…'' and ``…'' as quotation marks (news archives write quotes so). Default: they are not quotes. */
  archiveQuotes?: boolean;
  /** Number of extraction worker threads (0: extract on the main thread). Default: by input size and cores. */
  workers?: number;
  onProgress?: (p: Progress) => void;
}

/**
 * Load, extract and merge: the whole core, from paths to a briefing. With the cache on, a set of files opened
 * before (same bytes, same code) comes back whole from the result cache, checked by the content hash of every file
 * and without parsing them again; otherwise only articles not seen before are extracted (extraction cache), over
 * worker threads when there are many.
 */
export async function openBriefing(paths: string[], options: OpenOptions = {}): Promise<OpenedBriefing> {
  const t0 = performance.now();
  options.onProgress?.({ phase: 'load', done: 0, total: 0 });
  const input = await readInputFiles(paths, options);
  // Extractions depend on the code and on how quote marks are read: both caches are keyed by both.
  const version = options.archiveQuotes ? `${codeVersion()}+archive-quotes` : codeVersion();
  const cache = await openCache(paths, input.files.length, version, options);
  const setKey = cache ? inputSetKey(input, JSON.stringify({ title: options.title ?? null })) : '';
  const resultFile = cache ? briefingCacheFile(cache.file) : '';
  let articleCount = input.files.length;
  const timings = (phases: Record<string, number | boolean>) => {
    // BRIEFING_TIMINGS=1: one line on stderr with the time of each phase (read by scripts/bench.mjs).
    if (process.env.BRIEFING_TIMINGS) process.stderr.write(`briefing-timings ${JSON.stringify({ articles: articleCount, ...phases })}\n`);
  };
  if (cache) {
    const hit = await readBriefingCache(resultFile, version, setKey, input);
    if (hit) {
      articleCount = hit.articles.length;
      options.onProgress?.({ phase: 'extract', done: hit.articles.length, total: hit.articles.length });
      timings({ load: Math.round(performance.now() - t0), extract: 0, merge: 0, workers: 0, resultCache: true });
      return hit;
    }
  }
  // Extractors and merge load only when something must be built (a re-open of an unchanged story needs neither).
  const { buildFromInput } = await import('./pipeline-build.js');
  const { briefing, articles, problems, phases } = await buildFromInput(input, cache, { ...options, resultFile, version, setKey });
  articleCount = articles.length;
  timings({ load: Math.round(phases.ready - t0), extract: Math.round(phases.extracted - phases.ready), merge: Math.round(phases.merged - phases.extracted), workers: phases.workers, resultCache: false });
  const opened: OpenedBriefing = { briefing, articles, problems };
  if (phases.written) {
    // The JSON export was just written into the result cache: an export reads it back (checked) rather than render it
    // a second time. Not enumerable and read only when asked: the reader never loads it.
    let json: Uint8Array | undefined | null = null;
    Object.defineProperty(opened, 'briefingJson', { configurable: true, enumerable: false, get: () => (json === null ? (json = readCachedBriefingJson(resultFile, version, setKey)) : json) });
  }
  return opened;
}

async function openCache(paths: string[], total: number, version: string, options: OpenOptions): Promise<ExtractionCache | null> {
  const dir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  if (!dir || total === 0) return null;
  try {
    return await ExtractionCache.open(paths, { dir, version });
  } catch {
    return null;
  }
}

