/**
 * Properties of the core for any input (fast-check): the loader and extractors never throw, every
 * position is inside the text and every quote is the text at its own offsets; the merge does not
 * depend on the order of the articles; JSON export parses back to the same briefing; output
 * sanitising and Markdown escaping hold for any string.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/briefing/index.js';
import { briefingToJson } from '../../src/export/json.js';
import { escapeMarkdown } from '../../src/export/markdown-escape.js';
import { briefingToMarkdown } from '../../src/export/markdown.js';
import { briefingToText } from '../../src/export/text.js';
import { extractArticle } from '../../src/extract/index.js';
import { decodeBytes } from '../../src/load/decode.js';
import { articleFromBytes, articleFromText, loadHtmlReader } from '../../src/load/index.js';
import type { Article, Extraction } from '../../src/model.js';
import { lineAt } from '../../src/text/lines.js';
import { sanitizeLine, sanitizeText } from '../../src/text/sanitize.js';

/** PROPERTY_RUNS=10 multiplies the number of cases (for a longer local hunt). */
const F = Number(process.env.PROPERTY_RUNS ?? 1) || 1;
const T = 20_000 * F;

// ---- Generators: news-like text (names, quote marks, verbs, dates, numbers) and arbitrary strings ----
const WORDS = [
  'Mayor', 'Ana', 'Ruiz', 'Tom', 'Lee', 'the', 'council', 'said', 'told', 'reporters', 'on', 'Monday', 'April', '22', '2025',
  'killed', '26', 'people', 'Reuters', 'Secretary', 'of', 'State', 'Antony', 'Blinken', 'India', 'Pakistan', 'he', 'she', 'added',
  'last', 'week', 'yesterday', 'in', 'Paris', 'Ministry', 'Defence', 'spokesperson', 'according', 'to', 'who', 'was', 'will',
];
const MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '"', '“', '”'];
const PUNCT = ['.', ',', ':', ';', '!', '?', ' —', '\n', '\n\n', '\r\n', '\t', ' (', ')'];
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const newsText = fc.array(token, { minLength: 1, maxLength: 120 }).map((ts) => ts.join(' '));
const anyText = fc.oneof(newsText, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }));

beforeAll(() => loadHtmlReader());

function toArticle(id: string, path: string, text: string): Article | null {
  const a = articleFromText(path, text, createHash('sha1').update(text).digest('hex'), []);
  return a ? { id, ...a } : null;
}

function checkExtraction(a: Article, x: Extraction): void {
  const n = a.text.length;
  const inside = (s: { start: number; end: number }, what: string) => {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), what).toBe(true);
    expect(s.start, what).toBeGreaterThanOrEqual(0);
    expect(s.end, what).toBeLessThanOrEqual(n);
    expect(s.start, what).toBeLessThanOrEqual(s.end);
  };
  for (const actor of x.actors) for (const m of actor.mentions) inside(m, `mention of ${actor.name}`);
  for (const q of x.quotes) {
    inside(q, 'quote');
    expect(q.text).toBe(a.text.slice(q.start, q.end));
  }
  for (const t of x.times) {
    inside(t, 'time');
    inside({ start: t.eventStart, end: t.eventEnd }, 'event');
  }
  for (const c of x.claims) inside(c, 'claim');
  for (const r of x.roleClaims) inside(r, 'role claim');
}

describe('loading and extraction, for any text', () => {
  it('never throw; positions are inside the text; each quote is the text at its offsets', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('a.txt', 'a.md', 'a.html'), (text, name) => {
        const problems: { path: string; reason: string }[] = [];
        const a0 = articleFromText(name, text, 'h', problems);
        expect(problems.map((p) => p.reason).join()).not.toMatch(/cannot read the HTML page/);
        const a = a0 ? { id: 'a1', ...a0 } : null;
        if (!a) return;
        expect(a.bodyStart).toBeGreaterThanOrEqual(0);
        expect(a.bodyEnd).toBeLessThanOrEqual(a.text.length);
        checkExtraction(a, extractArticle(a));
      }),
      { numRuns: 150 * F },
    );
  }, T);

  it('any bytes decode without throwing, to text without NULs, or to a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const d = decodeBytes(bytes);
        if (d.ok) expect(d.text.includes('\0')).toBe(false);
        else expect(d.reason).toMatch(/^not a text file/);
        const problems: { path: string; reason: string }[] = [];
        const a = articleFromBytes('x.txt', bytes, problems);
        expect(a === null ? problems.length : 0).toBe(a === null ? 1 : 0);
      }),
      { numRuns: 300 * F },
    );
  }, T);
});

