/**
 * Where a card goes: at the flag, below its line, or above when there is no room below;
 * never over the line the caret is on (that line is part of the anchor).
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** set when neither side has room for the whole card: it scrolls instead of covering the line */
  maxHeight?: number;
}

export function unionBox(boxes: Iterable<Box>): Box | null {
  let out: Box | null = null;
  for (const b of boxes) {
    if (b.right - b.left === 0 && b.bottom - b.top === 0 && b.left === 0 && b.top === 0) continue;
    out = out
      ? {
          left: Math.min(out.left, b.left),
          top: Math.min(out.top, b.top),
          right: Math.max(out.right, b.right),
          bottom: Math.max(out.bottom, b.bottom),
        }
      : { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  }
  return out;
}

export function placePopup(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): Placement {
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - size.width - margin));
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  if (size.height <= roomBelow) return { left, top: anchor.bottom + gap, side: 'below' };
  if (size.height <= roomAbove) return { left, top: anchor.top - gap - size.height, side: 'above' };
  if (roomBelow >= roomAbove)
    return { left, top: anchor.bottom + gap, side: 'below', maxHeight: Math.max(0, roomBelow) };
  const maxHeight = Math.max(0, roomAbove);
  return { left, top: anchor.top - gap - maxHeight, side: 'above', maxHeight };
}
