/**
 * Re-opening a story through the result cache: the files are read and hashed but not parsed again, so the cache must
 * give back exactly what a fresh build gives (articles, texts, line starts, every problem in its place) and must
 * notice any changed, added, removed or renamed file, whatever its size and modification time say.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBriefing, type OpenedBriefing, type Progress } from '../../src/pipeline.js';
import { briefingToJson } from '../../src/export/json.js';
import { asciiOnly, bodyText, jsonPieces } from '../../src/cache/cache-file.js';
import { ROOT, runBriefing, SAMPLE, sampleCopy } from '../helpers.js';

const BAD = path.join(ROOT, 'tests', 'fixtures', 'bad');

/** Open with the given cache folder; `fromResult` tells whether the result cache answered (no merge ran). */
async function open(dir: string, cacheDir: string | null) {
  let merged = false;
  const onProgress = (p: Progress) => {
    if (p.phase === 'merge') merged = true;
  };
  // A file over 200 KB is refused when read: a problem of reading, between those of the texts.
  const opened = await openBriefing([dir], { cacheDir, onProgress, workers: 0, limits: { fileBytes: 200_000 } });
  return Object.assign(opened, { fromResult: !merged });
}

/** Everything a user of the articles sees, texts and line starts included (lazy properties read). */
const articleView = (o: OpenedBriefing) => o.articles.map((a) => ({ ...a, text: a.text, lineStarts: [...a.lineStarts] }));

describe('re-open through the result cache', () => {
  let tmp: string;
  let input: string;
  let cacheDir: string;
  beforeEach(() => ({ tmp, input, cacheDir } = sampleCopy('briefing-reopen-test-')));
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('gives back the same articles, texts, line starts and problems as a fresh build, problems in their place', async () => {
    // Files with problems of the text (binary, bad front matter, empty) between articles, and one of the filesystem.
    const names = ['damaged-utf8.txt', 'random-bytes.txt', 'front-matter-bad-yaml.md', 'empty.txt', 'lone-cr.txt', 'html-scripts.html', 'utf16le-bom.txt'];
    for (const n of names) copyFileSync(path.join(BAD, n), path.join(input, `m-${n}`));
    symlinkSync(path.join(tmp, 'nowhere.txt'), path.join(input, 'b-dangling.txt'));
    writeFileSync(path.join(input, 'm-z-too-big.txt'), `Too big\n\n${'word '.repeat(50_000)}`);
    const fresh = await open(input, null);
    // In the order of the files, whether met while reading (too big) or in the text (empty, binary).
    const order = fresh.problems.map((p) => path.basename(p.path));
    expect(order).toEqual(expect.arrayContaining(['b-dangling.txt', 'm-z-too-big.txt', 'm-empty.txt', 'm-random-bytes.txt']));
    expect(order).toEqual([...order].sort());
    const first = await open(input, cacheDir);
    expect(first.fromResult).toBe(false);
    const again = await open(input, cacheDir);
    expect(again.fromResult).toBe(true);
    // The cached JSON export is the export of the briefing, byte for byte: read back after a build (only when asked:
    // not an enumerable property), and given by a re-open.
    expect(Object.keys(first)).not.toContain('briefingJson');
    expect(Buffer.from(first.briefingJson!).toString('utf8')).toBe(briefingToJson(fresh.briefing));
    expect(Buffer.from(again.briefingJson!).toString('utf8')).toBe(briefingToJson(fresh.briefing));
    for (const o of [first, again]) {
      expect(o.problems).toEqual(fresh.problems);
      expect(articleView(o)).toEqual(articleView(fresh));
      expect(briefingToJson(o.briefing)).toBe(briefingToJson(fresh.briefing));
    }
    // A problem of the filesystem is met anew on each open, not remembered: the dangling link gone, its line gone.
    rmSync(path.join(input, 'b-dangling.txt'));
    const third = await open(input, cacheDir);
    expect(third.fromResult).toBe(true);
    expect(third.problems).toEqual(fresh.problems.filter((p) => !p.path.endsWith('b-dangling.txt')));
  });

  it('notices a changed file even with the same size and modification time', async () => {
    await open(input, cacheDir);
    const name = readdirSync(input).sort()[2]!;
    const file = path.join(input, name);
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const swapped = text.replace('Pakistan', 'Pakistam');
    expect(swapped).not.toBe(text);
    expect(Buffer.byteLength(swapped)).toBe(before.size);
    writeFileSync(file, swapped);
    utimesSync(file, before.atime, before.mtime);
    const after = await open(input, cacheDir);
    expect(after.fromResult).toBe(false);
    expect(after.articles.find((a) => a.path === file)!.text).toContain('Pakistam');
    expect(briefingToJson(after.briefing)).toBe(briefingToJson((await open(input, null)).briefing));
  });

  it('notices an added, a removed and a renamed file', async () => {
    await open(input, cacheDir);
    expect((await open(input, cacheDir)).fromResult).toBe(true);
    const names = readdirSync(input).sort();
    const changes: Array<() => void> = [
      () => writeFileSync(path.join(input, 'zz-added.txt'), 'Talks resume\n\n"We will talk," the minister said on Friday.\n'),
      () => rmSync(path.join(input, names[0]!)),
      () => renameSync(path.join(input, names[1]!), path.join(input, `renamed-${names[1]}`)),
    ];
    for (const change of changes) {
      change();
      const after = await open(input, cacheDir);
      expect(after.fromResult).toBe(false);
      const clean = await open(input, null);
      expect(after.articles.map((a) => a.path)).toEqual(clean.articles.map((a) => a.path));
      expect(briefingToJson(after.briefing)).toBe(briefingToJson(clean.briefing));
      expect((await open(input, cacheDir)).fromResult).toBe(true);
    }
  });

  it('a result cache that does not check out is rebuilt, never used', async () => {
    const clean = briefingToJson((await open(input, null)).briefing);
    await open(input, cacheDir);
    const file = path.join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith('briefing-'))!);
    const good = readFileSync(file);
    const nl = good.indexOf(10);
    const header = JSON.parse(good.subarray(0, nl).toString());
    const damaged: Buffer[] = [
      good.subarray(0, good.length - 100), // truncated
      Buffer.concat([good.subarray(0, nl + 1), Buffer.from(good.subarray(nl + 1).toString().replace('"a1"', '"a2"'))]), // a byte changed
      Buffer.from(`${JSON.stringify({ ...header, setKey: 'another set of files' })}\n${good.subarray(nl + 1).toString()}`), // another key
      Buffer.from(`${JSON.stringify({ ...header, codeVersion: 'older code' })}\n${good.subarray(nl + 1).toString()}`), // other code
    ];
    for (const bytes of damaged) {
      writeFileSync(file, bytes);
      const r = await open(input, cacheDir);
      expect(r.fromResult).toBe(false);
      expect(briefingToJson(r.briefing)).toBe(clean);
      expect((await open(input, cacheDir)).fromResult).toBe(true);
    }
  });
});

