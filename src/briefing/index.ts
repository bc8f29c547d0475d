import type { Actor, Article, Briefing, Extraction, Quote, TimelineEntry } from '../model.js';
import { lineAt } from '../text/lines.js';

export interface BuildOptions {
  /** Story title; defaults to one derived from the articles. */
  title?: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Merge per-article extractions into one briefing. First version: exact-text merging. */
export function buildBriefing(articles: Article[], extractions: Extraction[], options: BuildOptions = {}): Briefing {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const actors = new Map<string, Actor>();
  const actorIdByKey = new Map<string, string>();
  for (const ex of extractions) {
    const art = byId.get(ex.articleId)!;
    for (const a of ex.actors) {
      const k = norm(a.name);
      let actor = actors.get(k);
      if (!actor) {
        actor = { id: `actor${actors.size + 1}`, name: a.name, kind: a.kind, aliases: [], roles: [], mentions: [] };
        actors.set(k, actor);
      }
      actorIdByKey.set(`${ex.articleId}/${a.key}`, actor.id);
      for (const m of a.mentions) actor.mentions.push({ article: art.id, line: lineAt(art.lineStarts, m.start) });
    }
  }
  const quotes = new Map<string, Quote>();
  for (const ex of extractions) {
    const art = byId.get(ex.articleId)!;
    for (const q of ex.quotes) {
      const k = norm(q.text);
      let quote = quotes.get(k);
      const speaker = q.speakerKey ? actorIdByKey.get(`${ex.articleId}/${q.speakerKey}`) ?? null : null;
      if (!quote) {
        quote = { id: `q${quotes.size + 1}`, text: q.text, speaker, speakerName: q.speakerName, partial: q.partial, sources: [] };
        quotes.set(k, quote);
      }
      quote.sources.push({ article: art.id, line: lineAt(art.lineStarts, q.start), start: q.start, end: q.end });
    }
  }
  const timeline = new Map<string, TimelineEntry>();
  for (const ex of extractions) {
    const art = byId.get(ex.articleId)!;
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
  return {
    schema: 'briefing/1',
    title: options.title ?? storyTitle(articles),
    articles: articles.map((a) => ({ id: a.id, path: a.path, title: a.title, source: a.source, published: a.published, publishedInferred: a.publishedInferred, url: a.url, author: a.author })),
    actors: [...actors.values()],
    quotes: [...quotes.values()],
    timeline: [...timeline.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    conflicts: [],
  };
}

function storyTitle(articles: Article[]): string {
  return articles.find((a) => a.title)?.title ?? 'Briefing';
}
