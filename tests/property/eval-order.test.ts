/**
 * Order independence on real news: the development corpora (../shared/eval, skipped where absent),
 * merged in several orders, give the same briefing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/briefing/index.js';
import { briefingToJson } from '../../src/export/json.js';
import { extractArticle } from '../../src/extract/index.js';
import { loadArticles } from '../../src/load/index.js';
import { ROOT } from '../helpers.js';

const EVAL = path.resolve(ROOT, '..', 'shared', 'eval');

describe.skipIf(!existsSync(EVAL))('merge order on the development corpora', () => {
  for (const corpus of ['polnear-dev', 'meantime-dev']) {
    it(`${corpus}: 24 articles in three orders give one briefing`, async () => {
      const { articles: all } = await loadArticles([path.join(EVAL, corpus, 'articles')]);
      const articles = all.slice(0, 24);
      expect(articles.length).toBe(24);
      const extractions = articles.map((a) => extractArticle(a));
      const build = (order: number[]) => briefingToJson(buildBriefing(order.map((i) => articles[i]!), order.map((i) => extractions[i]!)));
      const ids = articles.map((_, i) => i);
      const reference = build(ids);
      expect(build([...ids].reverse())).toBe(reference);
      const interleaved = [...ids.filter((i) => i % 2), ...ids.filter((i) => i % 2 === 0)];
      expect(build(interleaved)).toBe(reference);
    }, 60_000);
  }
});
