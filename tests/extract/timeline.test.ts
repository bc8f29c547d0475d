import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Article, ArticleActor, ArticleQuote, ArticleTimeExpression } from '../../src/model.js';
import { loadArticles } from '../../src/load/index.js';
import { extractArticle } from '../../src/extract/index.js';
import { extractTimes } from '../../src/extract/timeline/index.js';
import { inferPublicationDates } from '../../src/briefing/publication-dates.js';
import { lineStartsOf } from '../../src/text/lines.js';
import { ROOT, SAMPLE } from '../helpers.js';

/** An article made of the given text, published on `published`. */
function article(text: string, published: string | null, inferred = false): Article {
  return {
    id: 'a1', path: 'x.txt', format: 'text', title: null, source: null, author: null, url: null,
    published, publishedInferred: inferred, text, bodyStart: 0, bodyEnd: text.length, lineStarts: lineStartsOf(text), hash: 'h',
  };
}

const timesOf = (text: string, published: string | null, actors: ArticleActor[] = [], quotes: ArticleQuote[] = []) => extractTimes(article(text, published), actors, quotes);
const one = (times: ArticleTimeExpression[], written: string) => {
  const t = times.find((x) => x.text.toLowerCase() === written.toLowerCase());
  if (!t) throw new Error(`no time expression "${written}" in ${JSON.stringify(times.map((x) => x.text))}`);
  return t;
};

describe('the sample articles, through the real pipeline', () => {
  const byFile = new Map<string, { article: Article; times: ArticleTimeExpression[]; quotes: ArticleQuote[] }>();
  beforeAll(async () => {
    const { articles } = await loadArticles([SAMPLE]);
    for (const a of inferPublicationDates(articles)) {
      const ex = extractArticle(a);
      byFile.set(path.basename(a.path), { article: a, times: ex.times, quotes: ex.quotes });
    }
  });

  test('"on Tuesday" in a past-tense sentence of the article published Wed 2025-04-30 is 2025-04-29', () => {
    const { article: a, times } = byFile.get('001_e97de1729d68388b.txt')!;
    expect(a.published).toBe('2025-04-30');
    const t = one(times, 'on Tuesday');
    expect(t.date).toBe('2025-04-29');
    expect(t.kind).toBe('event');
    expect(t.event).toContain('a State Department spokesperson confirmed on Tuesday');
  });

  test('"On April 22" is 2025-04-22, and the event is its clause, not the paragraph', () => {
    const t = one(byFile.get('002_4b9987e6f37c8e07.txt')!.times, 'April 22');
    expect(t.date).toBe('2025-04-22');
    expect(t.event.startsWith('On April 22, terrorists opened fire')).toBe(true);
    expect(t.event).not.toContain('Resistance Front');
  });

  test('Trump\'s "yesterday" in remarks made "On April 26" is 2025-04-25, inside the quote', () => {
    const { times, quotes } = byFile.get('002_4b9987e6f37c8e07.txt')!;
    const t = one(times, 'yesterday');
    expect(t.inQuote).toBe(true);
    expect(t.date).toBe('2025-04-25');
    const q = quotes.find((x) => x.start <= t.start && t.end <= x.end)!;
    expect(q.spokenOn).toBe('2025-04-26');
  });

  test('"in 2019" stays a year; "the 2008 Mumbai attacks" is the event of 2008', () => {
    expect(one(byFile.get('002_4b9987e6f37c8e07.txt')!.times, '2019').date).toBe('2019');
    const t = one(byFile.get('000_fd6803fac89efbb4.txt')!.times, '2008');
    expect(t.date).toBe('2008');
    expect(t.event).toBe('the 2008 Mumbai attacks');
  });

  test('"last week" never becomes a day', () => {
    const t = one(byFile.get('003_37e110ca6892fd1a.txt')!.times, 'last week');
    expect(t.date).toBeNull();
    expect(t.kind).toBe('approximate');
  });

  test('"as early as today or tomorrow" is a plan', () => {
    const times = byFile.get('000_fd6803fac89efbb4.txt')!.times;
    expect(one(times, 'today')).toMatchObject({ date: '2025-04-29', kind: 'plan', inQuote: true });
    expect(one(times, 'tomorrow')).toMatchObject({ date: '2025-04-30', kind: 'plan' });
  });

  test('an undated article gets an inferred date, and relative dates against it say they are approximate', () => {
    const { article: a, times } = byFile.get('002_4b9987e6f37c8e07.txt')!;
    expect(a.publishedInferred).toBe(true);
    expect(a.published! >= '2025-04-26').toBe(true); // bounded by "On April 26 …" in its own text
    expect(one(times, 'on Tuesday').kind).toBe('approximate');
    expect(one(times, 'April 26').kind).toBe('event');
  });

  test('the gold timeline of the sample (tests/gold/sample-timeline.json) is found, and nothing dated outside it', () => {
    const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/gold/sample-timeline.json'), 'utf8')) as {
      items: Array<{ file: string; text: string; date: string | null; kind: string; event: string; inQuote?: boolean }>;
    };
    const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    for (const g of gold.items) {
      const times = byFile.get(g.file)!.times;
      const hit = times.find((t) => t.text.toLowerCase() === g.text.toLowerCase() && t.date === g.date && t.kind === g.kind && t.inQuote === (g.inQuote ?? false) && [...words(g.event)].every((w) => words(t.event).has(w)));
      expect(hit, `${g.file}: ${g.text} -> ${g.date} (${g.kind})`).toBeDefined();
    }
    for (const [file, { times }] of byFile)
      for (const t of times) expect(gold.items.some((g) => g.file === file && g.date === t.date), `${file}: unexpected ${t.text} -> ${t.date}`).toBe(true);
  });
});

