/** Which flag the agent means: the one under a click, or the one the caret is in. */
import type { Finding } from '../phrasebank/finding';
import type { Span } from './caret';

/** Hit-tests a point against each finding's line boxes. */
export function findingAtPoint(
  findings: readonly Finding[],
  rangeOf: (f: Finding) => Range | null,
  x: number,
  y: number,
): Finding | null {
  for (const f of findings) {
    const rects = rangeOf(f)?.getClientRects() ?? [];
    for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return f;
  }
  return null;
}

/** The finding the caret is in; a caret touching a flag's edge counts, strictly inside wins. */
export function findingAtCaret(findings: readonly Finding[], caret: Span): Finding | null {
  const touching = findings.filter((f) => caret.start >= f.start && caret.end <= f.end);
  return touching.find((f) => caret.start > f.start && caret.end < f.end) ?? touching[0] ?? null;
}
