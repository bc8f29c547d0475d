import Fuse, { type FuseIndex, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Quote } from '../model.js';
import { GramIndex, gramsOf } from './ngram-index.js';
import { parseQuery, type Term } from './query.js';

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
export function createQuoteSearch(quotes: Quote[], options: QuoteSearchOptions = {}) {
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
  private readonly speakerIndex: GramIndex;
  private readonly sub: FuseIndex<Quote>;
  private readonly fuse: Fuse<Quote>;
  private logBoundScratch: Float64Array | null = null;

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
    // fuse multiplies, per matching field, score ** (weight * field norm)).
    const textLB = fieldBounds(textGroups, n, this.textLength, 0);
    const speakerLB = fieldBounds(speakerGroups, this.speakerLength.length, this.speakerLength, 1);
    const logBound = (this.logBoundScratch ??= new Float64Array(n));
    const cand = new Int32Array(n);
    let count = 0;
    const lnEps = Math.log(Number.EPSILON);
    // Bounds repeat (0.001 above all): remember the last logarithm of each field instead of recomputing it.
    let lastT = -2;
    let lnT = 0;
    let lastS = -2;
    let lnS = 0;
    const textNorm = this.textNorm;
    const speakerNorm = this.speakerNorm;
    const speakerOf = this.speakerOf;
    for (let d = 0; d < n; d++) {
      const t = textLB[d]!;
      const sp = speakerOf[d]!;
      const s = sp >= 0 ? speakerLB[sp]! : -1;
      if (t < 0 && s < 0) continue;
      let b = 0;
      if (t >= 0) {
        if (t !== lastT) lnT = t === 0 ? lnEps : Math.log(t);
        lastT = t;
        b += TEXT_WEIGHT * textNorm[d]! * lnT;
      }
      if (s >= 0) {
        if (s !== lastS) lnS = s === 0 ? lnEps : Math.log(s);
        lastS = s;
        b += SPEAKER_WEIGHT * speakerNorm[d]! * lnS;
      }
      logBound[d] = b;
      cand[count++] = d;
    }
    const candidates = cand.subarray(0, count);
    const t1 = performance.now();
    Object.assign(lastSearchStats, { candidates: count, ranked: 0, filterMs: t1 - t0, rankMs: 0, exact: true });
    if (!count) return [];

    // Rank candidates with fuse.js, best bound first, until none left can beat the current limit-th hit.
    const heap = new BoundHeap(candidates, logBound);
    const recordOf = this.recordLookup();
    let best: Array<{ item: Quote; refIndex: number; score?: number; matches?: ReadonlyArray<FuseResultMatch> }> = [];
    let ranked = 0;
    let batchSize = Math.max(64, Math.min(limit, 256));
    // Never rank fewer than `limit`: a broad query still fills the list it is asked for.
    const budget = Math.max(this.budget, limit);
    while (heap.size > 0 && ranked < budget) {
      if (best.length >= limit && cannotEnter(heap, best[limit - 1]!)) break;
      const batch: FuseRecord[] = [];
      while (batch.length < Math.min(batchSize, budget - ranked) && heap.size > 0) {
        const rec = recordOf[heap.pop()]!;
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
      batchSize = 128;
    }
    this.sub.setIndexRecords([]);
    Object.assign(lastSearchStats, { ranked, rankMs: performance.now() - t1, exact: heap.size === 0 || (best.length >= limit && cannotEnter(heap, best[limit - 1]!)) });
    return best.map(toHit);
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

/**
 * Per document of a field: -1 when no group can match it, else the least score fuse's extended search can give it
 * (a matching group scores the mean of its terms' scores; the bound takes the best group). `len`: lowercased lengths.
 */
const boundScratch = new Map<number, { best: Float64Array; ok: Uint8Array; sum: Float64Array }>();
function fieldBounds(groups: FieldTerm[][], n: number, len: Int32Array, which: number): Float64Array {
  let sc = boundScratch.get(which);
  if (!sc || sc.best.length !== n) boundScratch.set(which, (sc = { best: new Float64Array(n), ok: new Uint8Array(n), sum: new Float64Array(n) }));
  const { best, ok, sum } = sc;
  best.fill(-1);
  for (const g of groups) {
    ok.fill(1);
    sum.fill(0);
    for (const t of g) {
      if (t.anyOf) {
        for (let d = 0; d < n; d++) if (ok[d] && !passes(t, d)) ok[d] = 0;
        continue;
      }
      const counts = t.counts;
      if (!counts) continue;
      const need = t.need;
      if (t.m === 0) {
        for (let d = 0; d < n; d++) if (counts[d]! < need) ok[d] = 0;
        continue;
      }
      // Fuzzy: e >= ceil((bigrams - present) / 2) errors; no error scores 0 only when the pattern is the whole
      // field, and at least 0.001 otherwise (fuse's Bitap floor).
      const table = new Float64Array(t.grams + 1);
      for (let c = 0; c <= t.grams; c++) {
        const e = Math.ceil((t.grams - c) / 2);
        table[c] = e > 0 ? Math.max(0.001, e / t.m) : 0.001;
      }
      for (let d = 0; d < n; d++) {
        if (!ok[d]) continue;
        const c = counts[d]!;
        if (c < need) ok[d] = 0;
        else sum[d]! += c === t.grams && len[d] === t.m ? 0 : table[c]!;
      }
    }
    const k = g.length;
    for (let d = 0; d < n; d++) {
      if (!ok[d]) continue;
      const s = sum[d]! / k;
      if (best[d]! < 0 || s < best[d]!) best[d] = s;
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
function cannotEnter(heap: BoundHeap, last: { score?: number; refIndex: number }): boolean {
  const kth = Math.log(last.score ?? 1);
  const b = heap.peekBound();
  if (b > kth + 1e-9) return true;
  return Math.abs(b - kth) <= 1e-9 && heap.peek() > last.refIndex;
}

/** Min-heap of documents by (bound, document number). */
class BoundHeap {
  private readonly heap: Int32Array;
  size: number;
  constructor(
    docs: Int32Array,
    private readonly key: Float64Array,
  ) {
    this.heap = Int32Array.from(docs);
    this.size = docs.length;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }
  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }
  peek(): number {
    return this.heap[0]!;
  }
  peekBound(): number {
    return this.key[this.heap[0]!]!;
  }
  pop(): number {
    const top = this.heap[0]!;
    this.size--;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size]!;
      this.down(0);
    }
    return top;
  }
  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) return;
      let c = l;
      if (l + 1 < this.size && this.less(h[l + 1]!, h[l]!)) c = l + 1;
      if (!this.less(h[c]!, h[i]!)) return;
      const t = h[i]!;
      h[i] = h[c]!;
      h[c] = t;
      i = c;
    }
  }
}
