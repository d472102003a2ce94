import { describe, expect, it } from 'vitest';
import { wordColumns } from '../../../phrasebank/compile/words';
import { tokenize } from '../../../phrasebank/tokenize';

const norms = (text: string, language: 'en' | 'pl' | 'ru') => {
  const c = wordColumns(text, language);
  return c.norm.slice(0, c.length);
};

describe('wordColumns', () => {
  it('gives tokenize’s normalized words', () => {
    for (const [text, language] of [
      ["We don't know. The courier's van", 'en'],
      ['Nie wiem, już ZEPSUŁ się', 'pl'],
      ['Ёлка из-за склада', 'ru'],
      ['', 'en'],
    ] as const) {
      expect(norms(text, language)).toEqual(tokenize(text, language).map((t) => t.norm));
    }
  });

  it('reuses its columns: a shorter text after a longer one reads only its own words', () => {
    const long = Array.from({ length: 3000 }, (_, k) => `w${k}`).join(' ');
    expect(wordColumns(long, 'en').length).toBe(3000);
    expect(norms('calm down', 'en')).toEqual(['calm', 'down']);
  });
});
