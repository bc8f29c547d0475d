import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openBriefing } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';

const SHARED = path.resolve(ROOT, '..', 'shared', 'eval');
const CORPUS = path.join(SHARED, 'meantime-dev');
const present = fs.existsSync(path.join(SHARED, 'score.mjs')) && fs.existsSync(path.join(CORPUS, 'gold.json'));

/** The shared scorer's actors figures on real Wikinews articles (skipped where ../shared/eval does not exist). */
describe.skipIf(!present)('actors on the MEANTIME development corpus (shared scorer)', () => {
  test('recall >= 0.85 and precision >= 0.80', async () => {
    const { briefing } = await openBriefing([path.join(CORPUS, 'articles')]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'actors-eval-')), 'export.json');
    fs.writeFileSync(file, JSON.stringify(briefing));
    const r = spawnSync(process.execPath, [path.join(SHARED, 'score.mjs'), 'actors', '--corpus', CORPUS, '--json', file], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const last = r.stdout.trim().split('\n').at(-1)!;
    const m = /recall ([\d.]+) .* precision ([\d.]+)/.exec(last);
    expect(m, last).not.toBeNull();
    expect(Number(m![1]), last).toBeGreaterThanOrEqual(0.85);
    expect(Number(m![2]), last).toBeGreaterThanOrEqual(0.8);
  }, 60_000);
});
