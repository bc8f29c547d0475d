import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { Quote } from '../model.js';

export interface QuoteHit {
  quote: Quote;
  score: number;
  /** Matched character ranges in the quote text ([start, end] inclusive, as fuse.js gives them). */
  matches: ReadonlyArray<readonly [number, number]>;
}

/** Fuzzy search over quote text and speaker names (fuse.js, extended syntax: 'exact ^prefix !not |). */
export function createQuoteSearch(quotes: Quote[]) {
  const fuse = new Fuse(quotes, {
    keys: [{ name: 'text', weight: 0.7 }, { name: 'speakerName', weight: 0.3 }],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    useExtendedSearch: true,
    threshold: 0.35,
    minMatchCharLength: 2,
  });
  return (query: string, limit = 200): QuoteHit[] => {
    if (!query.trim()) return quotes.slice(0, limit).map((quote) => ({ quote, score: 0, matches: [] }));
    return fuse.search(query, { limit }).map((r) => ({
      quote: r.item,
      score: r.score ?? 0,
      matches: (r.matches ?? []).filter((m: FuseResultMatch) => m.key === 'text').flatMap((m) => m.indices),
    }));
  };
}
