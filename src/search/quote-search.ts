import Fuse, { type FuseIndex, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Quote } from '../model.js';
import { GramIndex, gramsOf } from './ngram-index.js';
import { isExcluded, parseQuery, splitExclusions, type Term } from './query.js';

export interface QuoteHit {
  quote: Quote;
  score: number;
  /** Matched character ranges in the quote text ([start, end] inclusive, as fuse.js gives them). */
  matches: ReadonlyArray<readonly [number, number]>;
}

const THRESHOLD = 0.35;
const TEXT_WEIGHT = 0.7;
const SPEAKER_WEIGHT = 0.3;

export const QUOTE_FUSE_OPTIONS: IFuseOptions<Quote> = {
  keys: [{ name: 'text', weight: TEXT_WEIGHT }, { name: 'speakerName', weight: SPEAKER_WEIGHT }],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: THRESHOLD,
  minMatchCharLength: 2,
};

export interface QuoteSearchOptions {
  /** Collections of at least this many quotes are searched through the bigram index (smaller: plain fuse.js). */
  indexFrom?: number;
  /** At most this many quotes (or `limit`, if more) are ranked by fuse.js per query, best bound first. */
  budget?: number;
}

/**
 * Fuzzy search over quote text and speaker names (fuse.js, extended syntax: 'exact ^prefix !not |).
 *
 * Large collections are searched in two steps: a bigram index computes, for every quote, whether it can match at
 * all (a q-gram count bound on fuse's Bitap errors at threshold 0.35; exact/prefix/suffix terms need all their
 * bigrams) and a lower bound of the score fuse.js would give it; fuse.js then ranks the candidates in order of
 * that bound until no remaining candidate can enter the top `limit` (branch and bound). The hits, scores,
 * order and match ranges are then exactly those of plain fuse.js. Only when a query leaves very many
 * candidates with equal bounds (one or two letters, a bare !not) does the budget stop the ranking early,
 * and the hits are the best of the candidates ranked.
 */
export function createQuoteSearch(quotes: Quote[], options: QuoteSearchOptions = {}): (query: string, limit?: number) => QuoteHit[] {
  return withExclusions(quotes, createFuseSearch(quotes, options));
}

/** The search with fuse.js semantics throughout (exclusions too); createQuoteSearch puts exclusions right. */
export function createFuseSearch(quotes: Quote[], options: QuoteSearchOptions = {}) {
  const indexFrom = options.indexFrom ?? 2000;
  if (quotes.length < indexFrom) {
    const fuse = new Fuse(quotes, QUOTE_FUSE_OPTIONS);
    return (query: string, limit = 200): QuoteHit[] => {
      if (!query.trim()) return quotes.slice(0, limit).map((quote) => ({ quote, score: 0, matches: [] }));
      return fuse.search(query, { limit }).map(toHit);
    };
  }
  const indexed = new IndexedQuoteSearch(quotes, options.budget ?? 400);
  return (query: string, limit = 200): QuoteHit[] => {
    if (!query.trim()) return quotes.slice(0, limit).map((quote) => ({ quote, score: 0, matches: [] }));
    return indexed.search(query, limit);
  };
}

/**
 * `!not` terms exclude a quote when its text or its speaker has the term; the rest of the query is searched as
 * fuse.js would, and its best hits that have none of the excluded terms are kept.
 */
function withExclusions(quotes: Quote[], search: (query: string, limit?: number) => QuoteHit[]) {
  return (query: string, limit = 200): QuoteHit[] => {
    const split = splitExclusions(query);
    if (!split) return search(query, limit);
    const keep = (q: Quote) => {
      const text = q.text.toLowerCase();
      const speaker = (q.speakerName ?? '').toLowerCase();
      return split.excluded.every((t) => !isExcluded(t, text) && !isExcluded(t, speaker));
    };
    if (!split.rest) {
      const out: QuoteHit[] = [];
      for (const quote of quotes) {
        if (out.length >= limit) break;
        if (keep(quote)) out.push({ quote, score: 0, matches: [] });
      }
      return out;
    }
    // One pass over twice the hits asked for: a keystroke stays one search however much the exclusion drops
    // (asking again and again for more made `'terror !a` rank most of a large story).
    return search(split.rest, Math.max(limit * 2, 50)).filter((h) => keep(h.quote)).slice(0, limit);
  };
}

