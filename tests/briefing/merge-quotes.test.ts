import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Briefing, Extraction } from '../../src/model.js';
import { buildBriefing } from '../../src/briefing/index.js';
import { clusterQuotes, mergeQuotes } from '../../src/briefing/merge-quotes.js';
import { openBriefing } from '../../src/pipeline.js';
import { lineStartsOf } from '../../src/text/lines.js';
import { SAMPLE, articleFile } from '../helpers.js';

/** An article whose text holds each quote in its own paragraph, with the quote's offsets. */
function article(id: string, paragraphs: string[]): Article {
  const text = paragraphs.join('\n\n');
  return { id, path: `${id}.txt`, format: 'text', title: null, source: null, author: null, url: null, published: '2025-04-30', publishedInferred: false, text, bodyStart: 0, bodyEnd: text.length, lineStarts: lineStartsOf(text), hash: id };
}

interface Q {
  text: string;
  speaker?: string | null;
  partial?: boolean;
}

/** Each article is a list of quotes "as printed": “text,” Speaker said. Returns articles and extractions. */
function story(spec: Record<string, Q[]>): { articles: Article[]; extractions: Extraction[] } {
  const articles: Article[] = [];
  const extractions: Extraction[] = [];
  for (const [id, quotes] of Object.entries(spec)) {
    const paragraphs = quotes.map((q) => `“${q.text},” ${q.speaker ?? 'someone'} said.`);
    const a = article(id, paragraphs);
    let at = 0;
    const ex: Extraction = { articleId: id, actors: [], quotes: [], times: [], claims: [], roleClaims: [] };
    paragraphs.forEach((p, i) => {
      const start = at + 1;
      const q = quotes[i]!;
      ex.quotes.push({ text: q.text, start, end: start + q.text.length, speakerKey: null, speakerName: q.speaker ?? null, partial: q.partial ?? false, spokenOn: null });
      at += p.length + 2;
    });
    articles.push(a);
    extractions.push(ex);
  }
  return { articles, extractions };
}

function merged(spec: Record<string, Q[]>) {
  const { articles, extractions } = story(spec);
  return mergeQuotes(new Map(articles.map((a) => [a.id, a])), extractions, new Map());
}

describe('the same quote from several outlets is one quote with every source', () => {
  it('merges a trimmed quote into the longer version and keeps the longer text', () => {
    const qs = merged({
      a1: [{ text: 'That is correct.', speaker: 'Bruce' }],
      a2: [{ text: 'That is correct. The secretary also gave me a note about that as well.', speaker: 'Tammy Bruce' }],
    });
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('That is correct. The secretary also gave me a note about that as well.');
    expect(qs[0]!.sources.map((s) => s.article)).toEqual(['a1', 'a2']);
    expect(qs[0]!.corroboration).toBe(2);
    expect(qs[0]!.speakerName).toBe('Tammy Bruce');
  });

  it('merges across different quote marks, punctuation, capitalisation and an ellipsis cut', () => {
    const qs = merged({
      a1: [{ text: 'We have been doing this dirty work for the United States for about 3 decades... and the west, including Britain', speaker: 'Khawaja Asif' }],
      a2: [{ text: "we've been doing this dirty work for the united states for about 3 decades … and the West", speaker: 'Asif' }],
      a3: [{ text: 'We have been doing this "dirty work" for the United States, for about 3 decades', speaker: null }],
    });
    expect(qs).toHaveLength(1);
    expect(qs[0]!.sources.map((s) => s.article)).toEqual(['a1', 'a2', 'a3']);
    expect(qs[0]!.text).toMatch(/^We have been doing this dirty work/);
  });

  it('merges the same words reported twice in one article (lede and body)', () => {
    const qs = merged({ a1: [{ text: 'them not to escalate the situation', speaker: 'Bruce' }, { text: 'them not to escalate the situation.', speaker: 'Bruce' }] });
    expect(qs).toHaveLength(1);
    expect(qs[0]!.sources).toHaveLength(2);
    expect(qs[0]!.corroboration).toBe(1);
  });

  it('records line, start and end of every source as they are in the article', () => {
    const { articles, extractions } = story({ a1: [{ text: 'first quote here now', speaker: 'X' }, { text: 'The world is watching this.', speaker: 'Bruce' }], a2: [{ text: 'The world is watching this', speaker: 'Bruce' }] });
    const qs = mergeQuotes(new Map(articles.map((a) => [a.id, a])), extractions, new Map());
    const world = qs.find((q) => q.text.startsWith('The world'))!;
    for (const s of world.sources) {
      const a = articles.find((x) => x.id === s.article)!;
      expect(a.text.slice(s.start, s.end)).toMatch(/^The world is watching this/);
      expect(s.line).toBe(a.text.slice(0, s.start).split('\n').length);
    }
  });
});

