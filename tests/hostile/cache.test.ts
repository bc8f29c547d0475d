/**
 * The extraction cache is never trusted blindly: corrupt, truncated, replaced or missing cache files give
 * the same briefing as a clean run, with nothing on stderr; deleting the cache loses nothing.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBriefing, SAMPLE } from '../helpers.js';

const tmp = (n: string) => mkdtempSync(path.join(os.tmpdir(), `briefing-cache-${n}-`));

/** Every regular file under the cache folder. */
function cacheFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const f = path.join(d, e);
      const st = statSync(f);
      if (st.isDirectory()) walk(f);
      else if (st.isFile()) out.push(f);
    }
  };
  walk(dir);
  return out;
}

/** A file the cache must never write through a link into. */
const VICTIM = path.join(tmp('victim'), 'keep.txt');
writeFileSync(VICTIM, 'keep me\n');

describe('a damaged extraction cache', () => {
  let input: string;
  let clean: string;
  beforeAll(() => {
    input = tmp('in');
    cpSync(SAMPLE, input, { recursive: true });
    const r = runBriefing(['export', input, '--format', 'json', '--no-cache']);
    expect(r.code).toBe(0);
    clean = r.stdout;
  }, 60_000);

  const damage: Record<string, (file: string) => void> = {
    'garbage bytes': (f) => writeFileSync(f, Buffer.from([0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3])),
    'truncated to half': (f) => writeFileSync(f, readFileSync(f).subarray(0, Math.floor(readFileSync(f).length / 2))),
    'a flipped byte in the body': (f) => {
      const b = readFileSync(f);
      const i = Math.floor(b.length * 0.75);
      b[i] = b[i]! ^ 0x20;
      writeFileSync(f, b);
    },
    'an empty file': (f) => writeFileSync(f, ''),
    'a symbolic link to another file': (f) => {
      rmSync(f);
      symlinkSync(VICTIM, f);
    },
  };

  for (const [what, hurt] of Object.entries(damage)) {
    it(`${what}: the same briefing, nothing on stderr`, () => {
      const cache = tmp('c');
      const env = { BRIEFING_CACHE_DIR: cache };
      const first = runBriefing(['export', input, '--format', 'json'], { env });
      expect(first.stdout).toBe(clean);
      const files = cacheFiles(cache);
      for (const f of files) hurt(f);
      const again = runBriefing(['export', input, '--format', 'json'], { env });
      expect(again.code).toBe(0);
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe(clean);
      expect(readFileSync(VICTIM, 'utf8')).toBe('keep me\n');
    });
  }

  it('a cache folder that is a file, or missing: the same briefing', () => {
    const dir = tmp('f');
    const asFile = path.join(dir, 'not-a-folder');
    writeFileSync(asFile, 'x');
    const r = runBriefing(['export', input, '--format', 'json'], { env: { BRIEFING_CACHE_DIR: asFile } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean);
    expect(readFileSync(asFile, 'utf8')).toBe('x');
    const gone = path.join(dir, 'deleted');
    const r2 = runBriefing(['export', input, '--format', 'json'], { env: { BRIEFING_CACHE_DIR: gone } });
    rmSync(gone, { recursive: true, force: true });
    const r3 = runBriefing(['export', input, '--format', 'json'], { env: { BRIEFING_CACHE_DIR: gone } });
    expect([r2.stdout, r3.stdout]).toEqual([clean, clean]);
  });
});
