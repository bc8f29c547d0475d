/**
 * Nothing lost: exports replace a file atomically, never without --force, never through a link or onto
 * a device, and an interrupted write (Ctrl-c, kill) leaves the old file as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, WriteFailed, WriteRefused } from '../../src/export/write-file.js';
import { ROOT, runBriefing, SAMPLE } from '../helpers.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'briefing-write-'));

describe('writeFileAtomic', () => {
  it('writes a new file, and leaves nothing else in the folder', async () => {
    const dir = tmp();
    await writeFileAtomic(path.join(dir, 'out.md'), 'hello');
    expect(readFileSync(path.join(dir, 'out.md'), 'utf8')).toBe('hello');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('refuses to replace a file without force; with force replaces it, keeping its permissions', async () => {
    const dir = tmp();
    const f = path.join(dir, 'out.md');
    writeFileSync(f, 'old');
    chmodSync(f, 0o600);
    await expect(writeFileAtomic(f, 'new')).rejects.toThrow(new WriteRefused(`${f} already exists (use --force to replace it)`));
    expect(readFileSync(f, 'utf8')).toBe('old');
    await writeFileAtomic(f, 'new', { force: true });
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('never writes through a symbolic link (even a dangling one, even with force), and says where it points', async () => {
    const dir = tmp();
    const target = path.join(dir, 'target.txt');
    writeFileSync(target, 'keep');
    symlinkSync(target, path.join(dir, 'link.md'));
    symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling.md'));
    await expect(writeFileAtomic(path.join(dir, 'link.md'), 'x', { force: true })).rejects.toThrow(`is a symbolic link to ${target}; refusing to write through it`);
    await expect(writeFileAtomic(path.join(dir, 'dangling.md'), 'x', { force: true })).rejects.toThrow(WriteRefused);
    expect(readFileSync(target, 'utf8')).toBe('keep');
    expect(existsSync(path.join(dir, 'nowhere'))).toBe(false);
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
  });

  it('never replaces a device or a folder, even with force', async () => {
    await expect(writeFileAtomic('/dev/null', 'x', { force: true })).rejects.toThrow('/dev/null is not a regular file (device, FIFO or socket); refusing to replace it');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    const dir = tmp();
    await expect(writeFileAtomic(dir, 'x', { force: true })).rejects.toThrow(`${dir} is a folder`);
  });

  it('a missing folder is a clear failure, with no file left behind', async () => {
    const dir = tmp();
    await expect(writeFileAtomic(path.join(dir, 'no', 'such', 'out.md'), 'x')).rejects.toThrow(new WriteFailed(`cannot write ${path.join(dir, 'no', 'such', 'out.md')}: folder ${path.join(dir, 'no', 'such')} does not exist`));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never replaces one of the input articles, even with --force', () => {
    const dir = tmp();
    const input = path.join(dir, 'notes.md');
    const text = '---\ntitle: My notes\n---\n\n"We will rebuild," said Mayor Tom Reed on Friday.\n';
    writeFileSync(input, text);
    const r = runBriefing(['export', dir, '--format', 'md', '--output', input, '--force'], { env: { BRIEFING_CACHE_DIR: path.join(dir, '.c') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`briefing: ${input} is one of the input articles; refusing to replace it\n`);
    expect(readFileSync(input, 'utf8')).toBe(text);
  });

  it('the CLI: refusals are one line and exit 2; failures one line and exit 1', () => {
    const dir = tmp();
    const r1 = runBriefing(['export', SAMPLE, '--format', 'md', '--output', '/dev/null', '--force']);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toBe('briefing: /dev/null is not a regular file (device, FIFO or socket); refusing to replace it\n');
    const missing = path.join(dir, 'none', 'out.md');
    const r2 = runBriefing(['export', SAMPLE, '--format', 'md', '--output', missing]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toBe(`briefing: cannot write ${missing}: folder ${path.dirname(missing)} does not exist\n`);
  });
});

describe('interrupted writes', () => {
  // A child process that replaces `file` (with force) by 256 MB, so that a signal lands mid-write.
  const harness = () => {
    const dir = tmp();
    const out = path.join(dir, 'write-harness.mjs');
    buildSync({ entryPoints: [path.join(ROOT, 'src', 'export', 'write-file.ts')], bundle: true, platform: 'node', format: 'esm', outfile: path.join(dir, 'write-file.mjs'), logLevel: 'silent' });
    writeFileSync(out, `import { writeFileAtomic } from './write-file.mjs';
const big = Buffer.alloc(256 * 1024 * 1024, 'y');
process.stdout.write('ready\\n');
await writeFileAtomic(process.argv[2], big, { force: true });
process.stdout.write('done\\n');
`);
    return out;
  };

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} mid-write leaves the old file intact and removes the temporary file`, async () => {
      const script = harness();
      const dir = tmp();
      const file = path.join(dir, 'brief.json');
      writeFileSync(file, '{"old": true}\n');
      const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'pipe'] });
      // Wait until the temporary file exists, then interrupt.
      const sawTemp = await new Promise<boolean>((resolve) => {
        const started = Date.now();
        const poll = setInterval(() => {
          const temp = readdirSync(dir).some((f) => f.endsWith('.tmp'));
          if (temp || Date.now() - started > 10_000 || child.exitCode !== null) {
            clearInterval(poll);
            child.kill(signal);
            resolve(temp);
          }
        }, 2);
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(sawTemp).toBe(true);
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(readFileSync(file, 'utf8')).toBe('{"old": true}\n');
      expect(readdirSync(dir)).toEqual(['brief.json']);
    }, 30_000);
  }
});
