import { describe, expect, it } from 'vitest';
import { cardOptions } from '../../composer/card-options';
import { calmDown, MODULES } from './fakes';

const DRAFT = 'Please calm down. The warehouse messed up your order.';

describe('what the card offers', () => {
  it('replacements first, then the rule’s modules that exist in the language', () => {
    const f = calmDown(DRAFT, {
      suggestions: [
        { kind: 'module', moduleId: 'greeting.chat-introduction' },
        { kind: 'replace', text: 'I understand' },
        { kind: 'module', moduleId: 'missing' },
      ],
    });
    expect(cardOptions(f, MODULES)).toEqual([
      { kind: 'replace', text: 'I understand' },
      { kind: 'module', module: MODULES[1] },
    ]);
    expect(cardOptions(f, null)).toEqual([{ kind: 'replace', text: 'I understand' }]);
  });
});
