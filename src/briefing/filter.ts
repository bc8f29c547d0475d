import type { Actor, Briefing, Quote, TimelineEntry } from '../model.js';

/** What the export options keep: a date range, one actor, the top N quotes. */
export interface BriefingFilter {
  /** YYYY, YYYY-MM or YYYY-MM-DD: keep what happened on or after (partial dates: any overlap). */
  since?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: keep what happened on or before. */
  until?: string;
  /** Only this actor's quotes and events (name or alias, case-insensitive; a surname works). */
  actor?: string;
  /** Only the N most corroborated quotes. */
  top?: number;
}

export class FilterError extends Error {}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Check and normalise a date given by the user ("2025-4-22" is accepted as 2025-04-22). */
export function parseFilterDate(input: string, flag: string): string {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(input.trim());
  if (!m) throw new FilterError(`${flag} needs a date like 2025-04-22, 2025-04 or 2025 (got "${input}")`);
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) throw new FilterError(`${flag}: no month ${mo} in "${input}"`);
  if (d) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > last) throw new FilterError(`${flag}: no day ${d} in "${input}"`);
  }
  return [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
}

/** First and last day a partial date covers ("2025-04" -> 2025-04-01 … 2025-04-31, compared as strings). */
function range(date: string): [string, string] | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [date, date];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

function inRange(date: string | null | undefined, since: string | undefined, until: string | undefined): boolean {
  if (!since && !until) return true;
  if (!date) return false;
  const r = range(date);
  if (!r) return false;
  if (since && r[1] < range(since)![0]) return false;
  if (until && r[0] > range(until)![1]) return false;
  return true;
}

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Actors the user means by `name`: every word of the query is in the actor's name or one alias. */
export function findActors(actors: Actor[], name: string): Actor[] {
  const q = words(name);
  if (!q.length) return [];
  const exact = actors.filter((a) => [a.name, ...a.aliases].some((n) => words(n).join(' ') === q.join(' ')));
  if (exact.length) return exact;
  return actors.filter((a) => [a.name, ...a.aliases].some((n) => {
    const w = new Set(words(n));
    return q.every((x) => w.has(x));
  }));
}

/** The date a quote was spoken, or else the earliest publication date among its sources. */
function quoteDate(published: Map<string, string | null>, q: Quote): string | null {
  if (q.spokenOn) return q.spokenOn;
  const dates = q.sources.map((s) => published.get(s.article)).filter((d): d is string => !!d).sort();
  return dates[0] ?? null;
}

/** Rank for --top: most corroborated first, then whole attributed quotes, then document order. */
function topQuotes(quotes: Quote[], n: number): Quote[] {
  const keep = new Set(
    quotes
      .map((q, i) => ({ q, i, c: q.corroboration ?? new Set(q.sources.map((s) => s.article)).size }))
      .sort((a, b) => b.c - a.c || Number(!!b.q.speaker || !!b.q.speakerName) - Number(!!a.q.speaker || !!a.q.speakerName) || Number(a.q.partial) - Number(b.q.partial) || a.i - b.i)
      .slice(0, n)
      .map((x) => x.q),
  );
  return quotes.filter((q) => keep.has(q));
}

/**
 * The briefing narrowed by the export options. Articles and ids are kept as they are (so sources
 * still resolve); quotes, timeline entries and actors are filtered; conflicts are kept unless an
 * actor is asked for (then only the conflicts naming that actor).
 */
export function filterBriefing(b: Briefing, f: BriefingFilter): Briefing {
  let { quotes, timeline, actors, conflicts } = b;
  let undated = b.undated;
  const since = f.since ? parseFilterDate(f.since, '--since') : undefined;
  const until = f.until ? parseFilterDate(f.until, '--until') : undefined;
  if (since && until && range(since)![0] > range(until)![1]) throw new FilterError(`--since ${since} is after --until ${until}`);

  if (f.actor !== undefined) {
    const found = findActors(b.actors, f.actor);
    if (!found.length) throw new FilterError(`no actor named "${f.actor}" in this briefing`);
    const ids = new Set(found.map((a) => a.id));
    const names = found.flatMap((a) => [a.name, ...a.aliases]).filter((n) => n.length > 2);
    const surnames = new Set(found.filter((a) => a.kind === 'person').map((a) => words(a.name).pop()!).filter((w) => w && w.length > 2));
    const mentions = (text: string) => {
      const w = words(text);
      const joined = ` ${w.join(' ')} `;
      return names.some((n) => joined.includes(` ${words(n).join(' ')} `)) || w.some((x) => surnames.has(x));
    };
    quotes = quotes.filter((q) => (q.speaker && ids.has(q.speaker)) || (!q.speaker && q.speakerName !== null && findActors(found, q.speakerName).length > 0));
    const aboutActor = (t: Pick<TimelineEntry, 'actors' | 'text'>) => (t.actors ?? []).some((id) => ids.has(id)) || mentions(t.text);
    timeline = timeline.filter(aboutActor);
    undated = undated?.filter(aboutActor);
    actors = actors.filter((a) => ids.has(a.id));
    conflicts = conflicts.filter((c) => c.claims.some((cl) => mentions(cl.value)) || mentions(c.about));
  }
  if (since || until) {
    const published = new Map(b.articles.map((a) => [a.id, a.published]));
    quotes = quotes.filter((q) => inRange(quoteDate(published, q), since, until));
    timeline = timeline.filter((t) => inRange(t.date, since, until));
    undated = undated ? [] : undefined;
  }
  if (f.top !== undefined) {
    if (!Number.isInteger(f.top) || f.top < 0) throw new FilterError(`--top needs a whole number of quotes (got "${f.top}")`);
    quotes = topQuotes(quotes, f.top);
  }
  const out: Briefing = { ...b, quotes, timeline, actors, conflicts };
  if (undated !== undefined) out.undated = undated;
  return out;
}
