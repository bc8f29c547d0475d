import type { Article, NumericClaim, RoleClaim, ArticleActor } from '../../model.js';

/** First version: none yet (see the briefing issue). */
export function extractNumericClaims(_article: Article): NumericClaim[] {
  return [];
}

export function extractRoleClaims(_article: Article, _actors: ArticleActor[]): RoleClaim[] {
  return [];
}
