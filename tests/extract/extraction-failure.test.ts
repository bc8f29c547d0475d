import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Simulate a bug in one extractor that only some article text triggers.
vi.mock('../../src/extract/quotes/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/extract/quotes/index.js')>();
  return {
    ...real,
    extractQuotes: (article: { text: string }, actors: never) => {
      if (article.text.includes('TRIGGER')) throw new RangeError('simulated extractor bug');
      return real.extractQuotes(article as never, actors);
    },
  };
});

const { openBriefing } = await import('../../src/pipeline.js');

describe('an extractor failing on one article', () => {
  it('costs that article its facts, is reported with the file, and the rest of the briefing is built', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefing-fail-'));
    writeFileSync(path.join(dir, 'good.txt'), 'Talks resume\n\n"We are ready to talk," Foreign Minister Anna Keller said on Monday.\n');
    writeFileSync(path.join(dir, 'bad.txt'), 'Headline\n\nThis TRIGGER text breaks the quote extractor, "or so we pretend," Ann Lee said.\n');
    const { briefing, problems } = await openBriefing([dir], { cacheDir: null, workers: 0 });
    expect(briefing.articles).toHaveLength(2);
    expect(briefing.quotes.map((q) => q.text)).toEqual(['We are ready to talk,']);
    expect(problems).toEqual([{ path: path.join(dir, 'bad.txt'), reason: expect.stringMatching(/could not extract facts \(simulated extractor bug\)/) }]);
  });
});
