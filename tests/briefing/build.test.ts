import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Briefing, Extraction } from '../../src/model.js';
import { buildBriefing, storyTitle } from '../../src/briefing/index.js';
import { filterBriefing, FilterError } from '../../src/briefing/filter.js';
import { extractArticle } from '../../src/extract/index.js';
import { loadArticles } from '../../src/load/index.js';
import { lineStartsOf } from '../../src/text/lines.js';
import { SAMPLE } from '../helpers.js';

function article(id: string, path: string, title: string | null): Article {
  const text = `${title ?? ''}\n\nBody.`;
  return { id, path, format: 'text', title, source: null, author: null, url: null, published: null, publishedInferred: false, text, bodyStart: 0, bodyEnd: text.length, lineStarts: lineStartsOf(text), hash: id };
}

describe('the story title', () => {
  it('comes from the folder the articles share, made readable', () => {
    expect(storyTitle([article('a1', 'stories/pahalgam-2025/a.txt', 'X'), article('a2', 'stories/pahalgam-2025/b.txt', 'Y')])).toBe('Pahalgam 2025');
    expect(storyTitle([article('a1', '/data/kashmir_crisis/a.txt', null), article('a2', '/data/kashmir_crisis/sub/b.txt', null)])).toBe('Kashmir Crisis');
  });

  it('comes from the most common headline words when the folder says nothing', () => {
    const arts = [
      article('a1', 'articles/1.txt', 'Rubio urges India and Pakistan to de-escalate'),
      article('a2', 'articles/2.txt', 'Kashmir attack: Rubio calls India and Pakistan'),
      article('a3', 'articles/3.txt', 'Cricket scores of the day'),
    ];
    // The headline sharing the most words with the others, not the odd one out.
    expect(storyTitle(arts)).toMatch(/Rubio .*India and Pakistan/);
    expect(storyTitle([arts[2]!, arts[1]!, arts[0]!])).toBe(storyTitle(arts));
    expect(storyTitle([article('a1', '-', 'One headline'), article('a2', '-', null)])).toBe('One headline');
    expect(storyTitle([article('a1', '-', null)])).toBe('Briefing');
  });

  it('can be given', () => {
    const arts = [article('a1', 'x/pahalgam/a.txt', 'X')];
    const ex: Extraction = { articleId: 'a1', actors: [], quotes: [], times: [], claims: [], roleClaims: [] };
    expect(buildBriefing(arts, [ex], { title: 'My story' }).title).toBe('My story');
  });
});

describe('the sample briefing does not depend on the order of its inputs', () => {
  let articles: Article[];
  let extractions: Extraction[];
  let base: Briefing;
  beforeAll(async () => {
    articles = (await loadArticles([SAMPLE])).articles;
    extractions = articles.map((a) => extractArticle(a));
    base = buildBriefing(articles, extractions);
  });

  it("names each quote's speaker by the actor's name, whatever form the article wrote ('Jaishankar said')", () => {
    const names = new Map(base.actors.map((a) => [a.id, a.name]));
    const spoken = base.quotes.filter((q) => q.speaker);
    expect(spoken.length).toBeGreaterThan(20);
    for (const q of spoken) expect(q.speakerName).toBe(names.get(q.speaker!));
    const call = base.quotes.find((q) => q.text.startsWith('Received a call from'))!;
    expect(call.speakerName).toBe('Subrahmanyam Jaishankar');
  });

  it('gives the same briefing (title, articles, actors, quotes, timeline, conflicts) for shuffled articles and extractions', () => {
    const order = [3, 0, 4, 2, 1];
    const shuffled = buildBriefing(order.map((i) => articles[i]!), [...extractions].reverse());
    expect(shuffled.title).toBe(base.title);
    expect(shuffled.articles).toEqual(base.articles);
    expect(shuffled.quotes).toEqual(base.quotes);
    expect(shuffled.conflicts).toEqual(base.conflicts);
    expect(shuffled).toEqual(base);
  });

  it('counts for each actor how often they are quoted', () => {
    for (const a of base.actors) expect(a.quoteCount).toBe(base.quotes.filter((q) => q.speaker === a.id).length);
    const bruce = base.actors.find((a) => a.name === 'Tammy Bruce');
    expect(bruce?.quoteCount).toBeGreaterThanOrEqual(3);
  });
});

