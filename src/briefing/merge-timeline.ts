import type { Article, Extraction, TimelineEntry } from '../model.js';
import { lineAt } from '../text/lines.js';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** One timeline entry per event across articles, sorted by date. First version: exact event text. */
export function mergeTimeline(articles: Map<string, Article>, extractions: Extraction[]): TimelineEntry[] {
  const timeline = new Map<string, TimelineEntry>();
  for (const ex of extractions) {
    const art = articles.get(ex.articleId)!;
    for (const t of ex.times) {
      if (!t.date) continue;
      const k = `${t.date} ${norm(t.event)}`;
      let entry = timeline.get(k);
      if (!entry) {
        entry = { id: `t${timeline.size + 1}`, date: t.date, text: t.event, sources: [] };
        timeline.set(k, entry);
      }
      entry.sources.push({ article: art.id, line: lineAt(art.lineStarts, t.start) });
    }
  }
  return [...timeline.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
