import Fuse from 'fuse.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model.js';
import { createFuseSearch, createQuoteSearch, QUOTE_FUSE_OPTIONS, lastSearchStats } from '../../src/search/quote-search.js';
// The benchmark's quote generator: sentences of the sample articles with names, numbers and dates varied.
// @ts-expect-error plain JavaScript module without types
import { generateQuotes } from '../../scripts/bench/quotes.mjs';
import { ROOT } from '../helpers.js';

const QUERIES = [
  'pakistan', 'pak', 'pakistn', 'kashmri', 'not escalate', 'secretary of state', 'nuclear-armed neighbours',
  "'terror", "'terror !army", '^the foreign', 'ministers$', '!^the', 'india | washington', '=x', 'a', 'p', 'the',
  '"the foreign"', "'\"the foreign\"", 'xqz', 'rubio', 'marco rubio', 'tammy', 'minister said',
  'State Department spokesperson said on Tuesday that the United States was reaching out',
];

/** The hits of plain fuse.js with the same options, in the same shape. */
function plainFuse(quotes: Quote[]) {
  const fuse = new Fuse(quotes, QUOTE_FUSE_OPTIONS);
  return (q: string, limit: number) =>
    fuse.search(q, { limit }).map((r) => ({ id: r.item.id, score: r.score, matches: (r.matches ?? []).filter((m) => m.key === 'text').flatMap((m) => m.indices) }));
}
const shape = (hits: ReturnType<ReturnType<typeof createQuoteSearch>>) => hits.map((h) => ({ id: h.quote.id, score: h.score, matches: h.matches }));

describe('!not in a quote search', () => {
  it('drops the quotes whose text or speaker has the excluded word, and keeps the rest of the query', () => {
    const q = (id: string, text: string, speakerName: string | null): Quote => ({ id, text, speaker: null, speakerName, partial: false, sources: [] });
    const quotes = [
      q('q1', 'The terror must end now', 'Tammy Bruce'),
      q('q2', 'The army will answer terror', 'Asim Munir'),
      q('q3', 'Terror has no religion', null),
      q('q4', 'We want peace', 'Army spokesman'),
    ];
    for (const search of [createQuoteSearch(quotes), createQuoteSearch(quotes, { indexFrom: 0 })]) {
      expect(search("'terror !army", 10).map((h) => h.quote.id).sort()).toEqual(['q1', 'q3']);
      expect(search('!army', 10).map((h) => h.quote.id)).toEqual(['q1', 'q3']);
      expect(search("'terror !^the", 10).map((h) => h.quote.id)).toEqual(['q3']);
      // the matched ranges are those of the words searched for
      const [hit] = search("'must !army", 10);
      expect(hit!.quote.text.slice(hit!.matches[0]![0], hit!.matches[0]![1] + 1).toLowerCase()).toBe('must');
    }
  });
});

describe('indexed quote search', () => {
  let quotes: Quote[];
  let plain: ReturnType<typeof plainFuse>;
  beforeAll(() => {
    quotes = generateQuotes(ROOT, 1200) as Quote[];
    plain = plainFuse(quotes);
  });

  it('gives exactly the hits, scores, order and match ranges of plain fuse.js (no ranking budget)', () => {
    const indexed = createFuseSearch(quotes, { indexFrom: 0, budget: Infinity });
    QUERIES.forEach((q, i) => {
      const limit = i % 4 === 0 ? 200 : 10;
      expect(shape(indexed(q, limit)), `${q} (limit ${limit})`).toEqual(plain(q, limit));
    });
  });

  it('with the default budget, typical queries still give fuse.js top results, after ranking a small shortlist', () => {
    const indexed = createFuseSearch(quotes, { indexFrom: 0 });
    for (const q of ['pakistan', 'kashmri', 'secretary of state', 'marco rubio']) {
      expect(shape(indexed(q, 50)), q).toEqual(plain(q, 50));
      expect(lastSearchStats.exact, q).toBe(true);
      expect(lastSearchStats.ranked, q).toBeLessThan(quotes.length / 2);
    }
  });

  it('typed one key at a time, every search the index calls exact gives plain fuse.js hits, and most are exact', () => {
    const indexed = createFuseSearch(quotes, { indexFrom: 0, budget: 120 });
    let exact = 0;
    let total = 0;
    for (const q of ['kashmri attack', "'terror !army", '^the foreign', 'india | washington']) {
      for (let i = 1; i <= q.length; i++) {
        const s = q.slice(0, i);
        const hits = shape(indexed(s, 40));
        total++;
        if (!lastSearchStats.exact) continue;
        exact++;
        expect(hits, s).toEqual(plain(s, 40));
      }
    }
    expect(exact).toBeGreaterThan(total / 2);
  });

  it('finds quotes by speaker name, with typos, and highlights ranges inside the quote text', () => {
    const search = createQuoteSearch(quotes, { indexFrom: 0 });
    const speaker = quotes.find((q) => q.speakerName)!.speakerName!;
    const bySpeaker = search(speaker, 20);
    expect(bySpeaker.length).toBeGreaterThan(0);
    expect(bySpeaker[0]!.quote.speakerName).toBe(speaker);
    const typo = search('kashmri', 20);
    expect(typo.length).toBeGreaterThan(0);
    for (const h of typo) {
      for (const [s, e] of h.matches) expect(e).toBeLessThan(h.quote.text.length), expect(s).toBeGreaterThanOrEqual(0);
    }
    expect(typo.some((h) => /kashmir/i.test(h.quote.text))).toBe(true);
    // !not excludes, | is or, ^ anchors at the start.
    expect(search("'pakistan !india", 200).every((h) => !/india/i.test(h.quote.text) || !/pakistan/i.test(h.quote.text))).toBe(true);
    expect(search('^the', 50).every((h) => h.quote.text.toLowerCase().startsWith('the') || (h.quote.speakerName ?? '').toLowerCase().startsWith('the'))).toBe(true);
  });

  it('an empty query lists the first quotes; a query nothing can match lists none', () => {
    const search = createQuoteSearch(quotes, { indexFrom: 0 });
    expect(search('', 5).map((h) => h.quote.id)).toEqual(quotes.slice(0, 5).map((q) => q.id));
    expect(search('qqqqzzzzqqqq', 5)).toEqual([]);
  });
});
