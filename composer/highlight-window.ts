/**
 * Which findings get a highlight Range: in a long, flag-dense draft, only those on or near
 * the screen. Every registered Range costs the editor on each keystroke (measured in
 * bench/browser.ts: ~190 Ranges in a 5,000-word ProseMirror draft cost about 10 % of its
 * typing script time, 10 Ranges almost nothing), and Ranges far off screen show nobody anything.
 */

/** Up to this many findings, all are drawn: no layout reads at all. */
export const DRAW_ALL_UP_TO = 40;

/** A half-open index window [from, to) into findings sorted by position. */
export interface IndexWindow {
  from: number;
  to: number;
}

/** The band of viewport y coordinates to cover: the visible part of the field plus a margin. */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * The visible part of `field` in its window, widened by one screen above and below, so that
 * scrolling a little or typing new lines above does not uncover undrawn flags.
 */
export function visibleBand(field: Element): Band {
  const view = field.ownerDocument.defaultView;
  const height = view?.innerHeight ?? 0;
  const box = field.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, height);
  // a field off screen still gets a (narrow) window at its nearest edge
  return { top: Math.min(top, bottom) - height, bottom: Math.max(top, bottom) + height };
}

/**
 * The findings whose boxes meet `band`, as an index window. Findings are in text order, so
 * their boxes go down the page (near enough: the band's margin absorbs what does not): two
 * binary searches, O(log n) layout reads instead of one per finding.
 * `box(i)` is finding i's box, or null when it cannot be placed (then it is kept in).
 */
export function windowIn(
  count: number,
  band: Band,
  box: (i: number) => { top: number; bottom: number } | null,
): IndexWindow {
  if (count <= DRAW_ALL_UP_TO) return { from: 0, to: count };
  // first finding whose bottom reaches the band's top
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const b = box(mid);
    if (b && b.bottom < band.top) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  // first finding whose top lies below the band's bottom
  hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const b = box(mid);
    if (b && b.top > band.bottom) hi = mid;
    else lo = mid + 1;
  }
  return { from, to: lo };
}

export const sameWindow = (a: IndexWindow, b: IndexWindow) => a.from === b.from && a.to === b.to;
