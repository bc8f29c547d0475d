import { mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBriefing, type Progress } from '../../src/pipeline.js';
import { briefingToJson } from '../../src/export/json.js';
import { sampleCopy } from '../helpers.js';

/** Open a folder; returns the briefing JSON and how many articles came from the cache (the first extract report). */
async function open(dir: string, cacheDir: string | null, { keepResult = false } = {}) {
  // Most tests look at the extraction cache: drop the whole-result cache first unless asked to keep it.
  if (cacheDir && !keepResult) for (const f of cacheFiles(cacheDir, 'briefing-')) rmSync(path.join(cacheDir, f));
  let cached = -1;
  let merged = false;
  const onProgress = (p: Progress) => {
    if (p.phase === 'extract' && cached < 0) cached = p.done;
    if (p.phase === 'merge') merged = true;
  };
  const opened = await openBriefing([dir], { cacheDir, onProgress, workers: 0 });
  return { json: briefingToJson(opened.briefing), cached, merged, total: opened.articles.length, articles: opened.articles };
}

const cacheFiles = (cacheDir: string, prefix = 'extractions-') => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.startsWith(prefix) && f.endsWith('.cache')) : []);

describe('extraction cache', () => {
  let tmp: string;
  let input: string;
  let cacheDir: string;
  beforeEach(() => ({ tmp, input, cacheDir } = sampleCopy('briefing-cache-test-')));
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('a second open takes every extraction from the cache, with the same briefing', async () => {
    const first = await open(input, cacheDir);
    expect(first.cached).toBe(0);
    expect(cacheFiles(cacheDir)).toHaveLength(1);
    const second = await open(input, cacheDir);
    expect(second.cached).toBe(second.total);
    expect(second.json).toBe(first.json);
    expect(second.json).toBe((await open(input, null)).json);
  });

  it('re-extracts only the changed and the new files', async () => {
    await open(input, cacheDir);
    const names = readdirSync(input).sort();
    const changed = path.join(input, names[1]!);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/Pakistan/g, 'Nepal'));
    writeFileSync(path.join(input, 'zz-new.txt'), '"We will respond," the minister said on Friday. Talks are planned for next week in Geneva.\n');
    const after = await open(input, cacheDir);
    expect(after.total).toBe(names.length + 1);
    expect(after.cached).toBe(names.length - 1);
    expect(after.json).toBe((await open(input, null)).json);
    expect(after.json).toContain('Nepal');
  });

  it('a corrupt cache file is rebuilt, never trusted', async () => {
    const clean = (await open(input, cacheDir)).json;
    const file = path.join(cacheDir, cacheFiles(cacheDir)[0]!);
    const bytes = readFileSync(file);
    // Change one byte of the body: the checksum no longer matches.
    const i = bytes.indexOf(Buffer.from('"text":"')) + 10;
    bytes[i] = bytes[i] === 0x41 ? 0x42 : 0x41;
    writeFileSync(file, bytes);
    const again = await open(input, cacheDir);
    expect(again.cached).toBe(0);
    expect(again.json).toBe(clean);
    // Rewritten: the next open uses it again.
    expect((await open(input, cacheDir)).cached).toBe(again.total);
    // Truncated, empty, garbage: all rebuilt.
    for (const content of [bytes.subarray(0, bytes.length >> 1), Buffer.alloc(0), Buffer.from('not a cache\n{}')]) {
      writeFileSync(file, content);
      const r = await open(input, cacheDir);
      expect(r.cached).toBe(0);
      expect(r.json).toBe(clean);
    }
  });

  it('an entry that does not fit its article is not used even when the checksum matches', async () => {
    const clean = (await open(input, cacheDir)).json;
    const file = path.join(cacheDir, cacheFiles(cacheDir)[0]!);
    const raw = readFileSync(file, 'utf8');
    const nl = raw.indexOf('\n');
    const header = JSON.parse(raw.slice(0, nl));
    // One line per entry: key, tab, extraction as JSON.
    const lines = raw.slice(nl + 1).split('\n').filter(Boolean).map((line) => {
      const tab = line.indexOf('\t');
      const e = JSON.parse(line.slice(tab + 1));
      for (const q of e.quotes) q.text = 'words the article never said';
      return `${line.slice(0, tab)}\t${JSON.stringify(e)}\n`;
    });
    const newBody = Buffer.from(lines.join(''));
    const { createHash } = await import('node:crypto');
    header.bodySha1 = createHash('sha1').update(newBody).digest('hex');
    header.bodyLength = newBody.length;
    writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), newBody]));
    const r = await open(input, cacheDir);
    expect(r.json).toBe(clean);
    expect(r.json).not.toContain('words the article never said');
  });

  it('a cache written by other extraction code (stale version) is rebuilt', async () => {
    await open(input, cacheDir);
    const file = path.join(cacheDir, cacheFiles(cacheDir)[0]!);
    const raw = readFileSync(file, 'utf8');
    const nl = raw.indexOf('\n');
    const header = JSON.parse(raw.slice(0, nl));
    header.codeVersion = 'some-older-build';
    writeFileSync(file, `${JSON.stringify(header)}\n${raw.slice(nl + 1)}`);
    expect((await open(input, cacheDir)).cached).toBe(0);
    expect((await open(input, cacheDir)).cached).toBeGreaterThan(0);
  });

  it('is never written inside an input folder, and cacheDir null disables it', async () => {
    const inside = path.join(input, 'cache-here');
    mkdirSync(inside);
    await open(input, inside);
    expect(readdirSync(inside)).toEqual([]);
    const none = await open(input, null);
    expect(none.cached).toBe(0);
  });

  it('the same articles opened again come back whole from the result cache; any change builds again', async () => {
    const first = await open(input, cacheDir, { keepResult: true });
    expect(first.merged).toBe(true);
    expect(cacheFiles(cacheDir, 'briefing-')).toHaveLength(1);
    const again = await open(input, cacheDir, { keepResult: true });
    expect(again.merged).toBe(false);
    expect(again.json).toBe(first.json);
    expect(again.articles.map((a) => [a.id, a.published, a.publishedInferred])).toEqual(first.articles.map((a) => [a.id, a.published, a.publishedInferred]));
    // A changed file: built again (from the extraction cache for the others), and the result matches a fresh build.
    const names = readdirSync(input).sort();
    const changed = path.join(input, names[0]!);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/India/g, 'Bhutan'));
    const after = await open(input, cacheDir, { keepResult: true });
    expect(after.merged).toBe(true);
    expect(after.json).toBe((await open(input, null)).json);
    // A corrupt result file is not used.
    const file = path.join(cacheDir, cacheFiles(cacheDir, 'briefing-')[0]!);
    const bytes = readFileSync(file);
    bytes[bytes.length - 20] ^= 0x01;
    writeFileSync(file, bytes);
    const fixed = await open(input, cacheDir, { keepResult: true });
    expect(fixed.merged).toBe(true);
    expect(fixed.json).toBe(after.json);
  });
});
