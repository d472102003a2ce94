/**
 * Text the agent is quoting is not theirs to fix: lines starting with ">" and spans inside
 * quotation marks (usually the customer's own words repeated). One pass over the text.
 */

export type Span = [start: number, end: number];

const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '„': '”“', '«': '»', '»': '«' };
const INTERESTING = /["“”„«»\n]/g;

export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  // quoted lines: optional spaces, then ">"
  for (let lineStart = 0; lineStart < text.length; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    let k = lineStart;
    while (k < lineEnd && (text[k] === ' ' || text[k] === '\t')) k++;
    if (text[k] === '>') spans.push([lineStart, lineEnd]);
    lineStart = lineEnd + 1;
  }
  // quotation marks, paired within a paragraph
  let open = -1;
  let closers = '';
  INTERESTING.lastIndex = 0;
  for (let m = INTERESTING.exec(text); m; m = INTERESTING.exec(text)) {
    const c = m[0];
    if (c === '\n') {
      open = -1;
      continue;
    }
    if (open >= 0 && closers.includes(c)) {
      spans.push([open, m.index + 1]);
      open = -1;
    } else if (open < 0 && c in CLOSERS && c !== '”') {
      open = m.index;
      closers = CLOSERS[c];
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** true when [start, end) overlaps any span (spans sorted by start). */
export function overlapsAny(spans: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  // first span whose start is >= end cannot overlap; check all before it whose end > start
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    if (spans[k][1] > start) return true;
  }
  return false;
}

/**
 * true when a finding's last character lies inside one span (spans sorted by start). What a
 * finding ends on is what makes it one ("…is garbage", "…lost it"): a quoted name before it
 * ("«СДЭК» всё перепутал", the "FastShip" courier lost it) is the agent's own blame, while
 * `our app is "garbage"` repeats the customer's word.
 */
export function endsInsideAny(spans: Span[], start: number, end: number): boolean {
  const last = Math.max(start, end - 1);
  for (const [from, to] of spans) {
    if (from > last) break;
    if (last < to) return true;
  }
  return false;
}

/**
 * endsInsideAny for many findings at once: `spans` sorted by start, prefix maxima of their
 * ends, and a binary search per finding (a scan per finding made long drafts with many
 * quotes quadratic).
 */
export function endsInsideIndex(spans: Span[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const froms = spans.map((s) => s[0]);
  const maxTo: number[] = [];
  let max = -1;
  for (const [, to] of spans) {
    max = Math.max(max, to);
    maxTo.push(max);
  }
  return (start, end) => {
    const last = Math.max(start, end - 1);
    // spans starting at or before `last`: froms[0, lo)
    let lo = 0;
    let hi = froms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (froms[mid] <= last) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxTo[lo - 1] > last;
  };
}