/** What the last indexed search did (for the benchmark): candidates left by the index, quotes ranked by fuse, times. */
export const lastSearchStats = { candidates: 0, ranked: 0, filterMs: 0, rankMs: 0, exact: true };

function toHit(r: { item: Quote; score?: number; matches?: ReadonlyArray<FuseResultMatch> }): QuoteHit {
  return {
    quote: r.item,
    score: r.score ?? 0,
    matches: (r.matches ?? []).filter((m) => m.key === 'text').flatMap((m) => m.indices),
  };
}

/** fuse.js's field-length norm (src/tools/fieldNorm.ts, weight 1, 3 decimals): 1 / sqrt(number of words). */
const normCache = new Map<number, number>();
export function fieldNorm(value: string): number {
  let tokens = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 9 && c <= 13) || c === 32 || c === 160) inWord = false;
    else if (!inWord) {
      tokens++;
      inWord = true;
    }
  }
  if (tokens === 0) tokens = 1;
  let v = normCache.get(tokens);
  if (v === undefined) normCache.set(tokens, (v = Math.round(1000 / Math.pow(tokens, 0.5)) / 1000));
  return v;
}

/** Most errors fuse's Bitap accepts for a pattern of length m (errors / m <= threshold). */
function maxErrors(m: number): number {
  let k = 0;
  while ((k + 1) / m <= THRESHOLD) k++;
  return k;
}

/**
 * A term prepared against one field's index. `counts[d]`: bigram positions of the pattern present in document d;
 * d can match when counts[d] >= need (no counts: any document can). The least score fuse can give d follows from
 * the q-gram bound on its errors (fuzzy terms) or is 0 (exact kinds and inverse terms score 0 when they match).
 */
interface FieldTerm {
  counts: Uint8Array | null;
  need: number;
  /** Fuzzy terms of up to 32 characters: pattern length and number of bigram positions; 0 for the others. */
  m: number;
  grams: number;
  /** Any of these (fuse's 32-character chunks of a long fuzzy term) passing lets d through. */
  anyOf?: FieldTerm[];
}

type Records = FuseIndex<Quote>['records'];
type FuseRecord = Records[number];

class IndexedQuoteSearch {
  private readonly records: Records;
  private readonly keys: ReadonlyArray<unknown>;
  private readonly textNorm: Float64Array;
  private readonly speakerNorm: Float64Array;
  /** Distinct speaker name (lowercased) of each quote; -1 when none. */
  private readonly speakerOf: Int32Array;
  /** Lowercased lengths of each quote's text and of each distinct speaker name. */
  private readonly textLength: Int32Array;
  private readonly speakerLength: Int32Array;
  private readonly textIndex: GramIndex;
  /** Lowercased text of each quote ('' when none), as fuse.js matches it. */
  private readonly texts: string[];
  private readonly speakerIndex: GramIndex;
  private readonly sub: FuseIndex<Quote>;
  private readonly fuse: Fuse<Quote>;
  private boundOf: Float64Array | null = null;
  private selDocs: Int32Array | null = null;
  private selBounds: Float64Array | null = null;

