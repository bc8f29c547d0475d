/**
 * A bigram inverted index over lowercased strings, used to narrow fuse.js searches to the documents that can match.
 *
 * Characters map to 64 classes (a-z, 0-9, whitespace, and 27 buckets for everything else), so a bigram is one of
 * 4,096 ids and the postings are flat Int32Arrays. Buckets can make two different bigrams look the same: that only
 * lets more documents through, never fewer, so every filter built on it stays a necessary condition.
 */

const GRAMS = 64 * 64;

export function charClass(c: number): number {
  if (c >= 97 && c <= 122) return c - 96; // a-z: 1..26
  if (c >= 48 && c <= 57) return c - 21; // 0-9: 27..36
  if (c === 32 || (c >= 9 && c <= 13) || c === 160) return 0; // whitespace: never part of an indexed bigram
  return 37 + (c % 27);
}

/** Bigram ids of a lowercased string, by position; -1 where a bigram holds whitespace (not indexed). */
export function gramsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    const a = charClass(s.charCodeAt(i));
    const b = charClass(s.charCodeAt(i + 1));
    out.push(a === 0 || b === 0 ? -1 : a * 64 + b);
  }
  return out;
}

export class GramIndex {
  readonly size: number;
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;

  /** `docs` must already be lowercased the way the matcher lowercases (String#toLowerCase). */
  constructor(docs: readonly string[]) {
    this.size = docs.length;
    // One pass over the characters: each document's distinct bigrams, appended to `flat`.
    const last = new Int32Array(GRAMS).fill(-1);
    let flat = new Int32Array(1 << 16);
    let used = 0;
    const docEnd = new Int32Array(docs.length);
    for (let d = 0; d < docs.length; d++) {
      const s = docs[d]!;
      if (used + s.length > flat.length) {
        const bigger = new Int32Array(Math.max(flat.length * 2, used + s.length));
        bigger.set(flat.subarray(0, used));
        flat = bigger;
      }
      let prev = s.length ? charClass(s.charCodeAt(0)) : 0;
      for (let i = 1; i < s.length; i++) {
        const cur = charClass(s.charCodeAt(i));
        if (prev !== 0 && cur !== 0) {
          const g = prev * 64 + cur;
          if (last[g] !== d) {
            last[g] = d;
            flat[used++] = g;
          }
        }
        prev = cur;
      }
      docEnd[d] = used;
    }
    // Counting sort into postings by bigram (documents stay in ascending order within each list).
    const offsets = new Int32Array(GRAMS + 1);
    for (let k = 0; k < used; k++) offsets[flat[k]! + 1]!++;
    for (let g = 0; g < GRAMS; g++) offsets[g + 1]! += offsets[g]!;
    const postings = new Int32Array(used);
    const fill = offsets.slice(0, GRAMS);
    let k = 0;
    for (let d = 0; d < docs.length; d++) {
      const end = docEnd[d]!;
      for (; k < end; k++) postings[fill[flat[k]!]!++] = d;
    }
    this.offsets = offsets;
    this.postings = postings;
  }

  private buffers: Uint8Array[] = [];
  /** Scratch count arrays (one per term of a query), reused from query to query. */
  scratch(k: number): Uint8Array {
    while (this.buffers.length <= k) this.buffers.push(new Uint8Array(this.size));
    return this.buffers[k]!;
  }

  /** The documents holding bigram `g`. */
  docsWith(g: number): Int32Array {
    return this.postings.subarray(this.offsets[g]!, this.offsets[g + 1]!);
  }

  /**
   * For each document, how many positions of `grams` (ids from gramsOf) have their bigram somewhere in it;
   * positions whose bigram is not indexed (-1) count as present. Saturates at 255.
   */
  countPresent(grams: readonly number[], out: Uint8Array): Uint8Array {
    out.fill(0);
    let always = 0;
    const mult = new Map<number, number>();
    for (const g of grams) {
      if (g < 0) always++;
      else mult.set(g, (mult.get(g) ?? 0) + 1);
    }
    if (always) out.fill(Math.min(255, always));
    for (const [g, r] of mult) {
      const docs = this.docsWith(g);
      for (let k = 0; k < docs.length; k++) {
        const d = docs[k]!;
        const v = out[d]! + r;
        out[d] = v > 255 ? 255 : v;
      }
    }
    return out;
  }
}
