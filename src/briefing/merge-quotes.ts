import type { Article, Extraction, Quote } from '../model.js';
import { lineAt } from '../text/lines.js';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** One quote per statement across articles. First version: merged by exact normalised text. */
export function mergeQuotes(articles: Map<string, Article>, extractions: Extraction[], actorIdOf: Map<string, string>): Quote[] {
  const quotes = new Map<string, Quote>();
  for (const ex of extractions) {
    const art = articles.get(ex.articleId)!;
    for (const q of ex.quotes) {
      const k = norm(q.text);
      let quote = quotes.get(k);
      const speaker = q.speakerKey ? actorIdOf.get(`${ex.articleId}/${q.speakerKey}`) ?? null : null;
      if (!quote) {
        quote = { id: `q${quotes.size + 1}`, text: q.text, speaker, speakerName: q.speakerName, partial: q.partial, sources: [] };
        quotes.set(k, quote);
      }
      quote.sources.push({ article: art.id, line: lineAt(art.lineStarts, q.start), start: q.start, end: q.end });
    }
  }
  return [...quotes.values()];
}
