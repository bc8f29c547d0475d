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

/** A quote as clustered: its member, and its text as a number (words kept once per distinct text, see Comparer). */
interface Item extends QuoteMember {
  /** Number of words. */
  len: number;
  /** One number per distinct normalised text (words joined). */
  normId: number;
  /** Rank of the article path (equal paths, equal ranks): with start and end, the order independent of input order. */
  pathRank: number;
  /** Whether the speaker is given by name, and the last word (of 2+ letters) of that name ('' when none). */
  proper: boolean;
  last: string;
}

/** Order of items: article path, then offsets. */
const compareItems = (a: Item, b: Item): number => a.pathRank - b.pathRank || a.quote.start - b.quote.start || a.quote.end - b.quote.end;

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
  get size(): number {
    return this.ids.size;
  }
  get(word: string): number | undefined {
    return this.ids.get(word);
  }
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

/** A speaker given by name ("Tammy Bruce"), not by pronoun or description ("she", "the spokesperson"). */
function properName(name: string | null): string | null {
  if (!name || !/^\p{Lu}/u.test(name)) return null;
  if (/^(?:he|she|they|it|i|we|you|the|a|an|his|her|their|this|that)\b/i.test(name)) return null;
  return name;
}

/** The last word (of 2+ letters) of a name, as compared ('' when none). */
const lastWordOf = (name: string): string => quoteTokens(name).filter((t) => t.length > 1).pop() ?? '';

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
    const into = this.members[keep]!;
    for (const x of this.members[drop]!) into.push(x);
    this.members[drop] = [];
  }
}

/**
 * The words of all quotes as numbers, kept once per distinct normalised text in flat pools: distinct
 * word ids, distinct word-pair ids and the distinct negation word ids of each text. Scores two
 * texts with one of them "marked" (its word and word-pair ids stamped in flat arrays), so that
 * comparing it with many others allocates nothing.
 */
class Comparer {
  private words = new Vocabulary();
  private pairIds = new Map<number, number>();
  /** Word-pair key of each pair id (probes are ordered by it on ties). */
  readonly pairKey: number[] = [];
  private texts = new Map<string, number>();
  private norms = new Map<string, number>();
  private names = new Map<string, { proper: boolean; last: string }>();
  /** Per text: word count, and [start, end) of its words, pairs and negations in the pools. */
  readonly lenOf: number[] = [];
  private tokOffs: number[] = [0];
  private biOffs: number[] = [0];
  private negOffs: number[] = [0];
  private tokList: number[] = [];
  private biList: number[] = [];
  private negList: number[] = [];
  tokOff = new Int32Array(0);
  biOff = new Int32Array(0);
  negOff = new Int32Array(0);
  tok = new Int32Array(0);
  bi = new Int32Array(0);
  neg = new Int32Array(0);
  private isNeg = new Uint8Array(0);
  private tokMark = new Int32Array(0);
  private biMark = new Int32Array(0);
  private epoch = 0;

  get normCount(): number {
    return this.lenOf.length;
  }

  /** The number of a quote's normalised text. */
  text(text: string): number {
    let id = this.texts.get(text);
    if (id !== undefined) return id;
    const tokens = quoteTokens(text);
    const ids = tokens.map((w) => this.words.id(w));
    const norm = tokens.join(' ');
    id = this.norms.get(norm);
    if (id === undefined) {
      this.norms.set(norm, (id = this.lenOf.length));
      this.lenOf.push(tokens.length);
      for (const w of new Set(ids)) this.tokList.push(w);
      for (const key of bigramsOf(ids)) {
        let g = this.pairIds.get(key);
        if (g === undefined) {
          this.pairIds.set(key, (g = this.pairKey.length));
          this.pairKey.push(key);
        }
        this.biList.push(g);
      }
      for (const w of new Set(tokens.filter((t) => NEGATIONS.has(t)))) this.negList.push(this.words.id(w));
      this.tokOffs.push(this.tokList.length);
      this.biOffs.push(this.biList.length);
      this.negOffs.push(this.negList.length);
    }
    this.texts.set(text, id);
    return id;
  }

  speaker(name: string | null) {
    const key = name ?? '';
    let n = this.names.get(key);
    if (!n) {
      const proper = properName(name);
      n = { proper: proper !== null, last: proper ? lastWordOf(proper) : '' };
      this.names.set(key, n);
    }
    return n;
  }

  /** Flat arrays, and marks sized, once every text is in. */
  freeze(): void {
    this.tokOff = Int32Array.from(this.tokOffs);
    this.biOff = Int32Array.from(this.biOffs);
    this.negOff = Int32Array.from(this.negOffs);
    this.tok = Int32Array.from(this.tokList);
    this.bi = Int32Array.from(this.biList);
    this.neg = Int32Array.from(this.negList);
    this.tokOffs = this.biOffs = this.negOffs = this.tokList = this.biList = this.negList = [];
    this.texts.clear();
    this.norms.clear();
    this.pairIds.clear();
    this.tokMark = new Int32Array(this.words.size);
    this.isNeg = new Uint8Array(this.words.size);
    for (const w of NEGATIONS) {
      const id = this.words.get(w);
      if (id !== undefined) this.isNeg[id] = 1;
    }
    this.biMark = new Int32Array(this.pairKey.length);
    this.epoch = 0;
  }

