import type { Actor, ActorKind, Article, ArticleActor, Extraction, Span } from '../model.js';
import { lineAt } from '../text/lines.js';
import { canonicalRole } from '../extract/actors/roles.js';
import { canonicalPlace, gazetteerKind, isGivenName } from '../extract/actors/gazetteer.js';
import { isShortForm } from '../extract/actors/kind.js';

export interface MergedActors {
  actors: Actor[];
  /** `${articleId}/${articleActorKey}` -> briefing actor id */
  idOf: Map<string, string>;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const isAcronym = (s: string) => isShortForm(s.trim());
const isInitial = (w: string) => /^\p{Lu}\.?$/u.test(w);

interface Node {
  articleId: string;
  order: number;
  actor: ArticleActor;
  /** The name's words. */
  ws: string[];
  /** First given name as compared (dots dropped, lowercase); '' for a one-word name. */
  given: string;
  /** norm() of the first word. */
  first: string;
  surname: string;
  /** canonicalRole() of each role. */
  roles: string[];
}

/** Compatible given names: equal, or one is an initial of the other ("S" / "Subrahmanyam"). */
function compatibleGiven(a: Node, b: Node): boolean {
  if (a.ws.length < 2 || b.ws.length < 2) return true;
  const f = a.given;
  const g = b.given;
  return f === g || (f.length === 1 && g.startsWith(f)) || (g.length === 1 && f.startsWith(g));
}

/** A pure function of a string, computed once per distinct string (names and roles repeat across thousands of articles). */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) cache.set(s, (v = fn(s)));
    return v as T;
  };
}

/**
 * One actor per real-world entity across articles: merged by name, by multi-word aliases and
 * acronyms, and for people by surname with compatible given names ("S Jaishankar",
 * "Subrahmanyam Jaishankar", "Jaishankar"); a bare surname joins a person only when exactly one
 * person with that surname fits (or shared role evidence picks one). The result, ids included,
 * does not depend on the order of the articles.
 */
