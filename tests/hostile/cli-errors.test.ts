/** The CLI's errors: one clear line, the right exit code, never a stack trace. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runBriefing, SAMPLE } from '../helpers.js';

describe('usage errors', () => {
  it('an unknown option, in any form, is one line and exit 2', () => {
    for (const [args, shown] of [
      [['--frobnicate'], '--frobnicate'],
      [['export', SAMPLE, '--formt', 'json'], '--formt'],
      [['search', 'x', '-z'], '-z'],
    ] as const) {
      const r = runBriefing([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`briefing: unknown option ${shown} (see briefing --help)\n`);
    }
  });

  it('an option given twice is one line and exit 2', () => {
    const r = runBriefing(['export', SAMPLE, '--format', 'json', '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--format can only be set once/);
  });

  it('known options in their other forms are accepted', () => {
    const r = runBriefing(['export', SAMPLE, '-f', 'json', '--no-force']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe('briefing/1');
  });

  it('--help and --version work after a command too', () => {
    const h = runBriefing(['export', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Usage/);
    const v = runBriefing(['search', 'x', '--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('pipes', () => {
  it('a reader that closes the pipe early (| head) ends the program quietly, exit 0', () => {
    // Three copies of the sample: over 64 KB of JSON, more than a pipe buffers, so the write hits EPIPE.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefing-pipe-'));
    for (const copy of ['one', 'two', 'three']) cpSync(SAMPLE, path.join(dir, copy), { recursive: true });
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" export "${dir}" --format json | head -c 20 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', BRIEFING_CACHE_DIR: path.join(dir, '.cache') },
      timeout: 30_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('status=0');
  });
});
