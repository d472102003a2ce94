import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonPrefixLength, commonSuffixLength } from '../../phrasebank/common-affix';

/** The obvious character loops, as the reference. */
function prefixByLoop(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
function suffixByLoop(a: string, b: string, limit: number): number {
  let n = 0;
  while (n < limit && n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

describe('common prefix and suffix', () => {
  it('finds an edit in a long text', () => {
    const old = 'Please calm down. '.repeat(1000);
    const text = `${old.slice(0, 9000)}x${old.slice(9000)}`;
    expect(commonPrefixLength(old, text)).toBe(9000);
    expect(commonSuffixLength(old, text)).toBe(old.length - 9000);
  });

  it('equals the character loops on any pair of strings', () => {
    const edited = fc.tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(edited, fc.nat(50), ([head, removed, inserted, tail], limit) => {
        const a = head + removed + tail;
        const b = head + inserted + tail;
        expect(commonPrefixLength(a, b)).toBe(prefixByLoop(a, b));
        expect(commonSuffixLength(a, b, limit)).toBe(suffixByLoop(a, b, limit));
        expect(commonSuffixLength(a, b)).toBe(suffixByLoop(a, b, Math.min(a.length, b.length)));
      }),
      { numRuns: 1000 },
    );
  });
});
