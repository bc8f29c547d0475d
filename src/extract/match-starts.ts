/**
 * Trying a regex only where a match can start: a global scan tries every position of a text; the extractors
 * instead find the few places a match can begin (a digit, a month name, a capital) and try a sticky copy of the
 * pattern there. Same matches, in the same order, at a fraction of the cost.
 */

/** Every index at which `re` (global, no empty matches) matches in `s`, overlapping matches included. */
export function positionsOf(re: RegExp, s: string, out: number[] = []): number[] {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** The matches of a sticky regex tried at `starts` (ascending) in order, skipping starts inside the previous match: what a global scan finds. */
export function* matchesAt(re: RegExp, body: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let next = 0;
  for (const i of starts) {
    if (i < next) continue;
    re.lastIndex = i;
    const m = re.exec(body);
    if (m) {
      next = i + m[0].length;
      yield m;
    }
  }
}
