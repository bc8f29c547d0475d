import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingToText } from '../../src/export/text.js';
import { openBriefing } from '../../src/pipeline.js';
import { SAMPLE, runBriefing } from '../helpers.js';

describe('the plain-text briefing', () => {
  let text: string;
  beforeAll(async () => {
    text = briefingToText((await openBriefing([SAMPLE])).briefing);
  });

  it('reads top to bottom: story, key points, disagreements, quotes, timeline, actors, sources', () => {
    const order = ['Pahalgam 2025', ...['KEY POINTS', 'WHERE SOURCES DISAGREE', 'QUOTES', 'TIMELINE', 'WHO IS INVOLVED', 'SOURCES'].map((h) => `\n${h}\n`)].map((h) => text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('states both sides of each disagreement with file:line', () => {
    expect(text).toMatch(/Death toll\n\s+- 26: 3 articles \(000_fd6803fac89efbb4\.txt:\d+/);
    expect(text).toMatch(/- 27: 1 article \(004_df112d5052861120\.txt:2\)/);
    expect(text).toMatch(/- Antony Blinken: 1 article \(000_fd6803fac89efbb4\.txt:/);
  });

  it('wraps at 80 columns', () => {
    const long = text.split('\n').filter((l) => [...l].length > 80 && /\s\S+\s/.test(l.trim()) && l.trim().split(' ').every((w) => [...w].length < 60));
    expect(long).toEqual([]);
  });

  it('is what `briefing` prints when standard output is a pipe', () => {
    const r = runBriefing([SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(text);
  });
});

describe('hostile text in the plain-text briefing', () => {
  let dir: string;
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('reaches the terminal without control sequences', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-text-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Title \u001b]0;pwned\u0007here\n\n"\u001b[2J\u001b[31mRed\u001b[0m words \u202eevil\u202c here," Tammy Bruce said on April 22.\n');
    const text = briefingToText((await openBriefing([dir])).briefing);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('Red words evil here');
  });
});

describe('export options on the command line', () => {
  const json = (args: string[]) => {
    const r = runBriefing(['export', SAMPLE, '--format', 'json', ...args]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  it('--actor keeps only that actor’s quotes and events', () => {
    const all = json([]);
    const doc = json(['--actor', 'Tammy Bruce']);
    expect(doc.quotes.length).toBeGreaterThan(0);
    expect(doc.quotes.length).toBeLessThan(all.quotes.length);
    const bruce = doc.actors.map((a: { id: string }) => a.id);
    for (const q of doc.quotes) expect(bruce).toContain(q.speaker);
  });

  it('says under the title what the options kept (user text escaped)', () => {
    const r = runBriefing(['export', SAMPLE, '--format', 'md', '--actor', 'Tammy Bruce', '--until', '2025-04-30']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Filtered: only Tammy Bruce; until 2025-04-30.');
    const t = runBriefing(['export', SAMPLE, '--format', 'text', '--actor', 'bruce']);
    expect(t.stdout).toContain('Filtered: only bruce.');
  });

  it('--since/--until keep what happened in the range', () => {
    const doc = json(['--since', '2025-04-26', '--until', '2025-04-29']);
    expect(doc.timeline.length).toBeGreaterThan(0);
    // A partial date (2025, 2025-04) is kept when it overlaps the range.
    const overlaps = (d: string) => (d >= '2025-04-26' || '2025-04-26'.startsWith(d)) && d <= '2025-04-29';
    for (const t of doc.timeline) expect(overlaps(t.date), t.date).toBe(true);
    expect(doc.timeline.some((t: { date: string }) => t.date === '2025-04-26')).toBe(true);
    expect(doc.timeline.some((t: { date: string }) => t.date === '2025-04-22' || t.date === '2025-04-30')).toBe(false);
  });

  it('--top N keeps N quotes, the most corroborated first', () => {
    const all = json([]);
    const doc = json(['--top', '3']);
    expect(doc.quotes).toHaveLength(3);
    const max = Math.max(...all.quotes.map((q: { corroboration: number }) => q.corroboration));
    expect(doc.quotes.some((q: { corroboration: number }) => q.corroboration === max)).toBe(true);
  });

  it('rejects a bad date, an unknown actor or a bad count with one line and exit 2', () => {
    for (const args of [['--since', 'yesterday'], ['--actor', 'Nobody Atall'], ['--top', '-1']]) {
      const r = runBriefing(['export', SAMPLE, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--title names the story', () => {
    expect(json(['--title', 'Kashmir, April 2025']).title).toBe('Kashmir, April 2025');
    expect(json([]).title).toBe('Pahalgam 2025');
  });
});
