/**
 * Length of the common prefix / suffix of two strings, found by binary search over native
 * string comparisons. A character loop would be as good in optimised code, but a content
 * script's checker runs a few times per page: it stays in the interpreter, where a loop
 * over a long draft costs milliseconds and a dozen native compares cost microseconds.
 */

export function commonPrefixLength(a: string, b: string): number {
  let lo = 0; // a[0, lo) === b[0, lo)
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The common suffix, at most `limit` long (e.g. so that it does not overlap a common prefix). */
export function commonSuffixLength(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  let lo = 0; // the last lo characters are equal
  let hi = Math.min(limit, a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
