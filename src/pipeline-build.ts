/**
 * The part of the pipeline that builds a briefing from files that are not in the result cache: parse the articles,
 * infer missing publication dates, extract (cached extractions reused, the rest over worker threads when there are
 * many), merge, and write the result cache. Loaded by src/pipeline.ts only when it must build, so that opening an
 * unchanged story does not load the extractors and the merge.
 */
import type { Article, Briefing, Extraction, LoadProblem } from './model.js';
import { parseInputFilesDetailed, type InputFiles } from './load/index.js';
import { buildBriefing } from './briefing/index.js';
import { inferPublicationDates } from './briefing/publication-dates.js';
import { extractAll, lastWorkerCount } from './parallel/pool.js';
import type { ExtractionCache } from './cache/extraction-cache.js';
import { writeBriefingCache } from './cache/briefing-cache.js';
import { writesArchiveQuotes } from './extract/quotes/quote-marks.js';
import type { OpenOptions } from './pipeline.js';

export interface BuildOptions extends OpenOptions {
  resultFile: string;
  version: string;
  setKey: string;
}

export interface Built {
  briefing: Briefing;
  articles: Article[];
  problems: LoadProblem[];
  /** performance.now() when the articles were ready, extracted and merged; worker threads used; result cache written. */
  phases: { ready: number; extracted: number; merged: number; workers: number; written: boolean };
}

export async function buildFromInput(input: InputFiles, cache: ExtractionCache | null, options: BuildOptions): Promise<Built> {
  const parsed = await parseInputFilesDetailed(input);
  // The bytes are in the articles' texts now.
  for (const f of input.files) f.bytes = new Uint8Array(0);
  const { problems, fileOf, fileProblems } = parsed;
  const articles = inferPublicationDates(parsed.articles);
  const ready = performance.now();
  const extractions = await extractWithCache(articles, articles.length ? cache : null, options);
  const buildProblems: LoadProblem[] = [];
  extractions.forEach((ex, i) => {
    if (ex.error) buildProblems.push({ path: articles[i]!.path, reason: `could not extract facts (${ex.error}); its text is kept, its facts left out` });
  });
  if (!options.archiveQuotes) {
    const archive = articles.filter((a) => writesArchiveQuotes(a.text, a.bodyStart, a.bodyEnd));
    if (archive.length) {
      const others = archive.length > 1 ? ` (so do ${archive.length - 1} more article${archive.length > 2 ? 's' : ''})` : '';
      buildProblems.push({ path: archive[0]!.path, reason: `writes quotes as ''…''${others}; they are read as quotes only with --archive-quotes` });
    }
  }
  problems.push(...buildProblems);
  const extracted = performance.now();
  options.onProgress?.({ phase: 'merge', done: articles.length, total: articles.length });
  const briefing = buildBriefing(articles, extractions, { title: options.title });
  // The extractions are merged: let them go before the briefing is written out.
  extractions.length = 0;
  const merged = performance.now();
  const written = cache && articles.length
    ? await writeBriefingCache(options.resultFile, options.version, options.setKey, { briefing, articles, fileOf, fileProblems, buildProblems })
    : false;
  return { briefing, articles, problems, phases: { ready, extracted, merged, workers: lastWorkerCount, written } };
}

/** Extractions of all articles: from the cache when it holds them, the rest extracted (in parallel when large). */
async function extractWithCache(articles: Article[], cache: ExtractionCache | null, options: OpenOptions): Promise<Extraction[]> {
  const total = articles.length;
  await cache?.load();
  const out = new Array<Extraction>(total);
  const todo: number[] = [];
  for (let i = 0; i < total; i++) {
    const hit = cache?.get(articles[i]!);
    if (hit) out[i] = hit;
    else todo.push(i);
  }
  cache?.endLookups();
  const cached = total - todo.length;
  options.onProgress?.({ phase: 'extract', done: cached, total });
  if (todo.length) {
    const fresh = await extractAll(
      todo.map((i) => articles[i]!),
      { workers: options.workers, settings: { archiveQuotes: options.archiveQuotes }, onProgress: (done) => options.onProgress?.({ phase: 'extract', done: cached + done, total }) },
    );
    todo.forEach((i, k) => {
      out[i] = fresh[k]!;
      if (!fresh[k]!.error) cache?.set(articles[i]!, fresh[k]!);
    });
  }
  await cache?.save();
  cache?.close();
  return out;
}
