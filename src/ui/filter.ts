/**
 * The lists the panes show: the core's order, or sorted by corroboration; narrowed by the `/` query.
 * Quotes use the project's quote search (src/search/quote-search.ts); Actors and Timeline are filtered
 * with fuse.js and the same extended syntax ('exact ^prefix !not |).
 */
import Fuse from 'fuse.js';
import type { Actor, Quote } from '../model.js';
import { createQuoteSearch } from '../search/quote-search.js';
import { corroboration, type PaneItem, type ReaderData, type TimelineItem } from './view-model.js';

export type Ranges = ReadonlyArray<readonly [number, number]>;

export interface PaneList {
  items: PaneItem[];
  /** Matched character ranges in the item's main text ([start, end] inclusive), when searching. */
  matches: Map<PaneItem, Ranges> | null;
  /** A search stopped at its limit: asking with a higher one may find more. */
  more: boolean;
}

/**
 * How many results a search asks for first (best first; a screen shows ~20), and at most when the reader
 * scrolls towards the end of them and asks again with a higher limit.
 */
export const SEARCH_PAGE = 200;
export const SEARCH_MAX = 10_000;

const FUSE_OPTIONS = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: 0.35,
  minMatchCharLength: 2,
} as const;

/** Builds the pane lists of one briefing; search indexes are made on first use. */
export function createLists(data: ReaderData) {
  let quoteSearch: ReturnType<typeof createQuoteSearch> | null = null;
  let actorFuse: Fuse<Actor> | null = null;
  let timelineFuse: Fuse<TimelineItem> | null = null;
  const sortedCache = new Map<number, PaneItem[]>();

  const sorted = (pane: number): PaneItem[] => {
    let s = sortedCache.get(pane);
    if (!s) {
      const items = data.panes[pane] as PaneItem[];
      s = items
        .map((item, i) => ({ item, i, c: corroboration(item) }))
        .sort((a, b) => b.c - a.c || a.i - b.i)
        .map((x) => x.item);
      sortedCache.set(pane, s);
    }
    return s;
  };

  // The last list of each pane, so asking again for the same query costs nothing.
  const last: Array<{ query: string; bySupport: boolean; limit: number; list: PaneList } | undefined> = [];

  return function list(pane: number, query: string, bySupport: boolean, limit = SEARCH_PAGE): PaneList {
    const hit = last[pane];
    if (hit && hit.query === query && hit.bySupport === bySupport && hit.limit === limit) return hit.list;
    const result = compute(pane, query, bySupport, limit);
    last[pane] = { query, bySupport, limit, list: result };
    return result;
  };

  function compute(pane: number, query: string, bySupport: boolean, limit: number): PaneList {
    const base = (bySupport && pane <= 2 ? sorted(pane) : (data.panes[pane] as PaneItem[]));
    const q = query.trim();
    if (!q || pane > 2) return { items: base, matches: null, more: false };
    let hits: Array<{ item: PaneItem; matches: Ranges; score: number }>;
    if (pane === 1) {
      quoteSearch ??= createQuoteSearch(data.briefing.quotes);
      hits = quoteSearch(q, limit).map((h) => ({ item: h.quote as Quote, matches: h.matches, score: h.score }));
    } else if (pane === 0) {
      actorFuse ??= new Fuse(data.briefing.actors, { ...FUSE_OPTIONS, keys: [{ name: 'name', weight: 0.6 }, { name: 'aliases', weight: 0.2 }, { name: 'roles', weight: 0.2 }] });
      hits = actorFuse.search(q, { limit }).map((r) => ({ item: r.item, score: r.score ?? 0, matches: (r.matches ?? []).filter((m) => m.key === 'name').flatMap((m) => m.indices) }));
    } else {
      timelineFuse ??= new Fuse(data.timeline, { ...FUSE_OPTIONS, keys: [{ name: 'text', weight: 0.8 }, { name: 'date', weight: 0.2 }] });
      hits = timelineFuse.search(q, { limit }).map((r) => ({ item: r.item, score: r.score ?? 0, matches: (r.matches ?? []).filter((m) => m.key === 'text').flatMap((m) => m.indices) }));
    }
    const more = hits.length >= limit;
    if (bySupport) {
      hits = hits.map((h, i) => ({ h, i, c: corroboration(h.item) })).sort((a, b) => b.c - a.c || a.i - b.i).map((x) => x.h);
    }
    return { items: hits.map((h) => h.item), matches: new Map(hits.map((h) => [h.item, h.matches])), more };
  }
}