describe('export filters', () => {
  const b: Briefing = {
    schema: 'briefing/1',
    title: 'T',
    articles: [
      { id: 'a1', path: 'a1.txt', title: null, source: null, published: '2025-04-29', publishedInferred: false },
      { id: 'a2', path: 'a2.txt', title: null, source: null, published: '2025-04-30', publishedInferred: false },
    ],
    actors: [
      { id: 'p1', name: 'Tammy Bruce', kind: 'person', aliases: ['Bruce'], roles: [], mentions: [{ article: 'a1', line: 1 }] },
      { id: 'p2', name: 'Marco Rubio', kind: 'person', aliases: ['Rubio'], roles: [], mentions: [{ article: 'a2', line: 1 }] },
    ],
    quotes: [
      { id: 'q1', text: 'one', speaker: 'p1', speakerName: 'Bruce', partial: false, sources: [{ article: 'a1', line: 1, start: 0, end: 3 }], corroboration: 1 },
      { id: 'q2', text: 'two', speaker: 'p2', speakerName: 'Rubio', partial: false, sources: [{ article: 'a1', line: 2, start: 0, end: 3 }, { article: 'a2', line: 2, start: 0, end: 3 }], corroboration: 2 },
      { id: 'q3', text: 'three', speaker: 'p1', speakerName: 'Bruce', partial: false, sources: [{ article: 'a2', line: 3, start: 0, end: 5 }], corroboration: 1, spokenOn: '2025-04-26' },
    ],
    timeline: [
      { id: 't1', date: '2025', text: 'In 2025 things happened', sources: [{ article: 'a1', line: 4 }] },
      { id: 't2', date: '2025-04-22', text: 'Gunmen attacked', sources: [{ article: 'a1', line: 5 }] },
      { id: 't3', date: '2025-04-29', text: 'Rubio spoke to Jaishankar', sources: [{ article: 'a2', line: 5 }], actors: ['p2'] },
    ],
    conflicts: [{ id: 'c1', about: 'Secretary of State', claims: [{ value: 'Marco Rubio', sources: [] }, { value: 'Antony Blinken', sources: [] }] }],
    undated: [{ id: 'u1', date: null, text: 'Bruce said something later', sources: [{ article: 'a1', line: 6 }] }],
  };

  it('--actor keeps the actor’s quotes, events and conflicts (a surname is enough)', () => {
    const f = filterBriefing(b, { actor: 'rubio' });
    expect(f.quotes.map((q) => q.id)).toEqual(['q2']);
    expect(f.timeline.map((t) => t.id)).toEqual(['t3']);
    expect(f.actors.map((a) => a.id)).toEqual(['p2']);
    expect(f.conflicts.map((c) => c.id)).toEqual(['c1']);
    expect(filterBriefing(b, { actor: 'Tammy Bruce' }).undated?.map((t) => t.id)).toEqual(['u1']);
    expect(() => filterBriefing(b, { actor: 'Nobody' })).toThrow(FilterError);
  });

  it('--since/--until keep overlapping dates, and date quotes by when they were spoken or published', () => {
    const f = filterBriefing(b, { since: '2025-04-25', until: '2025-04-29' });
    expect(f.timeline.map((t) => t.id)).toEqual(['t1', 't3']);
    expect(f.quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(filterBriefing(b, { since: '2025-04-30' }).quotes.map((q) => q.id)).toEqual([]);
    expect(filterBriefing(b, { until: '2025-04' }).timeline.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(() => filterBriefing(b, { since: '2025-02-30' })).toThrow(FilterError);
    expect(() => filterBriefing(b, { since: '2025-05-01', until: '2025-04-01' })).toThrow(FilterError);
  });

  it('--top keeps the most corroborated quotes in their order', () => {
    expect(filterBriefing(b, { top: 1 }).quotes.map((q) => q.id)).toEqual(['q2']);
    expect(filterBriefing(b, { top: 2 }).quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
  });
});
