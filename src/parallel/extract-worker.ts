// Worker thread entry (bundled as dist/extract-worker.js): extracts the articles it is sent, one batch at a time.
import { parentPort } from 'node:worker_threads';
import type { Article, Extraction } from '../model.js';
import { extractArticle, type ExtractSettings } from '../extract/index.js';

export interface WorkerRequest {
  batch: number;
  articles: Article[];
  settings: ExtractSettings;
}

export type WorkerReply = { batch: number; extractions: Extraction[] } | { batch: number; error: string };

parentPort?.on('message', (msg: WorkerRequest) => {
  try {
    parentPort!.postMessage({ batch: msg.batch, extractions: msg.articles.map((a) => extractArticle(a, msg.settings)) } satisfies WorkerReply);
  } catch (e) {
    parentPort!.postMessage({ batch: msg.batch, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) } satisfies WorkerReply);
  }
});
