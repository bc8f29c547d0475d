import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { sampleTexts, variedArticle } from '../../scripts/bench/corpus.mjs';
import { ROOT, runBriefing } from '../helpers.js';

// The real binary (bundled by the pretest build): extraction over worker threads must give the same briefing
// as extraction on the main thread.
describe.skipIf(!existsSync(path.join(ROOT, 'dist', 'extract-worker.js')))('worker-thread extraction', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'briefing-parallel-test-'));
    const samples = sampleTexts(ROOT);
    for (let i = 0; i < 24; i++) {
      const a = variedArticle(samples, i);
      writeFileSync(path.join(dir, a.name), a.text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same JSON export over worker threads as on the main thread', () => {
    const single = runBriefing(['export', dir, '--format', 'json', '--no-cache'], { env: { BRIEFING_WORKERS: '0' } });
    const parallel = runBriefing(['export', dir, '--format', 'json', '--no-cache'], { env: { BRIEFING_WORKERS: '3', BRIEFING_TIMINGS: '1' } });
    expect(single.code).toBe(0);
    expect(parallel.code).toBe(0);
    expect(JSON.parse(parallel.stdout).articles).toHaveLength(24);
    expect(parallel.stderr).toMatch(/briefing-timings .*"workers":2\b/); // 24 articles: two batches of 16 at most
    expect(parallel.stdout).toBe(single.stdout);
  }, 120_000);

  it('uses its workers also when the program was started with --input-type (node --input-type=module -e …)', () => {
    const cli = pathToFileURL(path.join(ROOT, 'dist', 'cli.js')).href;
    const script = `const { main } = await import(${JSON.stringify(cli)}); process.exitCode = await main(process.argv.slice(1));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, 'export', dir, '--format', 'json', '--no-cache'], {
      encoding: 'utf8',
      env: { ...process.env, BRIEFING_WORKERS: '2', BRIEFING_TIMINGS: '1', BRIEFING_DEBUG: '1' },
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/worker threads failed/);
    expect(r.stderr).toMatch(/briefing-timings .*"workers":2\b/);
    expect(JSON.parse(r.stdout).articles).toHaveLength(24);
  }, 120_000);
});