export function mergeActors(articles: Map<string, Article>, extractions: Extraction[]): MergedActors {
  const canonRole = memo(canonicalRole);
  const placeOf = memo(canonicalPlace);
  const normOf = memo(norm);
  const kindInGazetteer = memo(gazetteerKind);
  const wordsOf = memo(words);
  const acronym = memo(isAcronym);
  const baseOf = memo((name) => nameBase(name, placeOf));
  const foldRole = memo((r) => r.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' '));
  const sortedArticles = [...articles.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const articleOrder = new Map(sortedArticles.map((a, i) => [a.id, i]));
  const nodes: Node[] = [];
  for (const ex of extractions) {
    if (!articles.has(ex.articleId)) continue;
    for (const a of ex.actors) {
      const ws = wordsOf(a.name);
      nodes.push({
        articleId: ex.articleId,
        order: articleOrder.get(ex.articleId)!,
        actor: a,
        ws,
        given: ws.length >= 2 ? ws[0]!.replace(/\./g, '').toLowerCase() : '',
        first: ws.length ? normOf(ws[0]!) : '',
        surname: normOf(ws.at(-1) ?? ''),
        roles: a.roles.map(canonRole),
      });
    }
  }
  nodes.sort((a, b) => a.order - b.order || (a.actor.mentions[0]?.start ?? 0) - (b.actor.mentions[0]?.start ?? 0) || (a.actor.key < b.actor.key ? -1 : 1));

  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const isPerson = (n: Node) => n.actor.kind === 'person';

  // 1. same name; same multi-word alias or acronym
  const byForm = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const forms = [n.actor.name, ...n.actor.aliases.filter((al) => wordsOf(al).length >= 2 || acronym(al))].map(normOf);
    for (const f of [n.actor.name, ...n.actor.aliases]) {
      const c = placeOf(f);
      if (c) forms.push(`=${c}`);
    }
    for (const f of new Set(forms)) {
      if (!f) continue;
      if (!byForm.has(f)) byForm.set(f, []);
      byForm.get(f)!.push(i);
    }
  });
  // people with people, the rest with the rest (a single word may be a person in one article, a company in another)
  for (const list of byForm.values()) {
    const firstPerson = list.find((i) => isPerson(nodes[i]!));
    const firstOther = list.find((i) => !isPerson(nodes[i]!));
    for (const i of list) union(isPerson(nodes[i]!) ? firstPerson! : firstOther!, i);
  }

  // 2. people: surname + compatible given names
  const fullPersons = new Map<string, number[]>(); // surname -> node indexes of multi-word person names
  nodes.forEach((n, i) => {
    if (isPerson(n) && n.ws.length >= 2) {
      const s = n.surname;
      if (!fullPersons.has(s)) fullPersons.set(s, []);
      fullPersons.get(s)!.push(i);
    }
  });
  for (const list of fullPersons.values()) {
    const given = new Set(list.map((i) => nodes[i]!.first).filter((g) => g.length > 1));
    const crowded = given.size > 1;
    // The same given name and surname is one person; the pair rules below depend only on the given
    // names, so one representative per given name is compared (linear in mentions, not quadratic).
    const byGiven = new Map<string, number[]>();
    for (const i of list) {
      const k = nodes[i]!.given;
      if (!byGiven.has(k)) byGiven.set(k, []);
      byGiven.get(k)!.push(i);
    }
    for (const group of byGiven.values()) for (const i of group) union(group[0]!, i);
    // Different given names are compatible only when one is an initial of the other: each
    // one-letter given name meets the names starting with that letter (no all-pairs loop).
    const byLetter = new Map<string, number[]>();
    for (const [k, group] of byGiven) {
      if (k.length < 2) continue;
      const l = byLetter.get(k[0]!);
      if (l) l.push(group[0]!);
      else byLetter.set(k[0]!, [group[0]!]);
    }
    for (const [k, group] of byGiven) {
      if (k.length !== 1) continue;
      const x = group[0]!;
      const initialWord = nodes[x]!.ws[0]!;
      const ix = isInitial(initialWord);
      const candidatesOf = memo((initial) => [...given].filter((g) => g.startsWith(initial)));
      for (const y of byLetter.get(k) ?? []) {
        if (crowded && nodes[x]!.first !== nodes[y]!.first) {
          // "S Jaishankar" with two different "S..." people: leave apart
          const iy = isInitial(nodes[y]!.ws[0]!);
          const fullOther = ix ? nodes[y]!.first : iy ? nodes[x]!.first : '';
          const initial = (ix ? initialWord : nodes[y]!.ws[0]!).replace(/\./g, '').toLowerCase();
          const candidates = candidatesOf(initial);
          if (!(ix || iy) || candidates.length !== 1 || candidates[0] !== fullOther) continue;
        }
        union(x, y);
      }
    }
  }
  // 3. a bare surname ("Trump", "Bruce") joins the one person it can be
  const bareNameRoot = new Map<string, number | null>();
  const bareNameNoRolesRoot = new Map<string, number | null>();
  // The people a bare name can be, grouped by their current cluster in one pass over the surname's
  // full names (no per-call maps): per cluster its root, reach (articles) and whether it shares a role.
  const slotStamp = new Int32Array(nodes.length);
  const slotOf = new Int32Array(nodes.length);
  let stamp = 0;
  // Each surname's full names in flat arrays: node, given-name number, article order, has roles.
  interface FullNames {
    node: Int32Array;
    given: Int32Array;
    givenNames: string[];
    order: Int32Array;
    /** Canonical role -> positions of the full names holding it. */
    byRole: Map<string, number[]>;
    /** Per given name of a bare name ("S"): which given names it fits. */
    compatible: Map<string, Uint8Array>;
  }
  const fullNames = new Map<string, FullNames>();
  const fullNamesOf = (surname: string): FullNames => {
    let f = fullNames.get(surname);
    if (!f) {
      const list = fullPersons.get(surname) ?? [];
      const givenIds = new Map<string, number>();
      f = {
        node: Int32Array.from(list),
        given: Int32Array.from(list, (j) => givenIds.get(nodes[j]!.given) ?? (givenIds.set(nodes[j]!.given, givenIds.size), givenIds.size - 1)),
        givenNames: [],
        order: Int32Array.from(list, (j) => nodes[j]!.order),
        byRole: new Map(),
        compatible: new Map(),
      };
      f.givenNames = [...givenIds.keys()];
      list.forEach((j, e) => {
        for (const ro of new Set(nodes[j]!.roles)) {
          const at = f!.byRole.get(ro);
          if (at) at.push(e);
          else f!.byRole.set(ro, [e]);
        }
      });
      fullNames.set(surname, f);
    }
    return f;
  };
  const personForBareName = (n: Node): number | null => {
    const roots: number[] = [];
    const reach: number[] = [];
    const lastOrder: number[] = [];
    const hasRole: boolean[] = [];
    stamp++;
    const f = fullNamesOf(n.surname);
    // compatibleGiven(n, m) depends on m's given name only: decided once per given name
    let ok: Uint8Array | null = null;
    if (n.ws.length >= 2) {
      ok = f.compatible.get(n.given) ?? null;
      if (!ok) f.compatible.set(n.given, (ok = Uint8Array.from(f.givenNames, (g) => (compatibleGiven(n, { ws: ['', ''], given: g } as Node) ? 1 : 0))));
    }
    for (let e = 0; e < f.node.length; e++) {
      if (ok && !ok[f.given[e]!]) continue;
      const j = f.node[e]!;
      const r = find(j);
      let slot: number;
      if (slotStamp[r] === stamp) slot = slotOf[r]!;
      else {
        slotStamp[r] = stamp;
        slot = slotOf[r] = roots.length;
        roots.push(r);
        reach.push(0);
        lastOrder.push(-1);
        hasRole.push(false);
      }
      // (a cluster's full names come in article order: a new article is a change of order)
      if (lastOrder[slot] !== f.order[e]) {
        lastOrder[slot] = f.order[e]!;
        reach[slot]!++;
      }
    }
    let slots = roots.map((_, k) => k);
    if (slots.length > 1 && n.actor.roles.length) {
      // the clusters holding one of the bare name's roles (found through the surname's role index)
      for (const ro of new Set(n.roles))
        for (const e of f.byRole.get(ro) ?? []) {
          if (ok && !ok[f.given[e]!]) continue;
          hasRole[slotOf[find(f.node[e]!)]!] = true;
        }
      const withRole = slots.filter((k) => hasRole[k]);
      if (withRole.length === 1) slots = withRole;
    }
    if (slots.length > 1) {
      // one person the story is about, named in far more articles than anyone else with that surname
      const main = storyPerson(slots.map((k) => ({ root: roots[k]!, articles: reach[k]! })));
      if (main !== null) return main;
    }
    return slots.length === 1 ? roots[slots[0]!]! : null;
  };
  nodes.forEach((n, i) => {
    const ws = n.ws;
    const short = ws.length === 1 || (ws.length === 2 && isInitial(ws[0]!));
    if (!short || acronym(n.actor.name) || kindInGazetteer(n.actor.name)) return;
    // The person a bare name joins depends only on the name and its roles: decided once per pair.
    const known = n.roles.length ? bareNameRoot : bareNameNoRolesRoot;
    const memoKey = n.roles.length ? `${n.actor.name}\u0000${[...n.roles].sort().join('\u0000')}` : n.actor.name;
    let root = known.get(memoKey);
    if (root === undefined) {
      root = personForBareName(n);
      known.set(memoKey, root);
    }
    if (root === null) return;
    const roots = [root];
    // an organisation-looking single word joins a person only when it never looks like one elsewhere
    if (!isPerson(n) && (byForm.get(normOf(n.actor.name)) ?? []).some((j) => nodes[j]!.actor.kind === 'organization' && nodes[j]!.ws.length >= 2)) return;
    union(roots[0]!, i);
  });

  // 4. a bare given name ("Hillary", "Donald") that is no one's surname joins the one person named in full with it,
  //    or the one the story is about (named in far more articles than everyone else with that given name)
  const personsByGiven = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (isPerson(n) && n.ws.length >= 2 && n.first.length > 1) {
      if (!personsByGiven.has(n.first)) personsByGiven.set(n.first, []);
      personsByGiven.get(n.first)!.push(i);
    }
  });
  const givenNameRoot = new Map<string, number | null>();
  nodes.forEach((n, i) => {
    if (n.ws.length !== 1 || n.actor.kind === 'place' || fullPersons.has(n.surname) || !isGivenName(n.actor.name) || kindInGazetteer(n.actor.name)) return;
    let root = givenNameRoot.get(n.first);
    if (root === undefined) {
      const articlesOf = new Map<number, Set<string>>();
      for (const j of personsByGiven.get(n.first) ?? []) {
        const r = find(j);
        if (!articlesOf.has(r)) articlesOf.set(r, new Set());
        articlesOf.get(r)!.add(nodes[j]!.articleId);
      }
      root = articlesOf.size === 1 ? [...articlesOf.keys()][0]! : storyPerson([...articlesOf].map(([r, a]) => ({ root: r, articles: a.size })));
      givenNameRoot.set(n.first, root);
    }
    if (root !== null) union(root, i);
  });

  // Build one Actor per cluster.
  const clusters = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const r = find(i);
    if (!clusters.has(r)) clusters.set(r, []);
    clusters.get(r)!.push(i);
  });

  interface Built {
    actor: Omit<Actor, 'id'>;
    members: number[];
    slug: string;
  }
  const built: Built[] = [];
  // Lines already listed for the current (cluster, article): a stamp per line number.
  let maxLines = 1;
  for (const a of articles.values()) maxLines = Math.max(maxLines, a.lineStarts.length + 1);
  const lineSeen = new Int32Array(maxLines + 1);
  let lineStamp = 0;
  for (const members of clusters.values()) {
    const ms = members.map((i) => nodes[i]!);
    // name: fullest form seen
    const nameCount = new Map<string, number>();
    for (const n of ms) nameCount.set(n.actor.name, (nameCount.get(n.actor.name) ?? 0) + n.actor.mentions.length);
    const scores = new Map([...nameCount.keys()].map((x) => [x, nameScore(x, nameCount, baseOf)]));
    const name = [...nameCount.keys()].sort((a, b) => scores.get(b)! - scores.get(a)! || (a < b ? -1 : a > b ? 1 : 0))[0]!;
    const normName = normOf(name);
    // kind: most mentions
    const kindCount = new Map<ActorKind, number>();
    for (const n of ms) kindCount.set(n.actor.kind, (kindCount.get(n.actor.kind) ?? 0) + n.actor.mentions.length);
    const kindRank: ActorKind[] = ['person', 'organization', 'place', 'other'];
    const kind = [...kindCount.entries()].sort((a, b) => b[1] - a[1] || kindRank.indexOf(a[0]) - kindRank.indexOf(b[0]))[0]![0];
    // aliases: every other form, most used first
    const formCount = new Map<string, { form: string; n: number }>();
    const countForm = (f: string) => {
      const k = normOf(f);
      if (!k || k === normName) return;
      const e = formCount.get(k);
      if (e) e.n++;
      else formCount.set(k, { form: f, n: 1 });
    };
    for (const n of ms) {
      countForm(n.actor.name);
      for (const f of n.actor.aliases) countForm(f);
    }
    const aliases = [...formCount.values()].sort((a, b) => b.n - a.n || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0)).map((e) => e.form);
    // roles: every role seen, most frequent first (case-insensitive duplicates folded)
    const roleCount = new Map<string, { role: string; n: number; first: number }>();
    ms.forEach((n, idx) => {
      for (const r of n.actor.roles) {
        const k = foldRole(r);
        const e = roleCount.get(k);
        if (e) e.n++;
        else roleCount.set(k, { role: r, n: 1, first: idx });
      }
    });
    const roles = [...roleCount.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((e) => e.role);
    // mentions: one per (article, line); members come in article order, so lines are deduplicated per article
    const mentions: Actor['mentions'] = [];
    let current = '';
    for (const n of [...ms].sort((a, b) => a.order - b.order)) {
      const art = articles.get(n.articleId)!;
      if (n.articleId !== current) {
        current = n.articleId;
        lineStamp++;
      }
      for (const m of inOrder(n.actor.mentions)) {
        const line = lineAt(art.lineStarts, m.start);
        if (lineSeen[line] === lineStamp) continue;
        lineSeen[line] = lineStamp;
        mentions.push({ article: art.id, line });
      }
    }
    const corroboration = new Set(ms.map((n) => n.articleId)).size;
    built.push({ actor: { name, kind, aliases, roles, mentions, corroboration }, members, slug: slugify(name) || 'actor' });
  }

  // Order: most articles, most mentions, then name; ids from the name, unique.
  built.sort(
    (a, b) =>
      b.actor.corroboration! - a.actor.corroboration! ||
      b.actor.mentions.length - a.actor.mentions.length ||
      (a.actor.name < b.actor.name ? -1 : a.actor.name > b.actor.name ? 1 : 0) ||
      (a.actor.kind < b.actor.kind ? -1 : a.actor.kind > b.actor.kind ? 1 : 0),
  );
  const used = new Set<string>();
  const actors: Actor[] = [];
  const idOf = new Map<string, string>();
  for (const b of built) {
    let id = `actor-${b.slug}`;
    if (used.has(id)) id = `actor-${b.slug}-${b.actor.kind}`;
    for (let k = 2; used.has(id); k++) id = `actor-${b.slug}-${k}`;
    used.add(id);
    actors.push({ id, ...b.actor });
    for (const i of b.members) idOf.set(`${nodes[i]!.articleId}/${nodes[i]!.actor.key}`, id);
  }
  return { actors, idOf };
}

