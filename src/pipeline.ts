import type { Article, Briefing, LoadProblem } from './model.js';
import { loadArticles, type LoadOptions } from './load/index.js';
import { extractArticle } from './extract/index.js';
import { buildBriefing } from './briefing/index.js';
import { inferPublicationDates } from './briefing/publication-dates.js';

export interface OpenedBriefing {
  briefing: Briefing;
  articles: Article[];
  problems: LoadProblem[];
}

/** Load, extract and merge: the whole core, from paths to a briefing. */
export async function openBriefing(paths: string[], options: LoadOptions & { title?: string } = {}): Promise<OpenedBriefing> {
  const { articles: loaded, problems } = await loadArticles(paths, options);
  const articles = inferPublicationDates(loaded);
  const extractions = articles.map(extractArticle);
  const briefing = buildBriefing(articles, extractions, { title: options.title });
  return { briefing, articles, problems };
}
