/** The first index in [0, length) where `before` turns false, for a predicate true then false (binary search). */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0,
    hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
