import type { Article, Extraction } from '../model.js';
import { extractActors } from './actors/index.js';
import { extractNumericClaims, extractRoleClaims } from './claims/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractTimes } from './timeline/index.js';

/** How articles are read; part of what a cached extraction depends on. */
export interface ExtractSettings {
  /** Read ''…'' and ``…'' as quotation marks, as news archives (the NYT corpus) write them. Default: not quotes. */
  archiveQuotes?: boolean;
}

/** Everything one article says: actors, quotes, time expressions, claims. Pure; no I/O. */
export function extractArticle(article: Article, settings: ExtractSettings = {}): Extraction {
  try {
    const actors = extractActors(article);
    const quotes = extractQuotes(article, actors, settings.archiveQuotes);
    return {
      articleId: article.id,
      actors,
      quotes,
      times: extractTimes(article, actors, quotes),
      claims: extractNumericClaims(article, quotes),
      roleClaims: extractRoleClaims(article, actors, quotes),
    };
  } catch (e) {
    // A bug in an extractor costs this article's facts, never the whole briefing; the pipeline reports it.
    const error = e instanceof Error ? e.message : String(e);
    return { articleId: article.id, actors: [], quotes: [], times: [], claims: [], roleClaims: [], error };
  }
}