  constructor(
    private readonly quotes: Quote[],
    private readonly budget: number,
  ) {
    // The fuse.js index records, built here in the same shape and with the same field norms as
    // Fuse.createIndex (fieldNorm.ts: 1 / sqrt(number of words), 3 decimals), in one pass with the lowercasing.
    const n = quotes.length;
    this.textNorm = new Float64Array(n).fill(1);
    this.speakerNorm = new Float64Array(n).fill(1);
    this.speakerOf = new Int32Array(n).fill(-1);
    const texts = new Array<string>(n).fill('');
    const speakers = new Map<string, number>();
    const records: Array<{ i: number; $: Record<number, { v: string; n: number }> }> = new Array(n);
    for (let i = 0; i < n; i++) {
      const q = quotes[i]!;
      const $: Record<number, { v: string; n: number }> = {};
      const text = q.text;
      if (typeof text === 'string' && text.trim().length) {
        const nt = fieldNorm(text);
        $[0] = { v: text, n: nt };
        texts[i] = text.toLowerCase();
        this.textNorm[i] = nt;
      }
      const speaker = q.speakerName;
      if (typeof speaker === 'string' && speaker.trim().length) {
        const ns = fieldNorm(speaker);
        $[1] = { v: speaker, n: ns };
        const name = speaker.toLowerCase();
        let id = speakers.get(name);
        if (id === undefined) speakers.set(name, (id = speakers.size));
        this.speakerOf[i] = id;
        this.speakerNorm[i] = ns;
      }
      records[i] = { i, $ };
    }
    this.records = records as unknown as Records;
    this.keys = (Fuse.createIndex(QUOTE_FUSE_OPTIONS.keys!, []) as unknown as { keys: unknown[] }).keys;
    this.textIndex = new GramIndex(texts);
    this.texts = texts;
    this.textLength = Int32Array.from(texts, (t) => t.length);
    const names = [...speakers.keys()];
    this.speakerIndex = new GramIndex(names);
    this.speakerLength = Int32Array.from(names, (t) => t.length);
    this.sub = Fuse.parseIndex<Quote>({ keys: this.keys as Parameters<typeof Fuse.parseIndex>[0]["keys"], records: [] });
    this.fuse = new Fuse(quotes, QUOTE_FUSE_OPTIONS, this.sub);
    // Warm up (JIT, scratch buffers) so that the first keystroke is not the slowest.
    for (const q of ['ab', "'ab !cd", '^ab | abc$', 'abcdefgh']) this.search(q, 10);
  }

