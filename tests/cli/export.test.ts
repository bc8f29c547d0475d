import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBriefing, SAMPLE } from '../helpers.js';

describe('briefing export', () => {
  it('exports the sample as briefing/1 JSON with the dates the texts state', () => {
    const r = runBriefing(['export', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('briefing/1');
    expect(doc.articles).toHaveLength(5);
    expect(doc.articles[0].published).toBe('2025-04-29');
    expect(doc.articles[1].published).toBe('2025-04-30');
    expect(doc.quotes.length).toBeGreaterThan(5);
    for (const q of doc.quotes) expect(q.sources.length).toBeGreaterThan(0);
  });

  it('rejects an unknown format with one line and exit 2', () => {
    const r = runBriefing(['export', SAMPLE, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown format "xml"/);
  });

  it('says a missing path is missing, with a non-zero exit and no stack trace', () => {
    const r = runBriefing(['export', '/no/such/folder', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no such file or folder/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe("briefing export --archive-quotes: quotes written ''…'', as news archives do", () => {
  const story = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefing-archive-'));
    writeFileSync(path.join(dir, 'tax.md'), [
      '---', 'title: Tax plan draws fire', 'date: 2016-09-16', 'source: Archive', '---', '',
      "''This isn't tax reform,'' said Kyle Pomerleau, an economist at the Tax Foundation. ''It's anti-reform.''", '',
      "Senator Ron Wyden called the plan ''a serious start'' and said he would hold hearings.", '',
    ].join('\n'));
    writeFileSync(path.join(dir, 'budget.md'), [
      '---', 'title: Budget talks', 'date: 2016-09-17', 'source: Archive', '---', '',
      "''We will not shut the government down,'' Speaker Paul Ryan told reporters on Friday. ''Nobody wants that.''", '',
    ].join('\n'));
    return { dir, cacheDir: path.join(dir, '.cache') };
  };
  const exported = (args: string[], env: NodeJS.ProcessEnv) => {
    const r = runBriefing(['export', ...args, '--format', 'json'], { env });
    expect(r.code).toBe(0);
    return { quotes: (JSON.parse(r.stdout).quotes as Array<{ text: string; speakerName: string | null }>).map((q) => [q.text, q.speakerName]), stderr: r.stderr };
  };

  it('reads them only when asked, says so once otherwise, and the cache keeps the two readings apart', () => {
    const { dir, cacheDir } = story();
    const env = { BRIEFING_CACHE_DIR: cacheDir };
    for (let round = 0; round < 2; round++) {
      // twice each: the second time from the caches, which must not hand one reading's result to the other
      const plain = exported([dir], env);
      expect(plain.quotes).toEqual([]);
      expect(plain.stderr.trim().split('\n')).toHaveLength(1);
      expect(plain.stderr).toMatch(/writes quotes as ''…'' \(so do 1 more article\); they are read as quotes only with --archive-quotes/);
      const archive = exported([dir, '--archive-quotes'], env);
      expect(archive.stderr).toBe('');
      expect(archive.quotes).toEqual(expect.arrayContaining([
        ["This isn't tax reform,", 'Kyle Pomerleau'],
        ["It's anti-reform.", 'Kyle Pomerleau'],
        ['We will not shut the government down,', 'Paul Ryan'],
        ['Nobody wants that.', 'Paul Ryan'],
      ]));
    }
  });
});
