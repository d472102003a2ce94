import { describe, expect, it } from 'vitest';
import { findingAtCaret } from '../../composer/flag-hit';
import { calmDown } from './fakes';

const DRAFT = 'Please calm down. The warehouse messed up your order.';

describe('which flag the caret is in', () => {
  it('inside wins over touching an edge', () => {
    const a = calmDown(DRAFT, { start: 0, end: 10 });
    const b = calmDown(DRAFT, { start: 10, end: 20 });
    expect(findingAtCaret([a, b], { start: 10, end: 10 })).toBe(a);
    expect(findingAtCaret([a, b], { start: 12, end: 12 })).toBe(b);
    expect(findingAtCaret([a, b], { start: 25, end: 25 })).toBeNull();
  });
});
