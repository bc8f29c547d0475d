import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, Extraction } from '../model.js';
import { extractArticle, type ExtractSettings } from '../extract/index.js';
import type { WorkerReply, WorkerRequest } from './extract-worker.js';

/** Below this many articles extraction stays on the main thread (starting workers costs more than it saves). */
export const PARALLEL_MIN_ARTICLES = 64;
const BATCH = 16;

/** The bundled worker script next to this chunk in dist/; null when running unbundled (tests, tsx). */
function workerScript(): URL | null {
  const url = new URL('./extract-worker.js', import.meta.url);
  try {
    return existsSync(fileURLToPath(url)) && !import.meta.url.endsWith('.ts') ? url : null;
  } catch {
    return null;
  }
}

/** How many worker threads to use: $BRIEFING_WORKERS when set (0 = none), else one per core (at most 8). */
export function workerCount(articles: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.BRIEFING_WORKERS;
  if (forced !== undefined && forced !== '' && /^\d+$/.test(forced)) return Math.min(Number(forced), 32);
  if (articles < PARALLEL_MIN_ARTICLES) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cores < 2) return 0;
  return Math.min(cores, 8, Math.ceil(articles / BATCH));
}

/**
 * The parent's Node options for a worker, but --input-type: a worker inherits them, and with that option (a program
 * started as `node --input-type=module -e …`) a worker given a file refuses to start.
 */
export function workerExecArgv(execArgv: string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (a === '--input-type') i++;
    else if (!a.startsWith('--input-type=')) out.push(a);
  }
  return out;
}

export interface ExtractOptions {
  /** Called after each batch with the number of articles done so far. */
  onProgress?: (done: number) => void;
  workers?: number;
  settings?: ExtractSettings;
}

/** Worker threads used by the last extractAll (0: main thread), for BRIEFING_TIMINGS and the benchmark. */
export let lastWorkerCount = 0;

/** Extract every article, over worker threads for large inputs. Results are in the order of `articles`. */
export async function extractAll(articles: Article[], options: ExtractOptions = {}): Promise<Extraction[]> {
  const n = options.workers ?? workerCount(articles.length);
  const script = n > 0 ? workerScript() : null;
  lastWorkerCount = 0;
  const settings = options.settings ?? {};
  if (!script || articles.length === 0) return extractInProcess(articles, settings, options.onProgress);
  lastWorkerCount = Math.min(n, Math.ceil(articles.length / BATCH));
  try {
    return await extractInWorkers(articles, settings, lastWorkerCount, script, options.onProgress);
  } catch (e) {
    // A worker that cannot start or dies (its script replaced by a rebuild, out of memory…): do the work here.
    // An error of the extractors themselves comes back the same way from the main thread.
    if (process.env.BRIEFING_DEBUG) process.stderr.write(`briefing: worker threads failed (${(e as Error).message}); extracting on the main thread\n`);
    lastWorkerCount = 0;
    return extractInProcess(articles, settings, options.onProgress);
  }
}

function extractInProcess(articles: Article[], settings: ExtractSettings, onProgress?: (done: number) => void): Extraction[] {
  const out: Extraction[] = [];
  for (const a of articles) {
    out.push(extractArticle(a, settings));
    if (onProgress && out.length % BATCH === 0) onProgress(out.length);
  }
  onProgress?.(out.length);
  return out;
}

function extractInWorkers(articles: Article[], settings: ExtractSettings, count: number, script: URL, onProgress?: (done: number) => void): Promise<Extraction[]> {
  const results = new Array<Extraction[] | undefined>(Math.ceil(articles.length / BATCH));
  let next = 0;
  let done = 0;
  let finished = 0;
  const workers: Worker[] = [];
  return new Promise<Extraction[]>((resolve, reject) => {
    let failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(e);
    };
    const retired = new Set<Worker>();
    const feed = (w: Worker) => {
      if (next >= results.length) {
        retired.add(w);
        void w.terminate();
        return;
      }
      const batch = next++;
      w.postMessage({ batch, articles: articles.slice(batch * BATCH, (batch + 1) * BATCH), settings } satisfies WorkerRequest);
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(script, { stdout: false, stderr: false, execArgv: workerExecArgv() });
      workers.push(w);
      w.on('message', (reply: WorkerReply) => {
        if ('error' in reply) {
          fail(new Error(`extraction failed: ${reply.error}`));
          return;
        }
        results[reply.batch] = reply.extractions;
        done += reply.extractions.length;
        finished++;
        onProgress?.(done);
        if (finished === results.length) {
          for (const x of workers) {
            retired.add(x);
            void x.terminate();
          }
          resolve(results.flatMap((r) => r ?? []));
          return;
        }
        feed(w);
      });
      w.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
      w.on('exit', (code) => {
        if (code !== 0 && !failed && !retired.has(w)) fail(new Error(`extraction worker stopped (exit ${code})`));
      });
      feed(w);
    }
  });
}
