/**
 * One timeline for the story: the same event reported by several articles is one entry with
 * every source ("On April 22, terrorists opened fire …" and "The brutal assault on April 22 …");
 * different events on one date stay apart (different people acting, nothing in common).
 * Sorted by date; expressions with no date of their own ("last week") go to `undated`.
 */
import { createHash } from 'node:crypto';
import type { ActorKind, Article, Briefing, Extraction, SourceRef, TimeKind, TimelineEntry } from '../model.js';
import { lineAt } from '../text/lines.js';

type Undated = NonNullable<Briefing['undated']>[number];

export interface MergedTimeline {
  timeline: TimelineEntry[];
  undated: Undated[];
}

interface Item {
  article: string;
  articleOrder: number;
  /** Article and event span: two dates in one clause with the same value are one event. */
  eventKey: string;
  start: number;
  line: number;
  date: string | null;
  kind: TimeKind;
  text: string;
  tokens: Set<string>;
  classes: Set<string>;
  /** Briefing actor ids of people and organisations in the event (who acts). */
  agents: Set<string>;
  actors: Set<string>;
}

interface Cluster {
  items: Item[];
  tokens: Set<string>;
  classes: Set<string>;
  agents: Set<string>;
}

const STOP = new Set(
  'the a an and or but of in on at to for from by with as is are was were be been being has have had that this these those it its their his her they he she we you i which who whom whose what when where while after before since during over under into than then there here also not no more most very just about against between both each other such only own same so too can will would could should may might must shall do does did said says according told'.split(' '),
);
const DATE_WORDS = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|week|month|year|last|next|early|late|mid|earlier|later)$/;

// Kinds of happening, so that differently worded reports of one event meet.
const EVENT_CLASSES: Array<[string, RegExp]> = [
  ['violence', /\b(?:attack(?:s|ed|ers?)?|assault|opened fire|shoot(?:ing|ings)?|shot|gunmen|bomb(?:ing|ings|ed)?|blast|explosion|massacre|kill(?:ed|ing|ings)?|dead(?:ly|liest)?|deaths?|lives|terror(?:ist|ists)?|militants?|strikes?|struck)\b/i],
  ['talk', /\b(?:said|says|spoke|speak(?:s|ing)?|told|call(?:s|ed)?|telephone|phone|talks?|talked|met|meeting|briefing|statement|remarks|interview|conversation)\b/i],
  ['launch', /\b(?:launch(?:ed|es)?|unveil(?:ed|s)?|release[ds]?|introduc(?:ed|es))\b/i],
  ['deal', /\b(?:order(?:ed|s)?|contract|deal|agreement|purchase[ds]?|bought|sign(?:ed|s)?|acquir(?:ed|es))\b/i],
  ['vote', /\b(?:vote[ds]?|elect(?:ed|ion)|ballot|poll(?:s|ing)?)\b/i],
];

function tokensOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u)) {
    if ((w.length < 3 && !/^\d+$/.test(w)) || STOP.has(w) || DATE_WORDS.test(w)) continue;
    out.add(w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w);
  }
  return out;
}

function classesOf(text: string): Set<string> {
  return new Set(EVENT_CLASSES.filter(([, re]) => re.test(text)).map(([c]) => c));
}

