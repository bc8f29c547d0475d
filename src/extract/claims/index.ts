import type { Article, ArticleActor, ArticleQuote, NumericClaim, RoleClaim, Span } from '../../model.js';
import { extractNumericClaims as numeric } from './numeric.js';
import { extractRoleClaims as roles } from './roles.js';

export { parseNumber, boundOf, claimValueText, type Bound } from './numeric.js';
export { parseRole, canonicalOffice, normaliseQualifier } from './roles.js';

/** Spans between quote marks (a fallback for words in quotes the quote extractor did not report). */
export function quoteMarkSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const re = /[“"]([^“”"\n]*)[”"]/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function quoteSpans(article: Article, quotes: ArticleQuote[]): Span[] {
  return [...quotes.map((q) => ({ start: q.start, end: q.end })), ...quoteMarkSpans(article.text, article.bodyStart, article.bodyEnd)];
}

/** Numbers the article itself states about a quantity (death toll, injured); never from quotes. */
export function extractNumericClaims(article: Article, quotes: ArticleQuote[] = []): NumericClaim[] {
  return numeric(article, quoteSpans(article, quotes));
}

/** "Actor K holds office R" as the article states it (outside quotes). */
export function extractRoleClaims(article: Article, actors: ArticleActor[], quotes: ArticleQuote[] = []): RoleClaim[] {
  return roles(article, actors, quoteSpans(article, quotes));
}