  search(query: string, limit: number): QuoteHit[] {
    const t0 = performance.now();
    const groups = parseQuery(query).filter((g) => g.length > 0);
    if (!groups.length) return [];
    const n = this.quotes.length;
    let slot = 0;
    const textGroups = groups.map((g) => g.map((t) => prepare(t, this.textIndex, () => this.textIndex.scratch(slot++))));
    slot = 0;
    const speakerGroups = groups.map((g) => g.map((t) => prepare(t, this.speakerIndex, () => this.speakerIndex.scratch(slot++))));

    // For each quote: can it match (in text or speaker), and a lower bound of its fuse score (as a logarithm:
    // fuse multiplies, per matching field, score ** (weight * field norm)). Only the `budget` + 1 best bounds are
    // kept (ranking never pops more than `budget`; one more tells whether the ranking was stopped early).
    const textLB = fieldBounds(textGroups, n, this.textLength, 0);
    const speakerLB = fieldBounds(speakerGroups, this.speakerLength.length, this.speakerLength, 1);
    const budget = Math.max(this.budget, limit);
    const textNorm = this.textNorm;
    const speakerNorm = this.speakerNorm;
    const speakerOf = this.speakerOf;
    // The bound of every candidate (NO_MATCH for the others), then the best few in order.
    const bounds = (this.boundOf ??= new Float64Array(n));
    let count = 0;
    for (let d = 0; d < n; d++) {
      const t = textLB[d]!;
      const sp = speakerOf[d]!;
      const s = sp >= 0 ? speakerLB[sp]! : NO_MATCH;
      if (t === NO_MATCH && s === NO_MATCH) {
        bounds[d] = NO_MATCH;
        continue;
      }
      let b = 0;
      if (t !== NO_MATCH) b += TEXT_WEIGHT * textNorm[d]! * t;
      if (s !== NO_MATCH) b += SPEAKER_WEIGHT * speakerNorm[d]! * s;
      bounds[d] = b;
      count++;
    }
    const t1 = performance.now();
    Object.assign(lastSearchStats, { candidates: count, ranked: 0, filterMs: t1 - t0, rankMs: 0, exact: true });
    if (!count) return [];

    // Best first by bound, from the 2 x (budget + 1) best bounds. A candidate taken from `queue` first gets its
    // bound refined against its text (exact kinds of terms decided, a fuzzy term whose bigrams are all there but
    // which is not in the text has an error) and waits in `refined` for its turn: refined bounds are never lower,
    // so the order stays best first. Candidates beyond the selection all have bounds of at least its last one.
    const k = Math.min(n, 2 * (budget + 1));
    if (!this.selDocs || this.selDocs.length < k) {
      this.selDocs = new Int32Array(k);
      this.selBounds = new Float64Array(k);
    }
    const size = selectBest(bounds, n, k, -Infinity, -1, this.selDocs, this.selBounds!);
    const queue = new RankQueue(this.selDocs.subarray(0, size), this.selBounds!.subarray(0, size), size);
    const unselected = count - size;
    const frontierB = size ? this.selBounds![size - 1]! : Infinity;
    const frontierD = size ? this.selDocs[size - 1]! : -1;
    const refined = new PairHeap();
    /** Makes `refined`'s head the best of the selected candidates left; false when none is left. */
    const settle = (): boolean => {
      while (queue.size > 0) {
        const qb = queue.peekBound();
        const qd = queue.peek();
        if (refined.size && (refined.peekBound() < qb || (refined.peekBound() === qb && refined.peek() < qd))) return true;
        queue.pop();
        const b = this.refinedBound(qd, groups, textGroups, speakerLB);
        if (b !== NO_MATCH) refined.push(b, qd);
      }
      return refined.size > 0;
    };
    /** True when no candidate left, selected or not, can displace the limit-th hit. */
    const decided = (kth: { score?: number; refIndex: number } | undefined): boolean => {
      const more = settle();
      if (!more && !unselected) return true;
      if (!kth) return false;
      if (more && !cannotEnter(refined.peekBound(), refined.peek(), kth)) return false;
      return !unselected || cannotEnter(frontierB, frontierD, kth);
    };
    const recordOf = this.recordLookup();
    let best: Array<{ item: Quote; refIndex: number; score?: number; matches?: ReadonlyArray<FuseResultMatch> }> = [];
    let ranked = 0;
    let batchSize = Math.max(64, Math.min(limit, 256));
    // Never rank fewer than `limit` (budget above): a broad query still fills the list it is asked for.
    while (ranked < budget && settle()) {
      if (decided(best[limit - 1])) break;
      const batch: FuseRecord[] = [];
      while (batch.length < Math.min(batchSize, budget - ranked) && settle()) {
        const rec = recordOf[refined.pop()]!;
        if (rec) batch.push(rec);
      }
      batch.sort((a, b) => a.i! - b.i!);
      ranked += batch.length;
      this.sub.setIndexRecords(batch);
      const found = this.fuse.search(query, { limit });
      if (found.length) {
        best = best.concat(found);
        best.sort((a, b) => (a.score === b.score ? a.refIndex - b.refIndex : (a.score ?? 0) - (b.score ?? 0)));
        if (best.length > limit) best.length = limit;
      }
      batchSize = 32;
    }
    this.sub.setIndexRecords([]);
    Object.assign(lastSearchStats, { ranked, rankMs: performance.now() - t1, exact: decided(best[limit - 1]) });
    return best.map(toHit);
  }