  mark(n: number): void {
    const e = ++this.epoch;
    for (let k = this.tokOff[n]!; k < this.tokOff[n + 1]!; k++) this.tokMark[this.tok[k]!] = e;
    for (let k = this.biOff[n]!; k < this.biOff[n + 1]!; k++) this.biMark[this.bi[k]!] = e;
  }

  /** sameStatementScore of texts a and b, where `marked` (a or b) was the last text marked. */
  score(a: number, b: number, marked: number): number {
    const la = this.lenOf[a]!;
    const lb = this.lenOf[b]!;
    if (!la || !lb) return 0;
    if (a === b) return 2;
    const [small, big] = la <= lb ? [a, b] : [b, a];
    if (this.lenOf[small]! < MIN_CONTAINED_WORDS) return 0;
    const { tokOff, biOff, negOff, tok, bi, neg } = this;
    const smallTok = tokOff[small + 1]! - tokOff[small]!;
    const smallBi = biOff[small + 1]! - biOff[small]!;
    // At most all of the longer quote's words (pairs) can be shared: a cheap bound first.
    if ((tokOff[big + 1]! - tokOff[big]!) / smallTok < 0.8) return 0;
    if ((biOff[big + 1]! - biOff[big]!) / smallBi < 0.6) return 0;
    const other = marked === a ? b : a;
    const e = this.epoch;
    const tokMark = this.tokMark;
    const isNeg = this.isNeg;
    let shared = 0;
    let sharedNeg = 0;
    for (let k = tokOff[other]!, end = tokOff[other + 1]!; k < end; k++) {
      const id = tok[k]!;
      if (tokMark[id] === e) {
        shared++;
        sharedNeg += isNeg[id]!;
      }
    }
    // "I don't believe…" is not a trimmed "Of course I believe…": a negation must be in both.
    if (small === marked) {
      if (sharedNeg !== negOff[small + 1]! - negOff[small]!) return 0;
    } else for (let k = negOff[small]!; k < negOff[small + 1]!; k++) if (tokMark[neg[k]!] !== e) return 0;
    const t = shared / smallTok;
    if (t < 0.8) return 0;
    const biMark = this.biMark;
    let sharedBi = 0;
    for (let k = biOff[other]!, end = biOff[other + 1]!; k < end; k++) if (biMark[bi[k]!] === e) sharedBi++;
    const g = sharedBi / smallBi;
    if (g < 0.6) return 0;
    return (t + g) / 2;
  }
}

