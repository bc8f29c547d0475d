import path from 'node:path';
import type { Actor, Briefing, BriefingArticle, Conflict, Quote, SourceRef, TimelineEntry } from '../model.js';

/**
 * What the Markdown and text briefings have in common: ranking (which quotes and actors matter),
 * the summary's key points, dates a reader can read, and citations (outlet, date, file:line).
 * Everything here returns raw strings; each renderer escapes article text its own way.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-04-22" -> "22 April 2025", "2025-04" -> "April 2025", "2025" -> "2025"; anything else unchanged. */
export function humanDate(d: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return d;
  const [, y, mo, day] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y!;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

/** "22 April 2025 to 30 April 2025", shortened when the month or year is shared. */
export function humanSpan(from: string, to: string): string {
  if (from === to) return humanDate(from);
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (a && b && a[1] === b[1]) {
    if (a[2] === b[2]) return `${Number(a[3])}–${Number(b[3])} ${MONTHS[Number(a[2]) - 1]} ${a[1]}`;
    return `${Number(a[3])} ${MONTHS[Number(a[2]) - 1]} – ${humanDate(to)}`;
  }
  return `${humanDate(from)} – ${humanDate(to)}`;
}

const isDate = (d: string | null | undefined): d is string => !!d && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d);

export interface Coverage {
  articles: number;
  outlets: string[];
  /** Articles that name their outlet. */
  withOutlet: number;
  published: { from: string; to: string } | null;
  undatedArticles: number;
  events: { from: string; to: string } | null;
}

export function coverage(b: Briefing): Coverage {
  const pub = b.articles.map((a) => a.published).filter(isDate).sort();
  // Background years ("since the 2008 attacks") would stretch the span: prefer day-precise dates.
  const all = b.timeline.map((t) => t.date).filter(isDate).sort();
  const days = all.filter((d) => d.length === 10);
  const ev = days.length ? days : all;
  return {
    articles: b.articles.length,
    outlets: [...new Set(b.articles.map((a) => a.source).filter((s): s is string => !!s))].sort(),
    withOutlet: b.articles.filter((a) => a.source).length,
    published: pub.length ? { from: pub[0]!, to: pub[pub.length - 1]! } : null,
    undatedArticles: b.articles.filter((a) => !isDate(a.published)).length,
    events: ev.length ? { from: ev[0]!, to: ev[ev.length - 1]! } : null,
  };
}

/** "5 articles from ANI, Reuters" when every article names its outlet, else "5 articles (1 names its outlet: ANI)". */
export function articlesPhrase(cov: Coverage, show: (s: string) => string): string {
  const n = cov.articles === 1 ? '1 article' : `${cov.articles} articles`;
  if (!cov.outlets.length) return n;
  const outlets = cov.outlets.map(show).join(', ');
  if (cov.withOutlet === cov.articles) return `${n} from ${outlets}`;
  return `${n} (${cov.withOutlet} ${cov.withOutlet === 1 ? 'names its' : 'name their'} outlet: ${outlets})`;
}

/** Short names for files: the base name, or the path when two articles share a base name. */
export function fileNames(articles: BriefingArticle[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const a of articles) count.set(path.basename(a.path), (count.get(path.basename(a.path)) ?? 0) + 1);
  return new Map(articles.map((a) => [a.id, count.get(path.basename(a.path))! > 1 ? a.path : path.basename(a.path)]));
}

export interface Citation {
  outlet: string | null;
  date: string | null;
  file: string;
  line: number;
}

export function citer(b: Briefing): (ref: SourceRef) => Citation {
  const arts = new Map(b.articles.map((a) => [a.id, a]));
  const files = fileNames(b.articles);
  return (ref) => {
    const a = arts.get(ref.article);
    return { outlet: a?.source ?? null, date: a?.published ?? null, file: files.get(ref.article) ?? ref.article, line: ref.line };
  };
}