describe('merge and export', () => {
  const corpus = fc.array(newsText, { minLength: 1, maxLength: 5 });

  it('merging does not depend on the order of the articles', () => {
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 1 << 30 }), (texts, seed) => {
        // Ids follow the sorted paths, as the loader assigns them; only the order passed in changes.
        const articles = texts.map((t, i) => toArticle(`a${i + 1}`, `story/p${i}.txt`, t)).filter((a): a is Article => a !== null);
        if (!articles.length) return;
        const extractions = articles.map((a) => extractArticle(a));
        const order = articles.map((_, i) => i);
        let s = seed;
        for (let i = order.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const a = buildBriefing(articles, extractions);
        const b = buildBriefing(order.map((i) => articles[i]!), order.map((i) => extractions[i]!));
        expect(briefingToJson(b)).toBe(briefingToJson(a));
      }),
      { numRuns: 60 * F },
    );
  }, T);

  it('JSON export parses back to the same briefing; every source points inside its article', () => {
    fc.assert(
      fc.property(corpus, (texts) => {
        const articles = texts.map((t, i) => toArticle(`a${i + 1}`, `p${i}.txt`, t)).filter((a): a is Article => a !== null);
        if (!articles.length) return;
        const b = buildBriefing(articles, articles.map((a) => extractArticle(a)));
        const parsed = JSON.parse(briefingToJson(b));
        expect(parsed).toEqual(JSON.parse(JSON.stringify(b)));
        const byId = new Map(articles.map((a) => [a.id, a]));
        for (const q of b.quotes) {
          expect(q.sources.length).toBeGreaterThan(0);
          for (const s of q.sources) {
            const a = byId.get(s.article)!;
            expect(s.end).toBeLessThanOrEqual(a.text.length);
            expect(s.line).toBe(lineAt(a.lineStarts, s.start));
          }
        }
        // The other exports never throw, and stay free of terminal controls.
        for (const out of [briefingToText(b), briefingToMarkdown(b)]) {
          expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        }
      }),
      { numRuns: 60 * F },
    );
  }, T);
});

describe('output sanitising, for any string', () => {
  const dangerous = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
  const hostile = fc.array(fc.oneof(
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom('\u001b[', '\u001b]', '\u001b]52;c;', '\u0007', '\u001b\\', '\u009b', '\u009d', '\u009c', '\u202e', '\u200b', '\n', '\r', '0;', 'm', 'H'),
  ), { maxLength: 40 }).map((p) => p.join(''));

  it('sanitizeLine leaves no control, bidi or zero-width character and no line break; it is idempotent', () => {
    fc.assert(fc.property(hostile, (s) => {
      const out = sanitizeLine(s);
      expect(out).not.toMatch(dangerous);
      expect(out).not.toMatch(/[\n\r\u2028\u2029]/);
      expect(sanitizeLine(out)).toBe(out);
    }), { numRuns: 500 * F });
  }, T);

  it('sanitizeText keeps only newline and tab among controls', () => {
    fc.assert(fc.property(hostile, (s) => {
      const out = sanitizeText(s);
      expect(out).not.toMatch(dangerous);
      expect(out).not.toContain('\r');
    }), { numRuns: 500 * F });
  }, T);

  it('escapeMarkdown: any string renders as one paragraph of plain text', () => {
    const md = fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('[', '](', ')', '![', '<', '>', '#', '- ', '* ', '1. ', '`', '```', '|', '&', '&amp;', 'https://x.example/', 'www.x.example', 'a@b.example', '\n', '\n\n', '    ', '_', '~~', '$', '\\')), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(md, (s) => {
      const e = escapeMarkdown(s);
      if (!e) return;
      const html = marked.parse(e, { async: false }) as string;
      expect(html).toMatch(/^<p>[^<]*<\/p>\n?$/);
    }), { numRuns: 500 * F });
  }, T);
});
