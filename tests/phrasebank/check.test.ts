import { describe, expect, it } from 'vitest';
import { check } from '../../phrasebank/check';

describe('check (skeleton seam)', () => {
  it('flags "calm down" with exact offsets', () => {
    const text = 'Please calm down.';
    const [f] = check(text);
    expect(f.category).toBe('stop-phrase');
    expect(text.slice(f.start, f.end)).toBe('calm down');
  });
  it('flags nothing in a polite draft', () => {
    expect(check('Thank you for your patience.')).toEqual([]);
  });
});
