// Searching sorted arrays: shared by the officials passes (offsets where a person was seen, line
// breaks) and tariff linking (the days a line changes).

/** Index of the first element of ascending `arr` not below `x` (arr.length if none). */
export function lowerBound<T extends number | string>(arr: readonly T[], x: T): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