describe('extraction cache lines', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'briefing-lines-test-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('a damaged line (no key) makes the whole file unused; a line of bad JSON only its own article re-extracted', async () => {
    const input = path.join(tmp, 'story');
    const cacheDir = path.join(tmp, 'cache');
    cpSync(SAMPLE, input, { recursive: true });
    const extracted = (p: Progress[]) => p.find((x) => x.phase === 'extract')!.done;
    const run = async () => {
      for (const f of existsSync(cacheDir) ? readdirSync(cacheDir) : []) if (f.startsWith('briefing-')) rmSync(path.join(cacheDir, f));
      const seen: Progress[] = [];
      const o = await openBriefing([input], { cacheDir, workers: 0, onProgress: (p) => seen.push(p) });
      return { json: briefingToJson(o.briefing), cached: extracted(seen), total: o.articles.length };
    };
    const clean = (await run()).json;
    const file = path.join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith('extractions-'))!);
    const rewrite = (edit: (lines: string[]) => string[]) => {
      const raw = readFileSync(file, 'latin1');
      const nl = raw.indexOf('\n');
      const header = JSON.parse(raw.slice(0, nl));
      const body = Buffer.from(edit(raw.slice(nl + 1).split('\n').filter(Boolean)).map((l) => `${l}\n`).join(''), 'latin1');
      header.bodySha1 = createHash('sha1').update(body).digest('hex');
      header.bodyLength = body.length;
      writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
    };
    rewrite((lines) => lines.map((l, i) => (i === 0 ? l.replace('\t', ' ') : l)));
    let r = await run();
    expect(r.cached).toBe(0);
    expect(r.json).toBe(clean);
    rewrite((lines) => lines.map((l, i) => (i === 1 ? `${l.slice(0, l.indexOf('\t'))}\t{"actors":[` : l)));
    r = await run();
    expect(r.cached).toBe(r.total - 1);
    expect(r.json).toBe(clean);
    expect((await run()).cached).toBe(r.total);
  });
});

describe('cache file pieces', () => {
  const data = fc.jsonValue({ maxDepth: 5 });
  it('the pieces of a value join to JSON.stringify of it, at any depth', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value));
      }),
    );
    const withUndefined = { a: undefined, b: [undefined, 1], c: { d: undefined, e: 'x' } };
    expect([...jsonPieces(withUndefined, 3)].join('')).toBe(JSON.stringify(withUndefined));
  });

  it('ASCII-only JSON reads back to the same value, through a Latin-1 read of its bytes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'binary' }), (value, s) => {
        for (const v of [value, s, { s, quote: 'Pakistan’s “Prime Minister” 🙂 \u2028' }]) {
          const text = asciiOnly(JSON.stringify(v));
          expect(/^[\0-\x7f]*$/.test(text)).toBe(true);
          expect(JSON.parse(bodyText(Buffer.from(text, 'utf8')))).toEqual(JSON.parse(JSON.stringify(v)));
        }
      }),
    );
  });
});

describe('export from the result cache, through the real binary', () => {
  it('writes the same JSON as a build without cache, filtered or not', () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'briefing-reopen-bin-'));
    try {
      const env = { BRIEFING_CACHE_DIR: cache, BRIEFING_TIMINGS: '1' };
      for (const extra of [[], ['--top', '3']]) {
        const clean = runBriefing(['export', SAMPLE, '--format', 'json', '--no-cache', ...extra]);
        const cold = runBriefing(['export', SAMPLE, '--format', 'json', ...extra], { env });
        const warm = runBriefing(['export', SAMPLE, '--format', 'json', ...extra], { env });
        expect(warm.stderr).toMatch(/"resultCache":true/);
        expect([cold.code, warm.code]).toEqual([0, 0]);
        expect(cold.stdout).toBe(clean.stdout);
        expect(warm.stdout).toBe(clean.stdout);
      }
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 120_000);
});