  /**
   * The log bound of document d with its text checked: exact, include, prefix, suffix and inverse terms decided,
   * and a fuzzy term with all its bigrams scoring 0 only when it is the whole text, 0.001 when it is in the text,
   * and at least one error (1/m) otherwise. NO_MATCH when neither field can match.
   */
  private refinedBound(d: number, groups: Term[][], textGroups: FieldTerm[][], speakerLB: Float64Array): number {
    const text = this.texts[d]!;
    let bestLn = NO_MATCH;
    // fuse.js scores a field by its first matching OR-group, and drops a quote when that group holds an inverse
    // term (!x) and another field (the speaker) does not match: known when the group is sure to match and every
    // group before it sure to fail.
    let firstKnown = true;
    let inverseFirst = false;
    if (text) {
      for (let g = 0; g < groups.length; g++) {
        const terms = groups[g]!;
        let sum = 0;
        let ok = true;
        let sure = true;
        let inverse = false;
        for (let j = 0; j < terms.length && ok; j++) {
          const { type, pattern: p } = terms[j]!;
          const ft = textGroups[g]![j]!;
          switch (type) {
            case 'exact':
              ok = text === p;
              break;
            case 'include':
              ok = text.includes(p);
              break;
            case 'prefix-exact':
              ok = text.startsWith(p);
              break;
            case 'suffix-exact':
              ok = text.endsWith(p);
              break;
            case 'inverse-exact':
              ok = !text.includes(p);
              inverse = true;
              break;
            case 'inverse-prefix-exact':
              ok = !text.startsWith(p);
              inverse = true;
              break;
            case 'inverse-suffix-exact':
              ok = !text.endsWith(p);
              inverse = true;
              break;
            case 'fuzzy': {
              if (!passes(ft, d)) {
                ok = false;
                break;
              }
              // One character: found only as itself (0.001); longer than 32: chunks, bound 0 as in fieldBounds.
              if (ft.m === 0) {
                if (p.length === 1) sum += 0.001;
                sure = false;
                break;
              }
              const c = ft.counts![d]!;
              const e = Math.ceil((ft.grams - c) / 2);
              if (e > 0) {
                sum += Math.max(0.001, e / ft.m);
                sure = false;
              } else if (text.includes(p)) sum += text === p ? 0 : 0.001;
              else {
                sum += Math.max(0.001, 1 / ft.m);
                sure = false;
              }
              break;
            }
          }
        }
        if (!ok) continue;
        if (firstKnown && sure && inverse) inverseFirst = true;
        firstKnown = false;
        const ls = lnScore(sum / terms.length);
        if (ls < bestLn) bestLn = ls;
      }
    }
    const sp = this.speakerOf[d]!;
    const s = sp >= 0 ? speakerLB[sp]! : NO_MATCH;
    if (bestLn === NO_MATCH && s === NO_MATCH) return NO_MATCH;
    if (inverseFirst && s === NO_MATCH) return NO_MATCH;
    let b = 0;
    if (bestLn !== NO_MATCH) b += TEXT_WEIGHT * this.textNorm[d]! * bestLn;
    if (s !== NO_MATCH) b += SPEAKER_WEIGHT * this.speakerNorm[d]! * s;
    return b;
  }

  private recordLookupCache: FuseRecord[] | null = null;
  private recordLookup(): FuseRecord[] {
    if (!this.recordLookupCache) {
      const byDoc = new Array<FuseRecord>(this.quotes.length);
      for (const r of this.records) if (r) byDoc[r.i!] = r;
      this.recordLookupCache = byDoc;
    }
    return this.recordLookupCache;
  }
}

function passes(t: FieldTerm, d: number): boolean {
  if (t.anyOf) return t.anyOf.some((x) => passes(x, d));
  return t.counts === null || t.counts[d]! >= t.need;
}

/** fieldBounds: this document cannot match (bounds are logarithms of scores <= 1, so never positive). */
const NO_MATCH = 1;
const LN_EPS = Math.log(Number.EPSILON);
/** The logarithm fuse's score gets for a field score (fuse uses Number.EPSILON for 0). */
const lnScore = (s: number) => (s === 0 ? LN_EPS : Math.log(s));

/**
 * Per document of a field: NO_MATCH when no group can match it, else the logarithm of the least score fuse's
 * extended search can give it (a matching group scores the mean of its terms' scores; the bound takes the best
 * group). `len`: lowercased lengths.
 */
