import type { Article, ArticleQuote, Extraction, Quote, QuoteSourceRef } from '../model.js';
import { lineAt } from '../text/lines.js';

/**
 * One quote per statement across articles.
 *
 * Outlets trim quotes, cut them with "…", change quote marks, punctuation and capitalisation, or
 * report a longer version. Two quotes are the same statement when the shorter one's words are
 * (nearly) all in the longer one, in the same order (measured on word bigrams), and their speakers
 * do not contradict each other. The merged quote keeps the longest text and every source.
 *
 * Scale: candidate pairs come from an inverted index over word bigrams, probed only with each
 * quote's rarest bigrams, so the work is roughly linear in the total size (no all-pairs).
 * Order independence: everything is sorted by (article path, offset) before merging; ids are
 * assigned after the final sort.
 */

export interface QuoteMember {
  article: Article;
  quote: ArticleQuote;
  /** Briefing actor id of the speaker, if resolved. */
  speaker: string | null;
}

interface Item extends QuoteMember {
  tokens: string[];
  tokenSet: Set<number>;
  bigrams: Set<number>;
  /** Normalised text (tokens joined). */
  norm: string;
  /** Sort key, independent of input order. */
  order: string;
}

/** Words of a quote as compared: lowercase, apostrophes dropped, other punctuation (… – " etc.) a break. */
export function quoteTokens(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words as numbers (one vocabulary per merge), so that sets and the index hold numbers, not strings. */
class Vocabulary {
  private ids = new Map<string, number>();
  id(word: string): number {
    let n = this.ids.get(word);
    if (n === undefined) this.ids.set(word, (n = this.ids.size));
    return n;
  }
}

/** Word pairs as numbers (a lone word is its own negative key). */
function bigramsOf(ids: number[]): Set<number> {
  const out = new Set<number>();
  if (ids.length === 1) out.add(-1 - ids[0]!);
  for (let i = 0; i + 1 < ids.length; i++) out.add(ids[i]! * 67_108_864 + ids[i + 1]!);
  return out;
}

/** Share of `small`'s members that are in `big`. */
function containment<T>(small: Set<T>, big: Set<T>): number {
  if (small.size === 0) return 0;
  let n = 0;
  for (const x of small) if (big.has(x)) n++;
  return n / small.size;
}

/** Words that turn a statement into its opposite (apostrophes are dropped by quoteTokens: "don't" is "dont"). */
const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'cant', 'couldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt', 'aint']);

/** The minimum size (in words) of a quote that can merge with a different, longer text. */
const MIN_CONTAINED_WORDS = 3;
/** How many of a quote's rarest bigrams are used to look up candidates. */
const PROBES = 4;
/** Candidates examined per quote, at most (protects against huge posting lists). */
const MAX_CANDIDATES = 200;
/** Best-scoring pairs kept per quote (enough to link it into its statement). */
const PAIRS_PER_QUOTE = 12;

/** A quote as compared: its words, and (when precomputed with one vocabulary) word and word-pair sets. */
export interface Comparable {
  tokens: string[];
  tokenSet?: Set<number>;
  bigrams?: Set<number>;
  norm?: string;
}

/**
 * How strongly `a` and `b` are the same statement (0 = not at all). The shorter quote must have
 * at least 80% of its words and 60% of its word pairs in the longer one.
 */
export function sameStatementScore(a: Comparable, b: Comparable): number {
  const na = a.norm ?? a.tokens.join(' ');
  const nb = b.norm ?? b.tokens.join(' ');
  if (!na || !nb) return 0;
  if (na === nb) return 2;
  const [small, big] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (small.tokens.length < MIN_CONTAINED_WORDS) return 0;
  // "I don't believe…" is not a trimmed "Of course I believe…": a negation must be in both.
  const bigWords = new Set(big.tokens);
  if (small.tokens.some((t) => NEGATIONS.has(t) && !bigWords.has(t))) return 0;
  const tok = small.tokenSet && big.tokenSet ? containment(small.tokenSet, big.tokenSet) : containment(new Set(small.tokens), new Set(big.tokens));
  if (tok < 0.8) return 0;
  let bi: number;
  if (small.bigrams && big.bigrams) bi = containment(small.bigrams, big.bigrams);
  else {
    const v = new Vocabulary();
    bi = containment(bigramsOf(small.tokens.map((t) => v.id(t))), bigramsOf(big.tokens.map((t) => v.id(t))));
  }
  if (bi < 0.6) return 0;
  return (tok + bi) / 2;
}

/** Speakers that do not contradict each other: same actor, or one unknown, or the same surname. */
function speakersCompatible(a: Item, b: Item): boolean {
  if (a.speaker && b.speaker && a.speaker === b.speaker) return true;
  const na = properName(a.quote.speakerName);
  const nb = properName(b.quote.speakerName);
  if (na && nb) return sameSurname(na, nb);
  return !(a.speaker && b.speaker);
}

