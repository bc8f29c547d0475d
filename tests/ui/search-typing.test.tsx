import React from 'react';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import type { Briefing } from '../../src/model.js';
import type { OpenedBriefing } from '../../src/pipeline.js';
import { KEY, sampleBriefing, start, tick } from './helpers.js';

/** Waits (a few ms at a time, 2 s at most) until `ok()`. */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await tick(10);
}

/** The "1–22 of N" count of a frame (the shown list's length), with a trailing + when more can be fetched. */
const countOf = (frame: string) => /\d+[–-]\d+ of (\d+\+?)/.exec(stripVTControlCharacters(frame))?.[1] ?? null;

describe('reader: typing a search never waits for the search', () => {
  let opened: OpenedBriefing;
  beforeAll(async () => {
    opened = await sampleBriefing();
  });

  it('draws each key at once and shows the results of the last query only (keys typed faster than searches)', async () => {
    const r = start(opened);
    await r.press('2', '/');
    const all = opened.briefing.quotes.length;
    expect(countOf(r.lastFrame()!)).toBe(String(all));
    const from = r.frames.length;
    // Keys back to back, without giving the reader a moment in between.
    for (const ch of 'escalate') r.stdin.write(ch);
    await until(() => countOf(r.lastFrame()!) !== String(all));
    const frames = r.frames.slice(from).map((f) => stripVTControlCharacters(f));
    // The first frame with the whole query in the box still shows the list from before: the keys were drawn
    // before the search ran.
    const typed = frames.findIndex((f) => f.includes('Search quotes /escalate'));
    expect(typed).toBeGreaterThanOrEqual(0);
    expect(countOf(frames[typed]!)).toBe(String(all));
    const rows = r.lines().filter((l) => /^[›> ] .*“/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all);
    expect(rows[0]!.toLowerCase()).toMatch(/escalat/);
    const final = countOf(r.lastFrame()!);
    // No frame showed the results of a partial query ("e", "es", …): only the old list, then the last.
    const seen = new Set(frames.map(countOf));
    expect([...seen].every((c) => c === String(all) || c === final)).toBe(true);
    // Backspace and more typing: again the last query wins.
    r.stdin.write(KEY.backspace);
    for (const ch of 'zzqqxx') r.stdin.write(ch);
    await until(() => r.screen().includes('no matches'));
    expect(r.screen()).toContain('Search quotes /escalatzzqqxx');
    expect(r.screen()).toContain('no matches');
    r.unmount();
  });
});

/** A briefing with `n` quotes that all mention the talks (so a search finds more than one screen's worth). */
function many(n: number): Briefing {
  const quotes = Array.from({ length: n }, (_, i) => ({ id: `q${i}`, text: `Statement number ${i} about the talks`, speaker: null, speakerName: `Person ${i % 50}`, partial: false, sources: [{ article: 'x1', line: 1, start: 0, end: 5 }] }));
  return {
    schema: 'briefing/1',
    title: 'Big story',
    articles: [{ id: 'x1', path: 'x.txt', title: 'X', source: 'Wire', published: '2025-01-01', publishedInferred: false }],
    actors: [],
    quotes,
    timeline: [],
    conflicts: [],
  };
}

describe('reader: a search with many results', () => {
  it('shows the first results at once and fetches more as the selection nears their end', async () => {
    const r = render(<App briefing={many(5000)} articles={[]} width={100} height={30} />);
    const screen = () => stripVTControlCharacters(r.lastFrame() ?? '');
    await tick(20);
    r.stdin.write('2');
    r.stdin.write('/');
    for (const ch of 'talks') r.stdin.write(ch);
    await until(() => countOf(screen()) === '200+');
    r.stdin.write(KEY.enter);
    await tick(20);
    expect(countOf(screen())).toBe('200+');
    // To the end of what is shown: more results come in behind it.
    r.stdin.write('G');
    await until(() => parseInt(countOf(screen()) ?? '0', 10) > 200);
    const after = countOf(screen())!;
    expect(parseInt(after, 10)).toBeGreaterThan(200);
    expect(screen()).toContain('talks');
    r.unmount();
  });
});
