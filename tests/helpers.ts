import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE = path.join(ROOT, 'briefings', 'pahalgam-2025');
export const BIN = path.join(ROOT, 'bin', 'briefing.js');

/** Run the real `briefing` binary (built by `npm test`'s pretest step). */
export function runBriefing(args: string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The file name of article `id` in a briefing (for asserting which outlet a fact came from). */
export function articleFile(b: { articles: Array<{ id: string; path: string }> }, id: string): string {
  return path.basename(b.articles.find((a) => a.id === id)!.path);
}

/** A copy of the sample in a fresh temporary folder (`input`), with a cache folder beside it (`cacheDir`, not made). */
export function sampleCopy(prefix: string): { tmp: string; input: string; cacheDir: string } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), prefix));
  const input = path.join(tmp, 'story');
  cpSync(SAMPLE, input, { recursive: true });
  return { tmp, input, cacheDir: path.join(tmp, 'cache') };
}
