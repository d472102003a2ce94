// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRAW_ALL_UP_TO, visibleBand, windowIn } from '../../composer/highlight-window';

/** n findings, one per line of 20 px, the first at y = top */
const lines = (top: number) => (i: number) => ({ top: top + i * 20, bottom: top + i * 20 + 18 });

describe('windowIn', () => {
  it('keeps every finding of a short list, without asking where any is', () => {
    let asked = 0;
    const box = () => {
      asked++;
      return { top: 0, bottom: 0 };
    };
    expect(windowIn(DRAW_ALL_UP_TO, { top: 0, bottom: 10 }, box)).toEqual({ from: 0, to: DRAW_ALL_UP_TO });
    expect(asked).toBe(0);
  });

  it('picks the findings whose boxes meet the band, with O(log n) box reads', () => {
    let asked = 0;
    const at = lines(-4000);
    const box = (i: number) => {
      asked++;
      return at(i);
    };
    // line i spans y = 20i − 4000 … 20i − 3982: line 199 ends just above y = 0, line 220 starts at y = 400
    const w = windowIn(1000, { top: 0, bottom: 400 }, box);
    expect(w).toEqual({ from: 200, to: 221 });
    expect(asked).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1000)) + 2);
  });

  it('matches a plain scan for any sorted boxes and band', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 0, maxLength: 300 }),
        fc.integer({ min: -200, max: 3000 }),
        fc.integer({ min: 0, max: 1500 }),
        (gaps, bandTop, bandHeight) => {
          let y = 0;
          const boxes = gaps.map((g) => {
            y += g;
            return { top: y, bottom: y + 16 };
          });
          const band = { top: bandTop, bottom: bandTop + bandHeight };
          const w = windowIn(boxes.length, band, (i) => boxes[i]);
          const meets = boxes.map((b, i) =>
            (b.bottom >= band.top && b.top <= band.bottom) || boxes.length <= DRAW_ALL_UP_TO ? i : -1,
          );
          const inside = meets.filter((i) => i >= 0);
          if (inside.length === 0) expect(w.to - w.from).toBe(0);
          else expect(w).toEqual({ from: inside[0], to: inside.at(-1)! + 1 });
        },
      ),
    );
  });

  it('keeps findings it cannot place (no layout) rather than hiding them', () => {
    expect(windowIn(100, { top: 0, bottom: 400 }, () => null)).toEqual({ from: 0, to: 100 });
  });
});

describe('visibleBand', () => {
  const field = (top: number, bottom: number) => {
    const el = document.createElement('div');
    el.getBoundingClientRect = () => ({
      top,
      bottom,
      left: 0,
      right: 100,
      width: 100,
      height: bottom - top,
      x: 0,
      y: top,
      toJSON() {},
    });
    return el;
  };

  it('is the visible part of the field, one screen wider on each side', () => {
    const h = window.innerHeight;
    expect(visibleBand(field(100, 300))).toEqual({ top: 100 - h, bottom: 300 + h });
    // a field taller than the screen: the screen
    expect(visibleBand(field(-5000, 9000))).toEqual({ top: -h, bottom: 2 * h });
  });

  it('a field scrolled off screen still gets a band at its nearest edge', () => {
    const h = window.innerHeight;
    const band = visibleBand(field(-900, -100));
    expect(band.bottom).toBeGreaterThanOrEqual(0);
    expect(band.top).toBeLessThan(-100 + 1);
    expect(band.bottom - band.top).toBeGreaterThanOrEqual(h);
  });
});