/** Size of the intersection (walking the smaller set). */
const overlap = (a: Set<string>, b: Set<string>) => {
  if (a.size > b.size) [a, b] = [b, a];
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

function sameEvent(c: Cluster, it: Item, date: string): boolean {
  // Different people or organisations acting: different events.
  const sharedAgent = c.agents.size > 0 && it.agents.size > 0 && overlap(c.agents, it.agents) > 0;
  if (c.agents.size && it.agents.size && !sharedAgent) return false;
  const shared = overlap(c.tokens, it.tokens);
  const smaller = Math.min(c.tokens.size, it.tokens.size) || 1;
  const violent = c.classes.has('violence') && it.classes.has('violence');
  if (date.length < 10) {
    // A year or a month holds many events: only near-identical reports are one.
    return (shared / smaller >= 0.5 && shared >= 3) || (violent && shared >= 2);
  }
  if (shared / smaller >= 0.34 && shared >= 2) return true;
  // The same kind of happening on the same day, with something in common: one event.
  // An attack is specific enough with one shared word; talks and announcements need more.
  if (violent && (shared >= 1 || sharedAgent)) return true;
  for (const k of it.classes) if (k !== 'violence' && c.classes.has(k) && (shared >= 2 || (sharedAgent && shared >= 1))) return true;
  return false;
}

export function mergeTimeline(articles: Map<string, Article>, extractions: Extraction[], actorIdOf: Map<string, string> = new Map()): MergedTimeline {
  const order = new Map([...articles.keys()].map((id, i) => [id, i]));
  const items: Item[] = [];
  for (const ex of extractions) {
    const art = articles.get(ex.articleId);
    if (!art) continue;
    const kindOf = new Map<string, ActorKind>(ex.actors.map((a) => [a.key, a.kind]));
    // Briefing ids of the article's actors, looked up once per actor key.
    const idOfKey = new Map<string, string | undefined>();
    for (const t of ex.times) {
      const actors = new Set<string>();
      const agents = new Set<string>();
      for (const key of t.actorKeys) {
        let id = idOfKey.get(key);
        if (id === undefined && !idOfKey.has(key)) idOfKey.set(key, (id = actorIdOf.get(`${ex.articleId}/${key}`)));
        if (!id) continue;
        actors.add(id);
        const k = kindOf.get(key);
        if (k === 'person' || k === 'organization') agents.add(id);
      }
      items.push({
        article: art.id,
        articleOrder: order.get(art.id) ?? 0,
        eventKey: `${art.id}:${t.eventStart}:${t.eventEnd}`,
        start: t.start,
        line: lineAt(art.lineStarts, t.start),
        date: t.date,
        kind: t.kind,
        text: t.event,
        tokens: tokensOf(t.event),
        classes: classesOf(t.event),
        agents,
        actors,
      });
    }
  }
  // A canonical order, so that the result does not depend on the order of the extractions.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  items.sort((a, b) => cmp(a.date ?? '', b.date ?? '') || a.articleOrder - b.articleOrder || a.start - b.start);

  // Clusters per date, with an index from words, actors and event spans to the clusters holding them,
  // so that each item is compared only with clusters it shares something with (every merge rule needs that).
  interface DateGroup {
    clusters: Cluster[];
    index: Map<string, number[]>;
    /** Per cluster, the last item that took it as a candidate. */
    stamp: number[];
  }
  const TOO_COMMON = 400;
  const groups = new Map<string, DateGroup>();
  const keysOf = (it: Item) => [`e:${it.eventKey}`, ...[...it.tokens].map((t) => `w:${t}`), ...[...it.agents].map((a) => `a:${a}`)];
  const addTo = (g: DateGroup, ci: number, keys: string[]) => {
    for (const k of keys) {
      const list = g.index.get(k) ?? g.index.set(k, []).get(k)!;
      if (list[list.length - 1] !== ci) list.push(ci);
    }
  };
  let serial = 0;
  for (const it of items) {
    const key = it.date ?? '';
    const g = groups.get(key) ?? groups.set(key, { clusters: [], index: new Map(), stamp: [] }).get(key)!;
    const keys = keysOf(it);
    let match = -1;
    const sameSpan = g.index.get(keys[0]!);
    if (sameSpan?.length) match = sameSpan[0]!;
    else if (it.date) {
      const candidates: number[] = [];
      const mark = ++serial;
      for (const k of keys) {
        const list = g.index.get(k);
        if (list && list.length <= TOO_COMMON)
          for (const ci of list)
            if (g.stamp[ci] !== mark) {
              g.stamp[ci] = mark;
              candidates.push(ci);
            }
      }
      candidates.sort((a, b) => a - b);
      for (const ci of candidates)
        if (sameEvent(g.clusters[ci]!, it, it.date)) {
          match = ci;
          break;
        }
    } else {
      // undated: only the same words reported again
      const same = g.index.get(`t:${it.text}`);
      if (same?.length) match = same[0]!;
    }
    if (match >= 0) {
      const c = g.clusters[match]!;
      c.items.push(it);
      for (const x of it.tokens) c.tokens.add(x);
      for (const x of it.classes) c.classes.add(x);
      for (const x of it.agents) c.agents.add(x);
    } else {
      match = g.clusters.length;
      g.clusters.push({ items: [it], tokens: new Set(it.tokens), classes: new Set(it.classes), agents: new Set(it.agents) });
    }
    addTo(g, match, keys);
    if (!it.date) {
      const list = g.index.get(`t:${it.text}`) ?? g.index.set(`t:${it.text}`, []).get(`t:${it.text}`)!;
      if (!list.length) list.push(match);
    }
  }

  const usedIds = new Set<string>();
  const build = (date: string | null, c: Cluster) => {
    const first = c.items[0]!;
    const sources: SourceRef[] = [];
    const seen = new Set<string>();
    for (const it of c.items) {
      const k = `${it.article}:${it.line}`;
      if (seen.has(k)) continue;
      seen.add(k);
      sources.push({ article: it.article, line: it.line });
    }
    const kinds = new Set(c.items.map((i) => i.kind));
    const kind: TimeKind = kinds.has('event') ? 'event' : kinds.has('plan') ? 'plan' : 'approximate';
    const actors = [...new Set(c.items.flatMap((i) => [...i.actors]))].sort();
    let id = `t${createHash('sha1').update(`${date ?? ''}\n${first.text}`).digest('hex').slice(0, 8)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    usedIds.add(id);
    return { id, text: first.text, sources, corroboration: new Set(c.items.map((i) => i.article)).size, kind, actors };
  };

  const timeline: TimelineEntry[] = [];
  for (const date of [...groups.keys()].filter(Boolean).sort()) for (const c of groups.get(date)!.clusters) timeline.push({ ...build(date, c), date });
  const undated: Undated[] = (groups.get('')?.clusters ?? []).map((c) => ({ ...build(null, c), date: null }));
  return { timeline, undated };
}
