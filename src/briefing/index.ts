import type { Article, Briefing, Extraction, TimelineEntry } from '../model.js';
import { findConflicts } from './conflicts.js';
import { mergeActors } from './merge-actors.js';
import { mergeQuotes } from './merge-quotes.js';
import { mergeTimeline } from './merge-timeline.js';
import { storyTitle } from './story-title.js';

export { storyTitle } from './story-title.js';

export interface BuildOptions {
  /** Story title; defaults to one derived from the articles (folder name or headlines). */
  title?: string;
}

type Undated = NonNullable<Briefing['undated']>;

const byPath = (a: Article, b: Article) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Merge per-article extractions into one briefing. Pure; no I/O.
 * The result does not depend on the order of `articles` or `extractions`.
 */
export function buildBriefing(articles: Article[], extractions: Extraction[], options: BuildOptions = {}): Briefing {
  const sorted = [...articles].sort(byPath);
  const order = new Map(sorted.map((a, i) => [a.id, i]));
  const exs = [...extractions].filter((e) => order.has(e.articleId)).sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)!);
  const byId = new Map(sorted.map((a) => [a.id, a]));

  const { actors, idOf } = mergeActors(byId, exs);
  const quotes = mergeQuotes(byId, exs, idOf);
  const quoteCount = new Map<string, number>();
  const actorById = new Map(actors.map((a) => [a.id, a]));
  for (const q of quotes) {
    if (!q.speaker) continue;
    quoteCount.set(q.speaker, (quoteCount.get(q.speaker) ?? 0) + 1);
    // the contract: the actor's name when an actor fits ("Barack Obama" for a quote introduced by "Obama said")
    q.speakerName = actorById.get(q.speaker)?.name ?? q.speakerName;
  }
  for (const a of actors) {
    a.quoteCount = quoteCount.get(a.id) ?? 0;
    a.corroboration ??= new Set(a.mentions.map((m) => m.article)).size;
  }

  const { timeline, undated } = splitTimeline(mergeTimeline(byId, exs, idOf) as unknown);
  const title = options.title?.trim() ? options.title.trim() : storyTitle(sorted);

  const briefing: Briefing = {
    schema: 'briefing/1',
    title,
    articles: sorted.map((a) => ({ id: a.id, path: a.path, title: a.title, source: a.source, published: a.published, publishedInferred: a.publishedInferred, url: a.url, author: a.author })),
    actors,
    quotes,
    timeline,
    conflicts: findConflicts(byId, exs, idOf, actors),
  };
  if (undated) briefing.undated = undated;
  return briefing;
}

/** The timeline merge returns either entries, or { timeline, undated }; entries without a date go to `undated`. */
function splitTimeline(merged: unknown): { timeline: TimelineEntry[]; undated?: Undated } {
  const r = Array.isArray(merged) ? { timeline: merged as TimelineEntry[], undated: undefined } : (merged as { timeline: TimelineEntry[]; undated?: Undated });
  const dated = r.timeline.filter((t) => !!t.date);
  const noDate = r.timeline.filter((t) => !t.date).map((t) => ({ ...t, date: null }) as Undated[number]);
  const undated = noDate.length || r.undated ? [...(r.undated ?? []), ...noDate] : undefined;
  return { timeline: dated, undated };
}
