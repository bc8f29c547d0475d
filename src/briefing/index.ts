import type { Article, Briefing, Extraction } from '../model.js';
import { mergeActors } from './merge-actors.js';
import { mergeQuotes } from './merge-quotes.js';
import { mergeTimeline } from './merge-timeline.js';

export interface BuildOptions {
  /** Story title; defaults to one derived from the articles. */
  title?: string;
}

/** Merge per-article extractions into one briefing. Pure; no I/O. */
export function buildBriefing(articles: Article[], extractions: Extraction[], options: BuildOptions = {}): Briefing {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const { actors, idOf } = mergeActors(byId, extractions);
  const { timeline, undated } = mergeTimeline(byId, extractions, idOf);
  return {
    schema: 'briefing/1',
    title: options.title ?? storyTitle(articles),
    articles: articles.map((a) => ({ id: a.id, path: a.path, title: a.title, source: a.source, published: a.published, publishedInferred: a.publishedInferred, url: a.url, author: a.author })),
    actors,
    quotes: mergeQuotes(byId, extractions, idOf),
    timeline,
    conflicts: [],
    undated,
  };
}

function storyTitle(articles: Article[]): string {
  return articles.find((a) => a.title)?.title ?? 'Briefing';
}