/** Quotes in the order a reader wants them: most corroborated, attributed, whole sentences first. */
export function rankQuotes(quotes: Quote[]): Quote[] {
  const score = (q: Quote) => {
    const words = q.text.split(/\s+/).filter(Boolean).length;
    return (q.corroboration ?? new Set(q.sources.map((s) => s.article)).size) * 100 + (q.speakerName || q.speaker ? 20 : 0) + (q.partial ? 0 : 10) + Math.min(words, 40) / 4;
  };
  return quotes
    .map((q, i) => ({ q, i, s: score(q) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.q);
}

/** Key quotes for a summary: whole, attributed statements of a few words at least. */
export function keyQuotes(quotes: Quote[], limit: number): Quote[] {
  const ranked = rankQuotes(quotes);
  const good = ranked.filter((q) => !q.partial && q.text.split(/\s+/).length >= 4 && (q.speakerName || q.speaker));
  const isGood = new Set(good);
  const rest = ranked.filter((q) => !isGood.has(q));
  return [...good, ...rest].slice(0, limit);
}

export function articleCount(refs: SourceRef[]): number {
  return new Set(refs.map((r) => r.article)).size;
}

/** Actors in order of importance: quoted, then most articles, then most mentions. */
export function rankActors(actors: Actor[]): Actor[] {
  return actors
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        (y.a.quoteCount ?? 0) - (x.a.quoteCount ?? 0) ||
        (y.a.corroboration ?? articleCount(y.a.mentions)) - (x.a.corroboration ?? articleCount(x.a.mentions)) ||
        y.a.mentions.length - x.a.mentions.length ||
        x.i - y.i,
    )
    .map((x) => x.a);
}

const actorIndex = new WeakMap<Briefing, Map<string, Actor>>();

export function speakerOf(b: Briefing, q: Quote): string | null {
  if (q.speaker) {
    let index = actorIndex.get(b);
    if (!index) actorIndex.set(b, (index = new Map(b.actors.map((a) => [a.id, a]))));
    const a = index.get(q.speaker);
    if (a) return a.name;
  }
  return q.speakerName;
}

/** A key point: our own words (`lead`, safe) and article words (`text`, to escape), with a source count. */
export interface KeyPoint {
  lead: string;
  text: string;
  /** A remark after the text (may hold article words: escape it). */
  note?: string;
  sources: number;
}

/**
 * The facts most sources agree on: the majority value of each disputed number, the events and
 * statements reported by the most articles, and who the story is about.
 */
export function keyPoints(b: Briefing, limit = 6): KeyPoint[] {
  const points: KeyPoint[] = [];
  for (const c of b.conflicts) {
    const sorted = [...c.claims].sort((x, y) => articleCount(y.sources) - articleCount(x.sources));
    const top = sorted[0];
    if (!top || articleCount(top.sources) < 2 || articleCount(top.sources) === articleCount(sorted[1]?.sources ?? [])) continue;
    const others = sorted.slice(1).map((x) => `${plural(articleCount(x.sources), 'article')} ${articleCount(x.sources) === 1 ? 'says' : 'say'} ${x.value}`);
    points.push({ lead: `${capitalise(c.about)}: `, text: top.value, note: others.join('; '), sources: articleCount(top.sources) });
  }
  const events = [...b.timeline]
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => articleCount(t.sources) >= 2 && t.kind !== 'plan')
    .sort((x, y) => articleCount(y.t.sources) - articleCount(x.t.sources) || x.i - y.i)
    .slice(0, 3)
    .map(({ t }) => t)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  for (const t of events) points.push({ lead: `${humanDate(t.date)}: `, text: t.text, sources: articleCount(t.sources) });
  const quotes = rankQuotes(b.quotes).filter((q) => articleCount(q.sources) >= 2 && !q.partial).slice(0, 2);
  for (const q of quotes) points.push({ lead: `${speakerOf(b, q) ?? 'Unattributed'} said: `, text: `“${quoteForDisplay(q.text)}”`, sources: articleCount(q.sources) });
  return points.slice(0, limit);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** Timeline entries grouped by date, in order. */
export function timelineByDate(entries: TimelineEntry[]): Array<{ date: string; entries: TimelineEntry[] }> {
  const groups = new Map<string, TimelineEntry[]>();
  for (const t of [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const list = groups.get(t.date);
    if (list) list.push(t);
    else groups.set(t.date, [t]);
  }
  return [...groups.entries()].map(([date, list]) => ({ date, entries: list }));
}

export function conflictRows(c: Conflict): Array<{ value: string; sources: SourceRef[] }> {
  return [...c.claims].sort((x, y) => articleCount(y.sources) - articleCount(x.sources));
}

/** At most `words` words, with "…" when cut. */
export function clip(text: string, words: number): string {
  const w = text.split(/\s+/).filter(Boolean);
  if (w.length <= words) return text.trim();
  const cut = w.slice(0, words).join(' ').replace(/[,;:–—-]+$/, '');
  return /^[“"]/.test(text.trim()) ? `${cut}…”` : `${cut}…`;
}

/** Quote words as shown in a document: the comma that led into "…," she said is dropped. */
export function quoteForDisplay(text: string): string {
  return text.trim().replace(/\s*,+$/, '');
}
