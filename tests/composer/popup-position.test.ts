import { describe, expect, it } from 'vitest';
import { placePopup, unionBox } from '../../composer/popup-position';

const VIEWPORT = { width: 1000, height: 800 };
const SIZE = { width: 300, height: 200 };

describe('card placement', () => {
  it('goes below the flag and caret line when there is room', () => {
    const line = { left: 100, top: 100, right: 300, bottom: 120 };
    expect(placePopup(line, SIZE, VIEWPORT)).toEqual({ left: 100, top: 126, side: 'below' });
  });

  it('goes above the line near the bottom of the viewport, never over it', () => {
    const line = { left: 100, top: 700, right: 300, bottom: 720 };
    const p = placePopup(line, SIZE, VIEWPORT);
    expect(p.side).toBe('above');
    expect(p.top + SIZE.height).toBeLessThanOrEqual(line.top);
  });

  it('scrolls rather than cover the line when neither side has room', () => {
    const line = { left: 100, top: 380, right: 300, bottom: 400 };
    const p = placePopup(line, { width: 300, height: 600 }, VIEWPORT);
    expect(p.top).toBeGreaterThanOrEqual(line.bottom);
    expect(p.top + (p.maxHeight ?? 0)).toBeLessThanOrEqual(VIEWPORT.height);
  });

  it('stays inside the viewport horizontally', () => {
    expect(placePopup({ left: 900, top: 10, right: 990, bottom: 30 }, SIZE, VIEWPORT).left).toBe(692);
  });

  it('anchors on the flag and the caret line together, skipping empty rects', () => {
    expect(
      unionBox([
        { left: 50, top: 100, right: 90, bottom: 120 },
        { left: 0, top: 0, right: 0, bottom: 0 },
        { left: 10, top: 120, right: 40, bottom: 140 },
      ]),
    ).toEqual({ left: 10, top: 100, right: 90, bottom: 140 });
  });
});
