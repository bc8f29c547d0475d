/**
 * What a folder of downloads can hold besides bad text: huge files, odd names, links that loop,
 * files nobody may read, FIFOs and devices. Generated here (nothing huge is committed), checked
 * through the real binary: a briefing of the rest, one line per bad file, never a hang.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadArticles, MAX_FILE_BYTES } from '../../src/load/index.js';
import type { Briefing } from '../../src/model.js';
import { runBriefing, SAMPLE } from '../helpers.js';

const tmp = (name = 'fs') => mkdtempSync(path.join(os.tmpdir(), `briefing-${name}-`));
const GOOD = path.join(SAMPLE, readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort()[0]!);
const isRoot = process.getuid?.() === 0;
const ARTICLE = 'Bridge reopens\n\n"The bridge is safe," said Mayor Ana Ruiz on Monday.\n';

function exportJson(args: string[], cwd?: string) {
  const r = runBriefing(['export', '--format', 'json', ...args], { cwd, env: { BRIEFING_CACHE_DIR: path.join(tmp('cache'), 'c') } });
  const doc = r.code === 0 ? (JSON.parse(r.stdout) as Briefing) : null;
  return { ...r, doc, lines: r.stderr.trimEnd().split('\n').filter(Boolean) };
}

describe('huge inputs', () => {
  it('a 200 MB file is not read: one line with its size and the limit; the rest loads', () => {
    const dir = tmp('huge');
    const big = path.join(dir, 'huge.txt');
    // Sparse: 200 MB on paper, nothing on disk. Refused from its size, before any read.
    closeSync(openSync(big, 'w'));
    execFileSync('truncate', ['-s', '200M', big]);
    copyFileSync(GOOD, path.join(dir, 'good.txt'));
    const r = exportJson([dir]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([`briefing: ${big}: file is 200 MB, over the ${MAX_FILE_BYTES / 1048576} MB limit; skipped`]);
    expect(r.doc!.articles.map((a) => path.basename(a.path))).toEqual(['good.txt']);
  });

  it('a single 50 MB line is refused by size, alone: exit 1, one line', () => {
    const dir = tmp('line');
    const file = path.join(dir, 'one-line.txt');
    const fd = openSync(file, 'w');
    const chunk = Buffer.alloc(1 << 20, 'word '); // 1 MB, no newline
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
    const r = exportJson([file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`briefing: ${file}: file is 50 MB, over the ${MAX_FILE_BYTES / 1048576} MB limit; skipped\n`);
  });

  it('a long single line under the limit is read in bounded time', () => {
    const dir = tmp('longline');
    const file = path.join(dir, 'long.txt');
    const words = ['the', 'council', 'met', 'in', 'Paris', 'and', 'said', '"we', 'agreed,"', 'Ana', 'Ruiz'];
    writeFileSync(file, `One long line ${Array.from({ length: 8_000 }, (_, i) => words[(i * 7) % words.length]).join(' ')}`);
    const t = Date.now();
    const r = exportJson([file]);
    expect(r.code).toBe(0);
    expect(Date.now() - t).toBeLessThan(15_000);
  });

  it('limits on file size, total size and article count are applied with one message each', async () => {
    const dir = tmp('limits');
    for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, `a${i}.txt`), ARTICLE.replace('Monday', `Monday ${i}`));
    writeFileSync(path.join(dir, 'big.txt'), `Big one\n\n${'x '.repeat(3000)}`);
    const bySize = await loadArticles([dir], { limits: { fileBytes: 1000 } });
    expect(bySize.articles).toHaveLength(5);
    expect(bySize.problems).toEqual([{ path: path.join(dir, 'big.txt'), reason: 'file is 0.0 MB, over the 0.0 MB limit; skipped' }]);
    const byCount = await loadArticles([dir], { limits: { articles: 3 } });
    expect(byCount.articles.map((a) => path.basename(a.path))).toEqual(['a0.txt', 'a1.txt', 'a2.txt']);
    expect(byCount.problems).toEqual([{ path: dir, reason: 'more than 3 articles; only the first 3 (by path) were read' }]);
    const byTotal = await loadArticles([dir], { limits: { totalBytes: 200 } });
    expect(byTotal.articles.length).toBeLessThan(6);
    expect(byTotal.problems).toHaveLength(1);
    expect(byTotal.problems[0]!.reason).toMatch(/of articles in all; \d more file\(s\) not read$/);
  });

  it('standard input over the limit is refused with one message', async () => {
    const { articles, problems } = await loadArticles(['-'], { stdin: Readable.from([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')]), limits: { fileBytes: 1000 } });
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ path: '-', reason: 'standard input is over the 0.0 MB limit; not read' }]);
  });
});

describe('file names', () => {
  it('reads names with spaces, Unicode, newlines and leading dashes; shows them inert on one line', () => {
    const dir = tmp('names');
    const names = ['with spaces.txt', 'статья 記事 ✓.txt', 'new\nline.txt', '-rf.txt', '--help.md', 'esc\u001b[31mred.txt'];
    for (const n of names) writeFileSync(path.join(dir, n), ARTICLE.replace('Monday', `Monday (${n.length})`));
    writeFileSync(path.join(dir, 'bad\nname\u001b]0;x\u0007.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const r = exportJson([dir]);
    expect(r.code).toBe(0);
    expect(r.doc!.articles.map((a) => path.basename(a.path)).sort()).toEqual([...names].sort());
    // The unreadable one is named with its controls made visible, on exactly one line.
    expect(r.lines).toEqual([`briefing: ${dir}/bad\\nname\\x1b]0;x\\x07.txt: not a text file (PNG image)`]);
    // Text output: names never break a line or reach the terminal raw.
    const text = runBriefing([dir], { env: { BRIEFING_CACHE_DIR: path.join(dir, '.c') } });
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('a file named like an option is read after --, or as ./-name', () => {
    const dir = tmp('dash');
    writeFileSync(path.join(dir, '-rf.txt'), ARTICLE);
    for (const args of [['--', '-rf.txt'], ['./-rf.txt']]) {
      const r = exportJson(args, dir);
      expect(r.code).toBe(0);
      expect(r.doc!.articles).toHaveLength(1);
    }
    const r = exportJson(['-rf.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('briefing: unknown option -r (see briefing --help)\n');
  });
});

describe('links, permissions, FIFOs and devices', () => {
  it('symbolic link loops and dangling links: named once each, the rest loads', () => {
    const dir = tmp('loops');
    copyFileSync(GOOD, path.join(dir, 'good.txt'));
    symlinkSync('.', path.join(dir, 'loop'));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync('self.txt', path.join(dir, 'self.txt'));
    symlinkSync('b.txt', path.join(dir, 'a.txt'));
    symlinkSync('a.txt', path.join(dir, 'b.txt'));
    symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt'));
    symlinkSync('good.txt', path.join(dir, 'same-as-good.txt'));
    const r = exportJson([dir]);
    expect(r.code).toBe(0);
    // The link to good.txt is the same file: read once.
    expect(r.doc!.articles.map((a) => path.basename(a.path))).toEqual(['good.txt']);
    expect(r.lines.sort()).toEqual([
      `briefing: ${dir}/a.txt: symbolic link loop`,
      `briefing: ${dir}/b.txt: symbolic link loop`,
      `briefing: ${dir}/dangling.txt: broken symbolic link`,
      `briefing: ${dir}/self.txt: symbolic link loop`,
    ]);
  });

  it('a file that cannot be read (I/O error) is named and skipped', () => {
    const dir = tmp('eio');
    copyFileSync(GOOD, path.join(dir, 'good.txt'));
    // /proc/self/mem is a regular file that fails at the first read, even for root.
    symlinkSync('/proc/self/mem', path.join(dir, 'locked.txt'));
    const r = exportJson([dir]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([`briefing: ${dir}/locked.txt: input/output error`]);
  });

  it.skipIf(isRoot)('a file without read permission is named and skipped (not testable as root)', () => {
    const dir = tmp('perm');
    copyFileSync(GOOD, path.join(dir, 'good.txt'));
    writeFileSync(path.join(dir, 'secret.txt'), ARTICLE);
    chmodSync(path.join(dir, 'secret.txt'), 0);
    const r = exportJson([dir]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([`briefing: ${dir}/secret.txt: permission denied`]);
  });

  it('a FIFO in a folder or on the command line, and a device, are never opened (no hang)', () => {
    const dir = tmp('fifo');
    copyFileSync(GOOD, path.join(dir, 'good.txt'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const t = Date.now();
    const r = exportJson([dir, path.join(dir, 'pipe.txt'), '/dev/zero']);
    expect(Date.now() - t).toBeLessThan(15_000);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      `briefing: ${dir}/pipe.txt: not a regular file (device, FIFO or socket); skipped`,
      `briefing: ${dir}/pipe.txt: not a regular file (device, FIFO or socket); skipped`,
      'briefing: /dev/zero: not a regular file (device, FIFO or socket); skipped',
    ]);
    const alone = exportJson(['/dev/zero']);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toBe('briefing: /dev/zero: not a regular file (device, FIFO or socket); skipped\n');
  });
});

describe('HTML pages of many elements', () => {
  const para = (i: number) => `<p>Paragraph ${i}: the river rose on Sunday, officials said, and the town closed its schools.</p>`;
  it('a page of 20,000 elements, one nested 5,000 deep, and 15,000 unclosed tags load in bounded time', () => {
    const dir = tmp('html');
    // A heavy page: 20,000 elements, most of them navigation, around a 60-paragraph article.
    const nav = `<nav><ul>${Array.from({ length: 6_600 }, (_, i) => `<li><a href="/s/${i}"><span>Section ${i}</span></a></li>`).join('')}</ul></nav>`;
    const body = `<article><h1>Flat page</h1>${Array.from({ length: 60 }, (_, i) => para(i)).join('')}</article>`;
    writeFileSync(path.join(dir, 'flat.html'), `<html><head><title>Flat page</title></head><body>${nav}${body}</body></html>`);
    writeFileSync(path.join(dir, 'deep.html'), `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(5000)}<p>"Stay home," said Fire Chief Omar Haddad on Sunday.</p>${'</div>'.repeat(5000)}</body></html>`);
    writeFileSync(path.join(dir, 'unclosed.html'), `<html><body>${'<b><i><span>'.repeat(5000)}The flood "is over," said Omar Haddad.</body></html>`);
    const t = Date.now();
    const r = exportJson([dir]);
    expect(Date.now() - t).toBeLessThan(25_000);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.doc!.articles.map((a) => a.title)).toEqual(['Deep page', 'Flat page', null]);
    expect(r.doc!.quotes.map((q) => q.text).sort()).toEqual(expect.arrayContaining(['Stay home,', 'is over,']));
  }, 60_000);
});

describe('reading never changes the input', () => {
  it('content and modification time of every input are the same after a run; access time too', () => {
    const dir = tmp('ro');
    for (const f of ['a.txt', 'b.md', 'c.html']) writeFileSync(path.join(dir, f), f.endsWith('.html') ? `<html><body><p>${ARTICLE}</p></body></html>` : ARTICLE);
    const files = readdirSync(dir).sort();
    const hashes = () => files.map((f) => createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex'));
    const before = hashes();
    // Old times, access no later than modification: a plain (relatime) read would update the access time.
    const old = new Date('2001-02-03T04:05:06Z');
    for (const f of files) utimesSync(path.join(dir, f), old, old);
    const times = () => files.map((f) => {
      const st = statSync(path.join(dir, f));
      return { f, mtime: st.mtimeMs, atime: st.atimeMs, size: st.size };
    });
    const beforeTimes = times();
    const r = exportJson([dir]);
    expect(r.code).toBe(0);
    expect(times()).toEqual(beforeTimes);
    expect(hashes()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.md', 'c.html']);
  });
});
