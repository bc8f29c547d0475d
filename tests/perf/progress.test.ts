import { describe, expect, it } from 'vitest';
import { createProgressBar, formatProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, columns: 100, write: (s: string) => (out.push(s), true) } as unknown as NodeJS.WriteStream };
}

describe('progress bar', () => {
  it('shows articles done, rate and time left', () => {
    const line = formatProgress(250, 1000, 5, 50, 100);
    expect(line).toContain('250/1000 articles');
    expect(line).toContain('40/s'); // (250 - 50 cached) / 5 s
    expect(line).toContain('ETA 0:19'); // 750 left at 40/s
    expect(line.length).toBeLessThanOrEqual(100);
  });

  it('draws on a terminal after a short delay and erases itself when done', () => {
    let t = 0;
    const { out, stream } = fakeStream(true);
    const bar = createProgressBar(stream, { delayMs: 400, now: () => t });
    bar.update({ phase: 'extract', done: 0, total: 100 });
    t = 100;
    bar.update({ phase: 'extract', done: 10, total: 100 });
    expect(out).toEqual([]); // a quick build never shows a bar
    t = 1000;
    bar.update({ phase: 'extract', done: 50, total: 100 });
    expect(out.join('')).toContain('50/100 articles');
    bar.done();
    expect(out.at(-1)).toBe('\r\x1b[K');
  });

  it('is quiet when stderr is not a terminal', () => {
    let t = 0;
    const { out, stream } = fakeStream(false);
    const bar = createProgressBar(stream, { delayMs: 0, now: () => t });
    t = 5000;
    bar.update({ phase: 'extract', done: 50, total: 100 });
    bar.done();
    expect(out).toEqual([]);
  });
});
