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
  extractions = articles.map((a) => extractArticle(a));
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
    const b = buildBriefing(list, list.map((a) => extractArticle(a)));
    const monday = b.timeline.filter((t) => t.date === '2025-05-05');
    expect(monday).toHaveLength(2);
    const rubio = monday.find((t) => t.text.includes('Rubio'))!;
    expect(rubio.sources.map((s) => s.article).sort()).toEqual(['a1', 'a3']);
    expect(rubio.corroboration).toBe(2);
  });
});

describe('scale', () => {
  const words = 'attack talks minister border strike ceasefire election court ruling protest budget flood vote treaty visit summit army police rally court'.split(' ');
  function story(articleCount: number) {
    const arts = new Map<string, Article>();
    const exs: Extraction[] = [];
    for (let a = 0; a < articleCount; a++) {
      const id = `a${a + 1}`;
      arts.set(id, { id, path: `${String(a).padStart(5, '0')}.txt`, format: 'text', title: null, source: null, author: null, url: null, published: '2025-04-30', publishedInferred: false, text: '', bodyStart: 0, bodyEnd: 0, lineStarts: [0], hash: id });
      const times = [];
      for (let k = 0; k < 10; k++) {
        const n = (a * 7 + k * 13) % 97;
        const event = `The ${words[n % words.length]} of ${words[(n * 3) % words.length]} number ${n} on April ${1 + (n % 28)}`;
        times.push({ text: `April ${1 + (n % 28)}`, start: k * 100, end: k * 100 + 8, date: `2025-04-${String(1 + (n % 28)).padStart(2, '0')}`, kind: 'event' as const, event, eventStart: k * 100, eventEnd: k * 100 + 90, inQuote: false, actorKeys: [] });
      }
      exs.push({ articleId: id, actors: [], quotes: [], times, claims: [], roleClaims: [] });
    }
    return { arts, exs };
  }
  test('20,000 dated events from 2,000 articles: one entry per event, independent of order', () => {
    const big = story(2_000);
    const merged = mergeTimeline(big.arts, big.exs);
    // the same words on the same day, reported by many articles, are one entry
    expect(merged.timeline.length).toBeLessThan(200);
    expect(new Set(merged.timeline.flatMap((t) => t.sources.map((x) => x.article))).size).toBe(2_000);
    expect(mergeTimeline(big.arts, [...big.exs].reverse())).toEqual(merged);
  });
});