describe('what is not merged', () => {
  it('keeps two different sentences of the same speaker apart', () => {
    const qs = merged({
      a1: [{ text: 'We are reaching out to both parties and telling them not to escalate the situation.', speaker: 'Bruce' }],
      a2: [{ text: 'The world is watching this, but I have no additional details in that regard.', speaker: 'Bruce' }],
    });
    expect(qs).toHaveLength(2);
  });

  it('keeps sentences that share a phrase but say different things apart', () => {
    const qs = merged({
      a1: [{ text: 'We are reaching out to both parties and telling them not to escalate', speaker: 'Bruce' }],
      a2: [{ text: 'We are reaching out regarding the Kashmir situation, India and Pakistan', speaker: 'Bruce' }],
    });
    expect(qs).toHaveLength(2);
  });

  it('keeps the same words by two different named speakers apart', () => {
    const qs = merged({
      a1: [{ text: 'This is a very dangerous moment for the whole region', speaker: 'Antonio Guterres' }],
      a2: [{ text: 'This is a very dangerous moment for the whole region', speaker: 'Shehbaz Sharif' }],
    });
    expect(qs).toHaveLength(2);
  });

  it('keeps a denial apart from the statement it denies (real quotes from one column)', () => {
    const qs = merged({
      a1: [{ text: "I don't believe in the devil.", speaker: null }],
      a2: [{ text: 'Of course I believe in the devil. I was just kidding.', speaker: null }],
    });
    expect(qs).toHaveLength(2);
  });

  it('does not merge two-word fragments into longer quotes', () => {
    const qs = merged({ a1: [{ text: 'dirty work', speaker: null, partial: true }], a2: [{ text: 'We have been doing this dirty work for the United States', speaker: 'Asif' }] });
    expect(qs).toHaveLength(2);
  });

  it('does not let a longer version swallow a quote it leaves out', () => {
    // a2's version does not contain a1's first quote: a1's "That is correct." must not vanish.
    const qs = merged({
      a1: [{ text: 'That is correct.', speaker: 'Bruce' }, { text: 'The secretary also gave me a note about that as well. We are reaching out regarding the Kashmir situation, India and Pakistan.', speaker: 'Bruce' }],
      a2: [{ text: 'The secretary also gave me a note about that as well. So we are reaching out regarding the Kashmir situation, India and Pakistan', speaker: 'Bruce' }],
    });
    const correct = qs.find((q) => q.sources.some((s) => s.article === 'a1' && s.start === 1))!;
    expect(correct.text.toLowerCase()).toContain('that is correct');
    expect(qs.find((q) => q.text.startsWith('The secretary'))!.sources.map((s) => s.article)).toEqual(['a1', 'a2']);
  });
});