describe('resolving against the publication date', () => {
  test('weekdays look back in past-tense sentences and forward in future ones', () => {
    // Wed 2025-04-30
    expect(one(timesOf('Rubio spoke with Jaishankar on Monday.', '2025-04-30'), 'on Monday').date).toBe('2025-04-28');
    const t = one(timesOf('Rubio will travel to New Delhi on Monday.', '2025-04-30'), 'on Monday');
    expect(t).toMatchObject({ date: '2025-05-05', kind: 'plan' });
    expect(one(timesOf('Apple released the update on Wednesday.', '2025-04-30'), 'on Wednesday').date).toBe('2025-04-30');
    expect(one(timesOf('The talks ended last Wednesday.', '2025-04-30'), 'last Wednesday').date).toBe('2025-04-23');
  });

  test('dates only as precise as the text', () => {
    const times = timesOf('Sales fell in February, after the iPod launched in October 2001 and a record quarter in 2007.', '2008-04-09');
    expect(one(times, 'February').date).toBe('2008-02');
    expect(one(times, 'October 2001').date).toBe('2001-10');
    expect(one(times, '2007').date).toBe('2007');
  });

  test('a year-less day takes the year nearest the publication date', () => {
    expect(one(timesOf('The deal was signed on December 30.', '2007-01-18'), 'December 30').date).toBe('2006-12-30');
    expect(one(timesOf('The first jet will be delivered on October 25.', '2007-10-15'), 'October 25')).toMatchObject({ date: '2007-10-25', kind: 'plan' });
  });

  test('relative periods: last month, next year, three years ago; vague periods are approximate', () => {
    const times = timesOf('The executive left last month. Shipments start next year. The plant opened three years ago, and profits rose in early 2009.', '2010-08-09');
    expect(one(times, 'last month').date).toBe('2010-07');
    expect(one(times, 'next year')).toMatchObject({ date: '2011', kind: 'plan' });
    expect(one(times, 'three years ago').date).toBe('2007');
    expect(one(times, 'early 2009')).toMatchObject({ date: '2009', kind: 'approximate' });
    const week = one(timesOf('The company said this week that it would cut jobs.', '2010-08-09'), 'this week');
    expect(week).toMatchObject({ date: null, kind: 'approximate' });
  });

  test('"June 16th of last year", hedged "more than 20 years ago", and quoted words do not set the narration\'s tense', () => {
    const times = timesOf('We started this journey on June 16th of last year. It signed the treaty more than 20 years ago.', '2016-10-02');
    expect(one(times, 'June 16th of last year').date).toBe('2015-06-16');
    expect(one(times, 'more than 20 years ago')).toMatchObject({ date: '1996', kind: 'approximate' });
    const july = one(timesOf("As she put it in a statement in July, RT is \"providing a perspective you won't get elsewhere.\"", '2016-09-19'), 'July');
    expect(july.date).toBe('2016-07');
  });

  test('"Friday, March 22, 2013" is one day; "March of 2012" a month', () => {
    const times = timesOf('The vote was held on Friday, March 22, 2013, a year after talks began in March of 2012.', '2013-03-25');
    expect(times.map((t) => t.date)).toEqual(['2013-03-22', '2012-03']);
  });

  test('wire-style sentences: "since Jan. 1", a fiscal year that ends, a clause across commas, prices that look like years', () => {
    const times = timesOf(
      'Police reported 2,521 shootings since Jan. 1. The fiscal year ends Sept. 30. The merger, announced in March, is expected to close soon. Shares closed at 1998 yen.',
      '1998-10-05',
    );
    expect(one(times, 'Jan. 1').date).toBe('1998-01-01');
    expect(one(times, 'Sept. 30').date).toBe('1998-09-30');
    expect(one(times, 'March')).toMatchObject({ date: '1998-03', kind: 'event' });
    expect(times.some((t) => t.text === '1998')).toBe(false);
  });

  test('a scheduled event in the present tense points forward: "closes in March", "opens Tuesday"', () => {
    // Wed 1998-02-11
    const times = timesOf('The deal, announced Jan. 15, closes in March. The auto show opens Tuesday in Detroit. Sales fell in March.', '1998-02-11');
    expect(one(times, 'Jan. 15').date).toBe('1998-01-15');
    expect(times.filter((t) => t.text === 'March').map((t) => t.date)).toEqual(['1998-03', '1997-03']);
    expect(one(times, 'Tuesday')).toMatchObject({ date: '1998-02-17', kind: 'plan' });
  });

  test('"the next day", "two days later" count from the day the narration last named', () => {
    const times = timesOf('The plane crashed on March 3. The next day, investigators arrived. He left the day before the vote. The new model will launch on June 1, and shipments start two days later.', '1998-05-05');
    expect(one(times, 'The next day')).toMatchObject({ date: '1998-03-04', kind: 'event' });
    expect(times.some((t) => t.text.startsWith('the day before'))).toBe(false);
    expect(one(times, 'two days later')).toMatchObject({ date: '1998-06-03', kind: 'plan' });
    expect(one(timesOf('The next day, investigators arrived.', '1998-05-05'), 'The next day')).toMatchObject({ date: null, kind: 'approximate' });
  });

  test('Markdown line markers are not part of the event', () => {
    const times = timesOf('## On April 22, gunmen attacked tourists\n\n- On Monday, the talks resumed.\n> 2. In 2019, a bomb exploded.', '2025-04-30');
    expect(one(times, 'April 22').event).toBe('On April 22, gunmen attacked tourists');
    expect(one(times, 'On Monday').event).toBe('On Monday, the talks resumed.');
    expect(one(times, '2019').event).toBe('In 2019, a bomb exploded.');
  });

  test('numbers are not years; product names are not years; the dateline is not an event', () => {
    const times = timesOf('March 01, 2008\n\nBoeing promised 2000 jobs and US$2010 in bonuses; Windows 2000 was slow. Between 1,500 to 2000 workers.', '2008-03-01');
    expect(times.map((t) => t.date)).toEqual([]);
  });

  test('without any publication date, relative dates stay unresolved', () => {
    const t = one(timesOf('The minister resigned on Tuesday.', null), 'on Tuesday');
    expect(t.date).toBeNull();
  });

  test('a quote spoken on a stated day resolves its "yesterday" against that day', () => {
    const text = 'On April 26, the president said the talks had failed. "We met yesterday and nothing came of it," he said.';
    const qs = text.indexOf('We met');
    const quote: ArticleQuote = { text: text.slice(qs, text.indexOf(',"')), start: qs, end: text.indexOf(',"'), speakerKey: 'p', speakerName: 'the president', partial: false, spokenOn: null };
    const actor: ArticleActor = { key: 'p', name: 'the president', kind: 'person', aliases: [], roles: [], mentions: [{ start: text.indexOf('the president'), end: text.indexOf('the president') + 13 }] };
    const times = timesOf(text, '2025-04-30', [actor], [quote]);
    expect(quote.spokenOn).toBe('2025-04-26');
    expect(one(times, 'yesterday')).toMatchObject({ date: '2025-04-25', inQuote: true });
  });
});

