import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/model.js';
import { inferPublicationDates } from '../../src/briefing/publication-dates.js';
import { loadArticles } from '../../src/load/index.js';
import { lineStartsOf } from '../../src/text/lines.js';
import { SAMPLE } from '../helpers.js';

const art = (id: string, text: string, published: string | null): Article => ({
  id, path: `${id}.txt`, format: 'text', title: null, source: null, author: null, url: null, published, publishedInferred: false,
  text, bodyStart: 0, bodyEnd: text.length, lineStarts: lineStartsOf(text), hash: id,
});

describe('inferring publication dates', () => {
  test('the sample: dated articles keep their date; undated ones get an inferred date, bounded by what they report', async () => {
    const { articles } = await loadArticles([SAMPLE]);
    const out = inferPublicationDates(articles);
    for (const [i, a] of articles.entries()) {
      if (a.published) expect(out[i]).toBe(a); // untouched
      else expect(out[i]).toMatchObject({ publishedInferred: true });
    }
    const trump = out.find((a) => a.path.includes('002_'))!; // reports "On April 26, … Trump said"
    expect(trump.published! >= '2025-04-26').toBe(true);
    expect(articles.find((a) => a.path.includes('002_'))!.published).toBeNull(); // input not mutated
  });

  test('an article reporting a later day than the others is not dated before it', () => {
    const out = inferPublicationDates([
      art('a1', 'The talks began on Monday.', '2025-04-29'),
      art('a2', 'On May 7, India launched missile strikes. Pakistan said it would respond on May 12.', null),
    ]);
    // May 12 is a plan, so it does not bound the date; May 7 does
    expect(out[1]).toMatchObject({ published: '2025-05-07', publishedInferred: true });
  });

  test('with nothing to go on, the date stays unknown', () => {
    const out = inferPublicationDates([art('a1', 'Tensions rose on Tuesday.', null)]);
    expect(out[0]).toMatchObject({ published: null, publishedInferred: false });
  });

  test('a lone article with a full date in its text is dated by it', () => {
    const out = inferPublicationDates([art('a1', 'The deal was signed on July 24, 2003 in Washington.', null)]);
    expect(out[0]).toMatchObject({ published: '2003-07-24', publishedInferred: true });
  });

  test('a dateline alone on a line near the top is the publication date, not a guess', () => {
    const out = inferPublicationDates([art('a1', 'Airbus wins order\n\nThursday, March 27, 2008\n\nThe airline said on Tuesday that it had signed.', null), art('a2', 'Other story.', '2008-04-20')]);
    expect(out[0]).toMatchObject({ published: '2008-03-27', publishedInferred: false });
  });

  test('in a corpus of many stories, a far-off article is not dated by another story', () => {
    const out = inferPublicationDates([art('a1', 'On March 3, 2008, the company said it would cut jobs.', null), art('a2', 'Other story.', '2008-06-20')]);
    expect(out[0]).toMatchObject({ published: '2008-03-03', publishedInferred: true });
  });

  test('an old full date is no guide when the text reports later years', () => {
    const out = inferPublicationDates([art('a1', 'Jobs, born February 24, 1955, fought cancer in 2004 and died yesterday.', null)]);
    expect(out[0]).toMatchObject({ published: null, publishedInferred: false });
  });
});