describe('order independence and scale', () => {
  const spec: Record<string, Q[]> = {
    a1: [{ text: 'That is correct.', speaker: 'Bruce' }, { text: 'The world is watching this.', speaker: 'Bruce' }],
    a2: [{ text: 'That is correct. The secretary also gave me a note about that as well.', speaker: 'Tammy Bruce' }],
    a3: [{ text: 'the world is watching this', speaker: 'Bruce' }, { text: 'complete operational freedom', speaker: 'Modi', partial: true }],
  };

  it('gives the same briefing quotes whatever the order of articles and extractions', () => {
    const { articles, extractions } = story(spec);
    const base = buildBriefing(articles, extractions).quotes;
    const reversed = buildBriefing([...articles].reverse(), [...extractions].reverse()).quotes;
    const rotated = buildBriefing([articles[1]!, articles[2]!, articles[0]!], [extractions[2]!, extractions[0]!, extractions[1]!]).quotes;
    expect(reversed).toEqual(base);
    expect(rotated).toEqual(base);
    expect(base.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('merges 12,000 quotes (4,000 statements, three outlets each) through the index, not all pairs (timing: npm run bench)', () => {
    const vocab = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    let seed = 7;
    // mulberry32: a small deterministic generator
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const statements = Array.from({ length: 4_000 }, () => Array.from({ length: 12 + Math.floor(rnd() * 20) }, () => vocab[Math.floor(rnd() * vocab.length)]!).join(' '));
    const articles: Article[] = [];
    const extractions: Extraction[] = [];
    for (let k = 0; k < 3; k++) {
      const id = `o${k}`;
      const text = statements.map((s) => (k === 1 ? s.toUpperCase() : k === 2 ? s.split(' ').slice(1).join(' ') : s)).join('\n');
      const a = article(id, [text]);
      const ex: Extraction = { articleId: id, actors: [], quotes: [], times: [], claims: [], roleClaims: [] };
      let at = 0;
      for (const line of text.split('\n')) {
        ex.quotes.push({ text: line, start: at, end: at + line.length, speakerKey: null, speakerName: null, partial: false, spokenOn: null });
        at += line.length + 1;
      }
      articles.push(a);
      extractions.push(ex);
    }
    const members = extractions.flatMap((ex) => ex.quotes.map((quote) => ({ article: articles.find((x) => x.id === ex.articleId)!, quote, speaker: null })));
    const stats = { comparisons: 0 };
    const groups = clusterQuotes(members, stats);
    expect(groups.length).toBe(4_000);
    expect(groups.every((g) => new Set(g.map((m) => m.article.id)).size === 3)).toBe(true);
    // Candidates come from the index: a few comparisons per quote, not one per pair (72 million).
    expect(stats.comparisons).toBeLessThan(members.length * 5);
    const qs = mergeQuotes(new Map(articles.map((a) => [a.id, a])), extractions, new Map());
    expect(qs.every((q) => q.corroboration === 3)).toBe(true);
  }, 30_000);
});

describe('many near-copies of the same statements (one story told by hundreds of outlets)', () => {
  it('merges 300 slightly different copies of each of 25 statements, with a bounded number of comparisons', () => {
    let seed = 11;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const base = Array.from({ length: 25 }, () => Array.from({ length: 10 + Math.floor(rnd() * 30) }, () => `w${Math.floor(rnd() * 3000)}`));
    const members = [];
    for (let k = 0; k < 300; k++) {
      const lines = base.map((w) => {
        const c = [...w];
        if (rnd() < 0.7) c[Math.floor(rnd() * c.length)] = `n${Math.floor(rnd() * 1e6)}`; // one word changed
        return c.join(' ');
      });
      const a = article(`o${k}`, [lines.join('\n')]);
      let at = 0;
      for (const l of lines) {
        members.push({ article: a, quote: { text: l, start: at, end: at + l.length, speakerKey: null, speakerName: null, partial: false, spokenOn: null }, speaker: null });
        at += l.length + 1;
      }
    }
    const stats = { comparisons: 0 };
    const groups = clusterQuotes(members, stats);
    expect(groups.map((g) => g.length)).toEqual(Array(25).fill(300));
    expect(stats.comparisons).toBeLessThan(members.length * 20);
  });
});

describe('the sample story, through the real pipeline', () => {
  let b: Briefing;
  const file = (id: string) => articleFile(b, id);
  beforeAll(async () => {
    b = (await openBriefing([SAMPLE])).briefing;
  });

  it('reports Bruce’s "That is correct…" once, with the outlet that trims it and the one that reports more', () => {
    const q = b.quotes.find((x) => /^That is correct\. The secretary also gave me a note/.test(x.text));
    expect(q, JSON.stringify(b.quotes.map((x) => x.text.slice(0, 40)))).toBeDefined();
    const files = q!.sources.map((s) => file(s.article));
    expect(files).toContain('000_fd6803fac89efbb4.txt');
    expect(files).toContain('001_e97de1729d68388b.txt');
    expect(q!.corroboration).toBeGreaterThanOrEqual(2);
  });

  it('reports Khawaja Asif’s "dirty work" statement once with both outlets that carry it in full', () => {
    const q = b.quotes.filter((x) => /doing this dirty work for the United States for about 3 decades/.test(x.text));
    expect(q).toHaveLength(1);
    expect(q[0]!.sources.map((s) => file(s.article))).toContain('001_e97de1729d68388b.txt');
  });

  it('every source of a merged quote points at words that are in the merged text', async () => {
    const { articles } = await openBriefing([SAMPLE]);
    const text = new Map(articles.map((a) => [a.id, a.text]));
    const words = (s: string) => s.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const q of b.quotes) {
      const all = new Set(words(q.text));
      for (const s of q.sources) {
        const w = words(text.get(s.article)!.slice(s.start, s.end));
        const inside = w.filter((x) => all.has(x)).length / Math.max(1, w.length);
        expect(inside, `${q.text} <- ${text.get(s.article)!.slice(s.start, s.end)}`).toBeGreaterThanOrEqual(0.8);
      }
    }
  });

  it('numbers quotes q1… in document order and counts corroboration as distinct articles', () => {
    expect(b.quotes.map((q) => q.id)).toEqual(b.quotes.map((_, i) => `q${i + 1}`));
    for (const q of b.quotes) expect(q.corroboration).toBe(new Set(q.sources.map((s) => s.article)).size);
  });
});
