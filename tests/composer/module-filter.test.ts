import { describe, expect, it } from 'vitest';
import { filterModules } from '../../composer/module-filter';
import type { PhraseModule } from '../../phrasebank/types';

describe('picker filter', () => {
  const modules: PhraseModule[] = [
    { id: 'a', situation: 'closing', title: 'Anything else?', text: 'Just reply.' },
    { id: 'b', situation: 'apology-ownership', title: 'Przepraszamy za zamówienie', text: 'We own it.' },
    { id: 'c', situation: 'next-steps', title: 'Next', text: 'I will reply by {date}.', tags: ['timeline'] },
  ];
  it('matches every word in title, situation, text or tags, titles first, ignoring case and accents', () => {
    expect(filterModules(modules, '').map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(filterModules(modules, 'reply').map((m) => m.id)).toEqual(['a', 'c']);
    expect(filterModules(modules, 'apology').map((m) => m.id)).toEqual(['b']);
    expect(filterModules(modules, 'zamowienie').map((m) => m.id)).toEqual(['b']);
    expect(filterModules(modules, 'timeline reply').map((m) => m.id)).toEqual(['c']);
    expect(filterModules(modules, 'next')[0].id).toBe('c');
  });
});