const boundScratch = new Map<number, Float64Array>();
function fieldBounds(groups: FieldTerm[][], n: number, len: Int32Array, which: number): Float64Array {
  let best = boundScratch.get(which);
  if (!best || best.length !== n) boundScratch.set(which, (best = new Float64Array(n)));
  best.fill(NO_MATCH);
  for (const g of groups) {
    const k = g.length;
    // Terms that let every document through and add 0 (inverse terms, patterns without bigrams) change nothing.
    const terms = g.filter((t) => t.anyOf || t.counts);
    // Fuzzy: e >= ceil((bigrams - present) / 2) errors; no error scores 0 only when the pattern is the whole
    // field, and at least 0.001 otherwise (fuse's Bitap floor). Exact kinds score 0 when they match.
    const tables = terms.map((t) => {
      if (t.m === 0) return null;
      const table = new Float64Array(t.grams + 1);
      for (let c = 0; c <= t.grams; c++) {
        const e = Math.ceil((t.grams - c) / 2);
        table[c] = e > 0 ? Math.max(0.001, e / t.m) : 0.001;
      }
      return table;
    });
    if (terms.length === 0) {
      // Every document matches with score 0.
      best.fill(LN_EPS);
      continue;
    }
    if (terms.length === 1 && !terms[0]!.anyOf) {
      // One term (most queries while typing): logarithms from a table by bigram count, one tight loop.
      const { counts, need, m, grams } = terms[0]!;
      const c0 = counts!;
      const table = tables[0];
      const lnTable = new Float64Array(256).fill(NO_MATCH);
      for (let c = Math.max(0, need); c < 256; c++) lnTable[c] = lnScore(table ? table[Math.min(c, grams)]! / k : 0 / k);
      const lnWhole = lnScore(0 / k);
      for (let d = 0; d < n; d++) {
        const c = c0[d]!;
        const ls = table && c === grams && len[d] === m ? lnWhole : lnTable[c]!;
        if (ls < best[d]!) best[d] = ls;
      }
      continue;
    }
    let lastS = -1;
    let lastLn = 0;
    for (let d = 0; d < n; d++) {
      let sum = 0;
      let ok = true;
      for (let j = 0; j < terms.length; j++) {
        const t = terms[j]!;
        if (t.anyOf) {
          if (!passes(t, d)) {
            ok = false;
            break;
          }
          continue;
        }
        const c = t.counts![d]!;
        if (c < t.need) {
          ok = false;
          break;
        }
        const table = tables[j];
        if (table) sum += c === t.grams && len[d] === t.m ? 0 : table[c]!;
      }
      if (!ok) continue;
      const s = sum / k;
      if (s !== lastS) {
        lastS = s;
        lastLn = lnScore(s);
      }
      if (lastLn < best[d]!) best[d] = lastLn;
    }
  }
  return best;
}

function prepare(term: Term, index: GramIndex, buffer: () => Uint8Array = () => new Uint8Array(index.size)): FieldTerm {
  const p = term.pattern;
  const any: FieldTerm = { counts: null, need: 0, m: 0, grams: 0 };
  switch (term.type) {
    case 'inverse-exact':
    case 'inverse-prefix-exact':
    case 'inverse-suffix-exact':
      return any;
    case 'exact':
    case 'include':
    case 'prefix-exact':
    case 'suffix-exact': {
      const grams = gramsOf(p);
      if (!grams.length) return any;
      return { counts: index.countPresent(grams, buffer()), need: Math.min(255, grams.length), m: 0, grams: 0 };
    }
    case 'fuzzy': {
      const m = p.length;
      if (m < 2) {
        // One character: Bitap finds only that character, and a hit needs a run of minMatchCharLength (2) marked
        // characters, i.e. the character twice in a row.
        const g = gramsOf(p + p);
        if (!g.length || g[0]! < 0) return any;
        return { counts: index.countPresent(g, buffer()), need: 1, m: 0, grams: 0 };
      }
      if (m > 32) {
        // fuse splits long patterns into 32-character chunks and matches when any chunk does.
        const chunks: string[] = [];
        const rem = m % 32;
        for (let i = 0; i < m - rem; i += 32) chunks.push(p.substr(i, 32));
        if (rem) chunks.push(p.substr(m - 32));
        return { ...any, anyOf: chunks.map((c) => ({ ...prepare({ type: 'fuzzy', pattern: c }, index, buffer), m: 0 })) };
      }
      const grams = gramsOf(p);
      // q-gram lemma (q = 2): a match with e errors keeps at least (m - 1) - 2e of the pattern's bigrams.
      const need = grams.length - 2 * maxErrors(m);
      return { counts: index.countPresent(grams, buffer()), need, m, grams: grams.length };
    }
  }
}

/**
 * True when the best remaining candidate cannot displace the last hit: its bound is above the hit's score, or equal
 * to it with a later position (fuse breaks ties by position). Scores and bounds are compared as logarithms.
 */
function cannotEnter(b: number, d: number, last: { score?: number; refIndex: number }): boolean {
  const kth = Math.log(last.score ?? 1);
  if (b > kth + 1e-9) return true;
  return Math.abs(b - kth) <= 1e-9 && d > last.refIndex;
}

