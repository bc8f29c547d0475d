// Quote extraction measured on the shared PolNeAR development corpus (skipped where ../shared/eval does not exist),
// with the shared scorer's own matching helpers, run in-process on load + actors + quotes only (seconds, not a CLI run).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadArticles } from '../../src/load/index.js';
import { extractActors } from '../../src/extract/actors/index.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { ROOT } from '../helpers.js';

const SHARED = path.resolve(ROOT, '..', 'shared', 'eval');
const CORPUS = path.join(SHARED, 'polnear-dev');
const available = existsSync(path.join(CORPUS, 'gold.json')) && existsSync(path.join(SHARED, 'score.mjs'));

interface GoldQuote {
  content: string;
  sourceText: string;
  sourceIsName?: boolean;
  nameTokens?: string[];
}
interface Scorer {
  normTokens(s: string): string[];
  coverage(part: string[], whole: Set<string>): number;
  nameTokens(s: string | null | undefined): string[];
}

describe.skipIf(!available)('quotes on the PolNeAR development corpus', () => {
  test('recall >= 0.95, named speakers >= 0.90 and precision >= 0.90 (the issue’s targets)', async () => {
    const score = (await import(pathToFileURL(path.join(SHARED, 'score.mjs')).href)) as Scorer;
    const gold = JSON.parse(readFileSync(path.join(CORPUS, 'gold.json'), 'utf8')) as { articles: Record<string, { quotes: GoldQuote[] }> };
    const { articles } = await loadArticles([path.join(CORPUS, 'articles')]);
    let n = 0, found = 0, named = 0, right = 0, exported = 0, matched = 0;
    for (const a of articles) {
      const g = gold.articles[path.basename(a.path)];
      if (!g) continue;
      const actors = extractActors(a);
      const mine = extractQuotes(a, actors).map((q) => {
        const actor = actors.find((x) => x.key === q.speakerKey);
        const names = [q.speakerName, actor?.name, ...(actor?.aliases ?? [])].flatMap((x) => score.nameTokens(x));
        return { tokens: score.normTokens(q.text), set: new Set(score.normTokens(q.text)), names: new Set(names) };
      });
      // precision: an exported quote counts when a gold quote of the article holds half its words (scorer rule 5)
      const goldSets = g.quotes.map((q) => new Set(score.normTokens(q.content)));
      for (const m of mine) {
        exported++;
        if (goldSets.some((s) => score.coverage(m.tokens, s) >= 0.5)) matched++;
      }
      for (const q of g.quotes) {
        const t = score.normTokens(q.content);
        if (t.length === 0) continue;
        n++;
        let best = 0;
        let bestOnes: typeof mine = [];
        for (const m of mine) {
          const c = score.coverage(t, m.set);
          if (c > best + 1e-9) [best, bestOnes] = [c, [m]];
          else if (Math.abs(c - best) <= 1e-9 && c > 0) bestOnes.push(m);
        }
        if (best >= 0.5) found++;
        if (!q.sourceIsName) continue;
        named++;
        const want = new Set(q.nameTokens ?? score.nameTokens(q.sourceText));
        if (best >= 0.5 && bestOnes.some((m) => [...m.names].some((w) => want.has(w)))) right++;
      }
    }
    expect(n).toBeGreaterThan(700);
    expect(found / n).toBeGreaterThanOrEqual(0.95);
    expect(right / named).toBeGreaterThanOrEqual(0.9);
    expect(matched / exported).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
