import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

// The shared development corpus (MEANTIME, Wikinews) with gold DATE values; absent outside the team's machines.
const EVAL = path.resolve(ROOT, '..', 'shared', 'eval');
const CORPUS = path.join(EVAL, 'meantime-dev');
const available = existsSync(path.join(EVAL, 'score.mjs')) && existsSync(CORPUS) && existsSync(BIN);

describe.skipIf(!available)('timeline on real news (../shared/eval/meantime-dev)', () => {
  test('recall and precision of resolved dates are at least 0.75 by the shared scorer', () => {
    const r = spawnSync(process.execPath, [path.join(EVAL, 'score.mjs'), 'timeline', '--corpus', CORPUS, '--cmd', `node ${JSON.stringify(BIN)}`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const m = /timeline: recall ([\d.]+) precision ([\d.]+)/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(0.75);
    expect(Number(m![2])).toBeGreaterThanOrEqual(0.75);
  }, 60_000);
});
