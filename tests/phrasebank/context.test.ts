import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsInsideAny, endsInsideIndex, quotedSpans, type Span } from '../../phrasebank/context';

describe('endsInsideIndex', () => {
  it('answers as endsInsideAny does, on random sorted (possibly nested) spans', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(30)).map(([from, length]): Span => [from, from + length]);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(100), fc.nat(8)), { maxLength: 20 }), (list, findings) => {
        const spans = [...list].sort((a, b) => a[0] - b[0]);
        const quoted = endsInsideIndex(spans);
        for (const [start, length] of findings) expect(quoted(start, start + length)).toBe(endsInsideAny(spans, start, start + length));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a quoted line inside a longer quote, and what lies past both', () => {
    const text = '> "quoted line"\nour words "garbage" here';
    const quoted = endsInsideIndex(quotedSpans(text));
    expect(quoted(3, 9)).toBe(true); // quoted (ends inside the ">" line)
    expect(quoted(16, 19)).toBe(false); // our
    expect(quoted(26, 35)).toBe(true); // "garbage"
    expect(quoted(37, 41)).toBe(false); // here
  });
});
