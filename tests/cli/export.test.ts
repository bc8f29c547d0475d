import { describe, expect, it } from 'vitest';
import { runBriefing, SAMPLE } from '../helpers.js';

describe('briefing export', () => {
  it('exports the sample as briefing/1 JSON with the dates the texts state', () => {
    const r = runBriefing(['export', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('briefing/1');
    expect(doc.articles).toHaveLength(5);
    expect(doc.articles[0].published).toBe('2025-04-29');
    expect(doc.articles[1].published).toBe('2025-04-30');
    expect(doc.quotes.length).toBeGreaterThan(5);
    for (const q of doc.quotes) expect(q.sources.length).toBeGreaterThan(0);
  });

  it('rejects an unknown format with one line and exit 2', () => {
    const r = runBriefing(['export', SAMPLE, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown format "xml"/);
  });

  it('says a missing path is missing, with a non-zero exit and no stack trace', () => {
    const r = runBriefing(['export', '/no/such/folder', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no such file or folder/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