/**
 * The `k` least (bound, document) pairs after (afterB, afterD) among `bounds` (NO_MATCH: not a candidate), into
 * docs/out in ascending order; returns how many. A max-heap of k entries (an offer that cannot enter costs one
 * comparison), then heapsort in place.
 */
function selectBest(bounds: Float64Array, n: number, k: number, afterB: number, afterD: number, docs: Int32Array, out: Float64Array): number {
  let size = 0;
  for (let d = 0; d < n; d++) {
    const b = bounds[d]!;
    if (b === NO_MATCH || b < afterB || (b === afterB && d <= afterD)) continue;
    if (size < k) {
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        const pb = out[p]!;
        if (b < pb || (b === pb && d < docs[p]!)) break;
        docs[i] = docs[p]!;
        out[i] = pb;
        i = p;
      }
      docs[i] = d;
      out[i] = b;
      continue;
    }
    // Documents come in ascending order, so an equal bound never displaces the root.
    if (!(b < out[0]!)) continue;
    siftDown(docs, out, size, 0, b, d);
  }
  // Heapsort: the greatest goes to the end, repeatedly.
  for (let end = size - 1; end > 0; end--) {
    const d = docs[end]!;
    const b = out[end]!;
    docs[end] = docs[0]!;
    out[end] = out[0]!;
    siftDown(docs, out, end, 0, b, d);
  }
  return size;
}

/** Put (b, d) at i of a max-heap of `size` entries and sift it down. */
function siftDown(docs: Int32Array, out: Float64Array, size: number, i: number, b: number, d: number): void {
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    let c = l;
    if (l + 1 < size) {
      const lb = out[l]!;
      const rb = out[l + 1]!;
      if (lb < rb || (lb === rb && docs[l]! < docs[l + 1]!)) c = l + 1;
    }
    const cb = out[c]!;
    if (b > cb || (b === cb && d > docs[c]!)) break;
    docs[i] = docs[c]!;
    out[i] = cb;
    i = c;
  }
  docs[i] = d;
  out[i] = b;
}

/** Documents in order of (bound, document number), as the ranking takes them. */
class RankQueue {
  private at = 0;
  /** Documents not taken yet, counting those beyond the kept ones. */
  size: number;
  constructor(
    private readonly docs: Int32Array,
    private readonly bounds: Float64Array,
    total: number,
  ) {
    this.size = total;
  }
  /** Kept documents not taken yet. */
  kept(): number {
    return this.docs.length - this.at;
  }
  peek(): number {
    return this.docs[this.at]!;
  }
  peekBound(): number {
    return this.bounds[this.at]!;
  }
  pop(): number {
    this.size--;
    return this.docs[this.at++]!;
  }
}

/** Min-heap of (bound, document) pairs. */
class PairHeap {
  private docs: number[] = [];
  private bounds: number[] = [];
  get size(): number {
    return this.docs.length;
  }
  private less(i: number, j: number): boolean {
    const a = this.bounds[i]!;
    const b = this.bounds[j]!;
    return a < b || (a === b && this.docs[i]! < this.docs[j]!);
  }
  private swap(i: number, j: number): void {
    const d = this.docs[i]!;
    this.docs[i] = this.docs[j]!;
    this.docs[j] = d;
    const b = this.bounds[i]!;
    this.bounds[i] = this.bounds[j]!;
    this.bounds[j] = b;
  }
  push(bound: number, doc: number): void {
    this.docs.push(doc);
    this.bounds.push(bound);
    let i = this.docs.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  peek(): number {
    return this.docs[0]!;
  }
  peekBound(): number {
    return this.bounds[0]!;
  }
  pop(): number {
    const top = this.docs[0]!;
    const lastDoc = this.docs.pop()!;
    const lastBound = this.bounds.pop()!;
    if (this.docs.length) {
      this.docs[0] = lastDoc;
      this.bounds[0] = lastBound;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= this.docs.length) break;
        let c = l;
        if (l + 1 < this.docs.length && this.less(l + 1, l)) c = l + 1;
        if (!this.less(c, i)) break;
        this.swap(c, i);
        i = c;
      }
    }
    return top;
  }
}