function cluster(input: QuoteMember[], stats?: { comparisons: number }): Array<{ members: QuoteMember[]; longest: QuoteMember }> {
  const cmp = new Comparer();
  const paths = [...new Set(input.map((m) => m.article.path))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pathRank = new Map(paths.map((p, i) => [p, i]));
  const items: Item[] = input.map((m) => {
    const t = cmp.text(m.quote.text);
    const n = cmp.speaker(m.quote.speakerName);
    return { article: m.article, quote: m.quote, speaker: m.speaker, len: cmp.lenOf[t]!, normId: t, pathRank: pathRank.get(m.article.path)!, proper: n.proper, last: n.last };
  });
  cmp.freeze();
  items.sort(compareItems);

  // The same words by the same speaker are one statement at once: only one representative of
  // each goes into the index (a quote repeated by 2,000 articles is not compared 2,000² times).
  const clusters = new Clusters(items.length);
  const reps: number[] = [];
  const repOf = new Map<string, number>();
  items.forEach((it, i) => {
    const who = (it.proper && it.last) || it.speaker || '?';
    const key = `${it.normId}\u0000${who}`;
    const r = repOf.get(key);
    if (r === undefined) {
      repOf.set(key, i);
      reps.push(i);
    } else clusters.union(r, i);
  });

  // Inverted index over the representatives: word pair -> items holding it.
  const postings: number[][] = Array.from({ length: cmp.pairKey.length }, () => []);
  for (const i of reps) {
    const n = items[i]!.normId;
    for (let k = cmp.biOff[n]!; k < cmp.biOff[n + 1]!; k++) postings[cmp.bi[k]!]!.push(i);
  }

  // Candidate pairs, scored. Probes are the rarest word pairs that some other quote shares (a pair
  // only this quote has leads nowhere); each quote keeps its best few pairs, enough to link it.
  const pairs: Array<{ a: number; b: number; score: number }> = [];
  const seen = new Int32Array(items.length).fill(-1);
  // The score depends on the two texts only: computed once per pair of distinct texts, the quotes
  // with the same text taken one after the other (the pairs are sorted at the end: order is free).
  const scoredFor = new Int32Array(cmp.normCount).fill(-1);
  const scoreOf = new Float64Array(cmp.normCount);
  const pairKey = cmp.pairKey;
  // What the candidate loop reads of each item, in flat arrays (no object visited for a known text):
  // its text, and its speaker (actor and surname as numbers; -1 none, -2 named without a surname).
  const normOf = Int32Array.from(items, (it) => it.normId);
  const ids = new Map<string, number>();
  const intern = (s: string) => ids.get(s) ?? (ids.set(s, ids.size), ids.size - 1);
  const actorOf = Int32Array.from(items, (it) => (it.speaker ? intern(it.speaker) : -1));
  const surnameId = Int32Array.from(items, (it) => (!it.proper ? -1 : it.last ? intern(`\u0000${it.last}`) : -2));
  /** Speakers that do not contradict each other: same actor, or one unknown, or the same surname. */
  const compatible = (i: number, j: number): boolean => {
    if (actorOf[i]! >= 0 && actorOf[i] === actorOf[j]) return true;
    if (surnameId[i] !== -1 && surnameId[j] !== -1) return surnameId[i]! >= 0 && surnameId[i] === surnameId[j];
    return !(actorOf[i]! >= 0 && actorOf[j]! >= 0);
  };
  const byText = [...reps].sort((x, y) => normOf[x]! - normOf[y]! || x - y);
  let marked = -1;
  let probes: number[] = [];
  for (const i of byText) {
    const it = items[i]!;
    if (!it.len) continue;
    const ni = normOf[i]!;
    if (marked !== ni) {
      cmp.mark(ni);
      marked = ni;
      // The PROBES rarest pairs (by posting length, then pair key), kept in order by insertion.
      probes = [];
      for (let k = cmp.biOff[ni]!; k < cmp.biOff[ni + 1]!; k++) {
        const g = cmp.bi[k]!;
        const n = postings[g]!.length;
        if (n <= 1) continue;
        let at = probes.length;
        while (at > 0 && (postings[probes[at - 1]!]!.length > n || (postings[probes[at - 1]!]!.length === n && pairKey[probes[at - 1]!]! > pairKey[g]!))) at--;
        if (at >= PROBES) continue;
        probes.splice(at, 0, g);
        if (probes.length > PROBES) probes.pop();
      }
    }
    let seenCount = 0;
    const mine: Array<{ a: number; b: number; score: number }> = [];
    for (const g of probes) {
      for (const j of postings[g]!) {
        if (j === i || seen[j] === i) continue;
        seen[j] = i;
        if (++seenCount > MAX_CANDIDATES) break;
        if (stats) stats.comparisons++;
        const nj = normOf[j]!;
        let score: number;
        if (scoredFor[nj] === ni) score = scoreOf[nj]!;
        else {
          score = cmp.score(ni, nj, ni);
          scoredFor[nj] = ni;
          scoreOf[nj] = score;
        }
        if (score > 0 && compatible(i, j)) mine.push({ a: Math.min(i, j), b: Math.max(i, j), score });
        if (mine.length >= PAIRS_PER_QUOTE) break;
      }
      if (mine.length >= PAIRS_PER_QUOTE || seenCount > MAX_CANDIDATES) break;
    }
    mine.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    for (const p of mine.slice(0, PAIRS_PER_QUOTE)) pairs.push(p);
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
        texts: [...new Map(members.map((m) => [m.normId, m])).values()],
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
    const longest = sa.longest.len !== sb.longest.len ? longer(sa.longest, sb.longest) : sa.texts.length !== sb.texts.length ? (sa.texts.length > sb.texts.length ? sa.longest : sb.longest) : longer(sa.longest, sb.longest);
    // Texts already checked against their own cluster's longest need no new check when it stays.
    const toCheck = longest === sa.longest ? sb.texts : longest === sb.longest ? sa.texts : [...sa.texts, ...sb.texts];
    cmp.mark(longest.normId);
    if (!toCheck.every((m) => m.normId === longest.normId || cmp.score(m.normId, longest.normId, longest.normId) > 0)) continue;
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
  if (a.len !== b.len) return a.len > b.len ? a : b;
  return compareItems(a, b) <= 0 ? a : b;
}

function surnameOf(it: Item): string[] {
  return it.proper && it.last ? [it.last] : [];
}

/** Clusters whose named speakers (or actors) differ are different statements. */
function summariesCompatible(a: { ids: Set<string>; names: Set<string> }, b: { ids: Set<string>; names: Set<string> }): boolean {
  const meets = (x: Set<string>, y: Set<string>) => {
    for (const v of x) if (y.has(v)) return true;
    return false;
  };
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