/** A speaker given by name ("Tammy Bruce"), not by pronoun or description ("she", "the spokesperson"). */
function properName(name: string | null): string | null {
  if (!name || !/^\p{Lu}/u.test(name)) return null;
  if (/^(?:he|she|they|it|i|we|you|the|a|an|his|her|their|this|that)\b/i.test(name)) return null;
  return name;
}

function sameSurname(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const last = (s: string) => quoteTokens(s).filter((t) => t.length > 1).pop() ?? '';
  const la = last(a);
  return la !== '' && la === last(b);
}

class Clusters {
  private parent: number[];
  readonly members: number[][];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.members = Array.from({ length: n }, (_, i) => [i]);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    this.members[keep]!.push(...this.members[drop]!);
    this.members[drop] = [];
  }
}

function cluster(input: QuoteMember[], stats?: { comparisons: number }): Array<{ members: QuoteMember[]; longest: QuoteMember }> {
  const vocab = new Vocabulary();
  const items: Item[] = input.map((m) => {
    const tokens = quoteTokens(m.quote.text);
    const ids = tokens.map((t) => vocab.id(t));
    return {
      ...m,
      tokens,
      tokenSet: new Set(ids),
      bigrams: bigramsOf(ids),
      norm: tokens.join(' '),
      order: `${m.article.path}\u0000${String(m.quote.start).padStart(12, '0')}\u0000${String(m.quote.end).padStart(12, '0')}`,
    };
  });
  items.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));

  // The same words by the same speaker are one statement at once: only one representative of
  // each goes into the index (a quote repeated by 2,000 articles is not compared 2,000² times).
  const clusters = new Clusters(items.length);
  const reps: number[] = [];
  const repOf = new Map<string, number>();
  items.forEach((it, i) => {
    const who = surnameOf(it)[0] ?? it.speaker ?? '?';
    const key = `${it.norm}\u0000${who}`;
    const r = repOf.get(key);
    if (r === undefined) {
      repOf.set(key, i);
      reps.push(i);
    } else clusters.union(r, i);
  });

  // Inverted index over the representatives: bigram -> items holding it.
  const postings = new Map<number, number[]>();
  for (const i of reps) {
    for (const g of items[i]!.bigrams) {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push(i);
    }
  }

  // Candidate pairs, scored. Probes are the rarest word pairs that some other quote shares (a pair
  // only this quote has leads nowhere); each quote keeps its best few pairs, enough to link it.
  const pairs: Array<{ a: number; b: number; score: number }> = [];
  for (const i of reps) {
    const it = items[i]!;
    if (!it.tokens.length) continue;
    const probes = [...it.bigrams]
      .filter((g) => postings.get(g)!.length > 1)
      .sort((x, y) => postings.get(x)!.length - postings.get(y)!.length || x - y)
      .slice(0, PROBES);
    const seen = new Set<number>();
    const mine: Array<{ a: number; b: number; score: number }> = [];
    for (const g of probes) {
      for (const j of postings.get(g)!) {
        if (j === i || seen.has(j)) continue;
        seen.add(j);
        if (seen.size > MAX_CANDIDATES) break;
        const other = items[j]!;
        if (stats) stats.comparisons++;
        const score = sameStatementScore(it, other);
        if (score > 0 && speakersCompatible(it, other)) mine.push({ a: Math.min(i, j), b: Math.max(i, j), score });
        if (mine.length >= PAIRS_PER_QUOTE) break;
      }
      if (mine.length >= PAIRS_PER_QUOTE || seen.size > MAX_CANDIDATES) break;
    }
    mine.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    pairs.push(...mine.slice(0, PAIRS_PER_QUOTE));
  }
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  // Greedy merge, strongest first. Every member must stay inside the merged quote's (longest)
  // text, so no source's words are lost: "That is correct." joins "That is correct. The secretary…",
  // but a longer version from elsewhere that drops "That is correct" does not swallow it. Two
  // fragments of one article may join when both are inside the longer text.
  interface Summary {
    longest: Item;
    ids: Set<string>;
    names: Set<string>;
    /** One item per distinct text in the cluster. */
    texts: Item[];
  }
  const summary = new Map<number, Summary>();
  const summaryOf = (root: number): Summary => {
    let s = summary.get(root);
    if (!s) {
      const members = clusters.members[root]!.map((i) => items[i]!);
      s = {
        longest: members.reduce((x, y) => longer(x, y)),
        ids: new Set(members.flatMap((m) => (m.speaker ? [m.speaker] : []))),
        names: new Set(members.flatMap(surnameOf)),
        texts: [...new Map(members.map((m) => [m.norm, m])).values()],
      };
      summary.set(root, s);
    }
    return s;
  };
  for (const { a, b } of pairs) {
    const ra = clusters.find(a);
    const rb = clusters.find(b);
    if (ra === rb) continue;
    const sa = summaryOf(ra);
    const sb = summaryOf(rb);
    if (!summariesCompatible(sa, sb)) continue;
    // The longer text; on a tie, the bigger cluster's (its texts are all checked against it already).
    const longest =
      sa.longest.tokens.length !== sb.longest.tokens.length ? longer(sa.longest, sb.longest) : sa.texts.length !== sb.texts.length ? (sa.texts.length > sb.texts.length ? sa.longest : sb.longest) : longer(sa.longest, sb.longest);
    // Texts already checked against their own cluster's longest need no new check when it stays.
    const toCheck = longest === sa.longest ? sb.texts : longest === sb.longest ? sa.texts : [...sa.texts, ...sb.texts];
    if (!toCheck.every((m) => m.norm === longest.norm || sameStatementScore(m, longest) > 0)) continue;
    clusters.union(ra, rb);
    const r = clusters.find(ra);
    summary.delete(ra);
    summary.delete(rb);
    const [big, small] = sa.texts.length >= sb.texts.length ? [sa, sb] : [sb, sa];
    for (const t of small.texts) big.texts.push(t);
    for (const x of small.ids) big.ids.add(x);
    for (const x of small.names) big.names.add(x);
    big.longest = longest;
    summary.set(r, big);
  }
  const groups: Array<{ members: QuoteMember[]; longest: QuoteMember }> = [];
  clusters.members.forEach((m, root) => {
    if (!m.length) return;
    m.sort((x, y) => x - y);
    groups.push({ members: m.map((i) => items[i]!), longest: summary.get(root)?.longest ?? m.map((i) => items[i]!).reduce((x, y) => longer(x, y)) });
  });
  return groups;
}

