import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Article, Briefing, Extraction } from '../../src/model.js';
import { loadArticles } from '../../src/load/index.js';
import { extractArticle } from '../../src/extract/index.js';
import { buildBriefing } from '../../src/briefing/index.js';
import { mergeTimeline } from '../../src/briefing/merge-timeline.js';
import { inferPublicationDates } from '../../src/briefing/publication-dates.js';
import { SAMPLE } from '../helpers.js';

let articles: Article[];
let extractions: Extraction[];
let briefing: Briefing;
const fileOf = (id: string) => path.basename(articles.find((a) => a.id === id)!.path);

beforeAll(async () => {
  articles = inferPublicationDates((await loadArticles([SAMPLE])).articles);
  extractions = articles.map(extractArticle);
  briefing = buildBriefing(articles, extractions);
});

describe('the sample timeline', () => {
  test('the April 22 attack, worded differently by three outlets, is one entry with every source', () => {
    const entries = briefing.timeline.filter((t) => t.date === '2025-04-22');
    expect(entries).toHaveLength(1);
    const files = new Set(entries[0]!.sources.map((s) => fileOf(s.article)));
    // "The brutal assault on April 22 …", "On April 22, terrorists opened fire …", "triggered by the April 22 Pahalgam terror attack"
    expect(files).toEqual(new Set(['000_fd6803fac89efbb4.txt', '002_4b9987e6f37c8e07.txt', '004_df112d5052861120.txt']));
    expect(entries[0]!.corroboration).toBe(3);
    expect(entries[0]!.kind).toBe('event');
  });

  test('different events on one date stay apart: Modi briefing the armed forces, Guterres calling', () => {
    const tuesday = briefing.timeline.filter((t) => t.date === '2025-04-29');
    const modi = tuesday.filter((t) => t.text.includes('Modi on Tuesday told'));
    const guterres = tuesday.filter((t) => t.text.includes('Guterres on Tuesday spoke'));
    expect(modi).toHaveLength(1);
    expect(guterres).toHaveLength(1);
    expect(modi[0]!.id).not.toBe(guterres[0]!.id);
  });

  test('sorted by date, dates only YYYY | YYYY-MM | YYYY-MM-DD, "last week" in the undated group', () => {
    const dates = briefing.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    for (const d of dates) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(dates).toContain('2019');
    const lastWeek = briefing.undated?.find((t) => t.text.includes('deadly attack in Kashmir last week'));
    expect(lastWeek).toMatchObject({ date: null, kind: 'approximate' });
  });

  test("Trump's 'yesterday' is dated April 25 in the timeline; entries name their actors by briefing id", () => {
    const e = briefing.timeline.find((t) => t.date === '2025-04-25')!;
    expect(e.text).toContain('yesterday');
    const ids = new Set(briefing.actors.map((a) => a.id));
    const attack = briefing.timeline.find((t) => t.date === '2025-04-22')!;
    expect(attack.actors!.length).toBeGreaterThan(0);
    for (const t of briefing.timeline) for (const a of t.actors ?? []) expect(ids.has(a)).toBe(true);
  });

  test('ids are stable and do not depend on the order of the extractions', () => {
    const idOf = new Map<string, string>();
    const byId = new Map(articles.map((a) => [a.id, a]));
    const a = mergeTimeline(byId, extractions, idOf);
    const b = mergeTimeline(byId, [...extractions].reverse(), idOf);
    expect(b).toEqual(a);
    expect(new Set(a.timeline.map((t) => t.id)).size).toBe(a.timeline.length);
  });
});

describe('merging rules on small stories', () => {
  const art = (id: string, text: string, published: string): Article => ({
    id, path: `${id}.txt`, format: 'text', title: null, source: null, author: null, url: null, published, publishedInferred: false,
    text, bodyStart: 0, bodyEnd: text.length, lineStarts: [0], hash: id,
  });

  test('two people acting on the same day are two entries; the same words from two outlets are one', () => {
    const a1 = art('a1', 'On Monday, Rubio met Jaishankar in Washington.', '2025-05-06');
    const a2 = art('a2', 'Sharif met the Emir of Qatar on Monday.', '2025-05-06');
    const a3 = art('a3', 'Rubio met Jaishankar in Washington on Monday, officials said.', '2025-05-07');
    const list = [a1, a2, a3];
    const b = buildBriefing(list, list.map(extractArticle));
    const monday = b.timeline.filter((t) => t.date === '2025-05-05');
    expect(monday).toHaveLength(2);
    const rubio = monday.find((t) => t.text.includes('Rubio'))!;
    expect(rubio.sources.map((s) => s.article).sort()).toEqual(['a1', 'a3']);
    expect(rubio.corroboration).toBe(2);
  });
});
