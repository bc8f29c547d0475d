/**
 * What the reader shows, derived once per briefing: lookups between actors, quotes, timeline entries and sources.
 * No extraction here: only indexes over the briefing the core built.
 */
import type { Actor, Article, Briefing, BriefingArticle, Conflict, Quote, SourceRef, TimelineEntry } from '../model.js';
import { sanitizeLine } from '../text/sanitize.js';

export const PANES = ['Actors', 'Quotes', 'Timeline', 'Sources', 'Conflicts'] as const;
export type PaneName = (typeof PANES)[number];

/** A timeline row: dated entries, then the undated ones (date null). */
export type TimelineItem = Omit<TimelineEntry, 'date'> & { date: string | null };

export type PaneItem = Actor | Quote | TimelineItem | BriefingArticle | Conflict;

export interface ReaderData {
  briefing: Briefing;
  /** Full articles (text, lineStarts) by id. */
  articles: Map<string, Article>;
  meta: Map<string, BriefingArticle>;
  actorById: Map<string, Actor>;
  quoteById: Map<string, Quote>;
  timelineById: Map<string, TimelineItem>;
  conflictById: Map<string, Conflict>;
  timeline: TimelineItem[];
  quotesBySpeaker: Map<string, Quote[]>;
  quotesByArticle: Map<string, Quote[]>;
  /** The items of each pane, in the core's order. */
  panes: [Actor[], Quote[], TimelineItem[], BriefingArticle[], Conflict[]];
  /** Timeline entries an actor appears in (computed on first use). */
  timelineOf(actorId: string): TimelineItem[];
  /** Actors of a timeline entry. */
  actorsOf(entry: TimelineItem): Actor[];
}

export function buildData(briefing: Briefing, articles: Article[]): ReaderData {
  const timeline: TimelineItem[] = [...briefing.timeline, ...(briefing.undated ?? [])];
  const quotesBySpeaker = new Map<string, Quote[]>();
  const quotesByArticle = new Map<string, Quote[]>();
  for (const q of briefing.quotes) {
    if (q.speaker) push(quotesBySpeaker, q.speaker, q);
    const seen = new Set<string>();
    for (const s of q.sources) {
      if (seen.has(s.article)) continue;
      seen.add(s.article);
      push(quotesByArticle, s.article, q);
    }
  }
  const actorById = new Map(briefing.actors.map((a) => [a.id, a]));
  let byActor: Map<string, TimelineItem[]> | null = null;
  const actorsOf = (entry: TimelineItem): Actor[] => {
    if (entry.actors) return entry.actors.map((id) => actorById.get(id)).filter((a): a is Actor => !!a);
    // The merge did not link actors: fall back to names written in the entry.
    const text = entry.text.toLowerCase();
    return briefing.actors.filter((a) => a.kind !== 'other' || a.name.length > 3).filter((a) => [a.name, ...a.aliases].some((n) => n.length > 2 && text.includes(n.toLowerCase())));
  };
  return {
    briefing,
    articles: new Map(articles.map((a) => [a.id, a])),
    meta: new Map(briefing.articles.map((a) => [a.id, a])),
    actorById,
    quoteById: new Map(briefing.quotes.map((q) => [q.id, q])),
    timelineById: new Map(timeline.map((t) => [t.id, t])),
    conflictById: new Map(briefing.conflicts.map((c) => [c.id, c])),
    timeline,
    quotesBySpeaker,
    quotesByArticle,
    panes: [briefing.actors, briefing.quotes, timeline, briefing.articles, briefing.conflicts],
    timelineOf(actorId) {
      if (!byActor) {
        byActor = new Map();
        for (const t of timeline) for (const a of actorsOf(t)) push(byActor, a.id, t);
      }
      return byActor.get(actorId) ?? [];
    },
    actorsOf,
  };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Number of distinct articles behind an item: the merge's `corroboration`, else counted from its sources. */
export function corroboration(item: PaneItem): number {
  if ('corroboration' in item && typeof item.corroboration === 'number') return item.corroboration;
  const refs: SourceRef[] | undefined = 'mentions' in item ? item.mentions : 'sources' in item ? item.sources : undefined;
  if (!refs) return 0;
  return new Set(refs.map((r) => r.article)).size;
}

/** A content key that survives re-reading the folder (ids may be renumbered). */
export function itemKey(pane: number, item: PaneItem): string {
  switch (pane) {
    case 0:
      return `a:${(item as Actor).name.toLowerCase()}`;
    case 1:
      return `q:${(item as Quote).text.toLowerCase().replace(/\s+/g, ' ')}`;
    case 2:
      return `t:${(item as TimelineItem).date}:${(item as TimelineItem).text.toLowerCase()}`;
    case 3:
      return `s:${(item as BriefingArticle).path}`;
    default:
      return `c:${(item as Conflict).about.toLowerCase()}:${(item as Conflict).claims.map((c) => c.value).join('|')}`;
  }
}

/** Every content key of a briefing (the "seen when opened" set for --watch). */
export function briefingKeys(data: ReaderData): Set<string> {
  const keys = new Set<string>();
  data.panes.forEach((items, pane) => {
    for (const item of items as PaneItem[]) keys.add(itemKey(pane, item));
  });
  return keys;
}

/** "ANI" or the file name when the outlet is unknown. */
export function outletOf(a: BriefingArticle | undefined): string {
  if (!a) return '?';
  if (a.source) return sanitizeLine(a.source);
  if (a.url) {
    try {
      return new URL(a.url).hostname.replace(/^www\./, '');
    } catch {
      /* fall through */
    }
  }
  return sanitizeLine(a.path.split(/[\\/]/).pop() ?? a.path);
}

/** "ANI, 2025-04-29, line 12". */
export function citation(data: ReaderData, ref: SourceRef): string {
  const a = data.meta.get(ref.article);
  return `${outletOf(a)}, ${a?.published ?? 'undated'}, line ${ref.line}`;
}

/** Earliest and latest publication date of the articles ("2025-04-29 – 2025-04-30"). */
export function dateSpan(articles: Array<{ published: string | null }>): string {
  const dates = articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  if (!dates.length) return 'undated';
  return dates[0] === dates[dates.length - 1] ? dates[0]! : `${dates[0]} – ${dates[dates.length - 1]}`;
}

/** Distinct outlets; articles with no named outlet count one each. */
export function sourceCount(articles: BriefingArticle[]): number {
  return new Set(articles.map((a) => (a.source ? `o:${a.source.toLowerCase()}` : a.url ? `u:${outletOf(a)}` : `p:${a.id}`))).size;
}
