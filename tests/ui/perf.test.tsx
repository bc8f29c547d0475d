import React from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import type { Briefing } from '../../src/model.js';
import { waitFor } from './helpers.js';

/** A synthetic briefing with `n` actors and quotes (the list sizes the reader must stay fast on). */
function big(n: number): Briefing {
  const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Person ${i}`, kind: 'person' as const, aliases: [], roles: ['Minister'], mentions: [{ article: 'x1', line: 1 + (i % 50) }] }));
  const quotes = Array.from({ length: n }, (_, i) => ({ id: `q${i}`, text: `Statement number ${i} about the talks`, speaker: `a${i}`, speakerName: `Person ${i}`, partial: false, sources: [{ article: 'x1', line: 1, start: 0, end: 5 }] }));
  return {
    schema: 'briefing/1',
    title: 'Big story',
    articles: [{ id: 'x1', path: 'x.txt', title: 'X', source: 'Wire', published: '2025-01-01', publishedInferred: false }],
    actors,
    quotes,
    timeline: [],
    conflicts: [],
  };
}

describe('reader on long lists', () => {
  it('draws only the visible window of a 100,000-item list and keeps the selection on screen', async () => {
    const n = 100_000;
    const r = render(<App briefing={big(n)} articles={[]} width={100} height={30} />);
    await waitFor(() => expect(r.lastFrame()).toContain('Person 0'));
    for (const key of ['j', 'j', 'j']) r.stdin.write(key);
    await waitFor(() => expect(r.lastFrame()).toMatch(/› Person 3 /));
    r.stdin.write('G');
    await waitFor(() => expect(r.lastFrame()).toContain(`Person ${n - 1}`));
    const frame = r.lastFrame() ?? '';
    expect(frame.split('\n').length).toBeLessThanOrEqual(30);
    expect(frame).toContain(`of ${n}`);
    expect(frame).not.toContain('Person 3 ');
    expect(frame).toMatch(new RegExp(`› Person ${n - 1} `));
    r.stdin.write('g');
    await waitFor(() => expect(r.lastFrame()).not.toContain(`Person ${n - 1}`));
    expect(r.lastFrame()).toContain('Person 0');
    r.unmount();
  });
});