describe('hostile input', () => {
  const check = (text: string, quotes: ArticleQuote[] = []) => {
    const times = extractTimes(article(text, '2025-04-30'), [], quotes);
    for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
    return times;
  };
  const quotedText = (n: number) => {
    const text = '“We met on Monday” he said on Tuesday, '.repeat(n);
    const qs: ArticleQuote[] = [];
    for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) {
      const end = text.indexOf('”', i);
      qs.push({ text: text.slice(i + 1, end), start: i + 1, end, speakerKey: null, speakerName: null, partial: false, spokenOn: null });
    }
    return [text, qs] as const;
  };

  test('thousands of dates in one sentence, dates inside thousands of quotes: finishes, never throws, positions right', () => {
    // Speed on such inputs is measured by `npm run bench`, not here.
    const cases: Array<(n: number) => readonly [string, ArticleQuote[]]> = [
      (n) => ['on Tuesday, '.repeat(n), []],
      (n) => ['Friday, March 22, 2013 '.repeat(n), []],
      (n) => [`In ${'2019 and '.repeat(n)}2020 it rose.`, []],
      quotedText,
    ];
    for (const make of cases) {
      const [big, qBig] = make(2_500);
      expect(check(big, qBig).length).toBeGreaterThan(0);
    }
    expect(check('April 22'.repeat(2_500))).toBeInstanceOf(Array);
  });
});
