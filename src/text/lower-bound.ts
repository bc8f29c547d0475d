/** First index in the ascending array `values` whose value is >= x. */
export function lowerBound<T extends number | string>(values: readonly T[], x: T): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