/** Mentions by position (as they come, when they already are). */
/**
 * Of the people a bare name can be, the one the story is about: named in at least three articles and in three times
 * as many as all the others together. Null when no one stands out.
 */
function storyPerson(candidates: Array<{ root: number; articles: number }>): number | null {
  if (candidates.length < 2) return null;
  const ranked = [...candidates].sort((a, b) => b.articles - a.articles || a.root - b.root);
  const rest = ranked.slice(1).reduce((s, x) => s + x.articles, 0);
  return ranked[0]!.articles >= 3 * rest && ranked[0]!.articles >= 3 ? ranked[0]!.root : null;
}

function inOrder(mentions: Span[]): Span[] {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  return mentions;
}

/** Fullest form: more words, no bare initials, not an acronym, more often used. */
function nameScore(name: string, counts: Map<string, number>, base: (name: string) => number): number {
  return base(name) + Math.min(counts.get(name) ?? 0, 99);
}

/** The part of nameScore that depends on the name alone. */
function nameBase(name: string, placeOf: (s: string) => string | undefined): number {
  const ws = words(name);
  const initials = ws.filter(isInitial).length;
  const shouting = ws.length > 1 && !/\p{Ll}/u.test(name) ? 50 : 0;
  // "United States" rather than "United States of America" or "U.S."
  const c = placeOf(name);
  if (c && norm(name) === c) return 10_000;
  return (isAcronym(name) ? 0 : 1000) + Math.min(ws.length, 6) * 100 - initials * 150 - shouting;
}

function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}
