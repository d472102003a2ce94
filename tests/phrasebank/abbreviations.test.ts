import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodDecision, periodEndsSentence } from '../../phrasebank/abbreviations';

describe('periodEndsSentence', () => {
  it('agrees with periodDecision (its quick paths change no verdict)', () => {
    const piece = fc.constantFrom('np', 'NP', 'm', 'in', 'e', 'g', 'etc', 'Mr', 'approx', 'appro', 'ok', 'т', 'е', 'руб', 'word', '12', '3', '.', ' ', 'W', 'ą', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom('en', 'pl', 'ru'), (parts, language) => {
        const text = parts.join('');
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '.') expect(periodEndsSentence(text, i, language)).toBe(periodDecision(text, i, language).ends);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