/** Group the quotes into statements; returns groups of members (each group sorted by order). */
export function clusterQuotes(input: QuoteMember[], stats?: { comparisons: number }): QuoteMember[][] {
  return cluster(input, stats).map((g) => g.members);
}

function longer(a: Item, b: Item): Item {
  if (a.tokens.length !== b.tokens.length) return a.tokens.length > b.tokens.length ? a : b;
  return a.order <= b.order ? a : b;
}

function surnameOf(it: Item): string[] {
  const name = properName(it.quote.speakerName);
  const last = name ? quoteTokens(name).filter((t) => t.length > 1).pop() : undefined;
  return last ? [last] : [];
}

/** Clusters whose named speakers (or actors) differ are different statements. */
function summariesCompatible(a: { ids: Set<string>; names: Set<string> }, b: { ids: Set<string>; names: Set<string> }): boolean {
  const meets = (x: Set<string>, y: Set<string>) => [...x].some((v) => y.has(v));
  if (a.names.size && b.names.size) return meets(a.names, b.names);
  if (a.ids.size && b.ids.size) return meets(a.ids, b.ids);
  return true;
}

function mostCommon<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestN = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) [best, bestN] = [v, n];
  }
  return best;
}

/** Merge the quotes of all articles into briefing quotes (deterministic ids and order). */
export function mergeQuotes(articles: Map<string, Article>, extractions: Extraction[], actorIdOf: Map<string, string>): Quote[] {
  const members: QuoteMember[] = [];
  for (const ex of extractions) {
    const article = articles.get(ex.articleId);
    if (!article) continue;
    for (const q of ex.quotes) {
      if (!q.text.trim()) continue;
      const speaker = q.speakerKey ? actorIdOf.get(`${ex.articleId}/${q.speakerKey}`) ?? null : null;
      members.push({ article, quote: q, speaker });
    }
  }
  const quotes = cluster(members).map((g) => toQuote(g.members, g.longest));
  quotes.sort((a, b) => compareFirstSource(a, b, articles));
  return quotes.map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

function toQuote(group: QuoteMember[], longest: QuoteMember): Quote {
  // The longest faithful text: every member's words are in it (see cluster()).
  const speaker = mostCommon(group.map((m) => m.speaker).filter((s): s is string => !!s));
  const namesOfSpeaker = group.filter((m) => m.quote.speakerName && (!speaker || m.speaker === speaker)).map((m) => m.quote.speakerName!);
  const speakerName = mostCommon(namesOfSpeaker.sort((a, b) => b.length - a.length)) ?? null;
  const sources: QuoteSourceRef[] = group.map((m) => ({ article: m.article.id, line: lineAt(m.article.lineStarts, m.quote.start), start: m.quote.start, end: m.quote.end }));
  const seen = new Set<string>();
  const unique = sources.filter((s) => {
    const k = `${s.article}:${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
    id: '',
    text: longest.quote.text,
    speaker,
    speakerName,
    partial: longest.quote.partial,
    sources: unique,
    corroboration: new Set(unique.map((s) => s.article)).size,
    spokenOn: group.map((m) => m.quote.spokenOn).find((d) => !!d) ?? null,
  };
}

function compareFirstSource(a: Quote, b: Quote, articles: Map<string, Article>): number {
  const sa = a.sources[0]!;
  const sb = b.sources[0]!;
  const pa = articles.get(sa.article)?.path ?? sa.article;
  const pb = articles.get(sb.article)?.path ?? sb.article;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return sa.start - sb.start || sa.end - sb.end || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}
