import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseCache, PatternError, parsePattern } from '../../../phrasebank/compile/pattern';
import type { Bank } from '../../../phrasebank/types';

const parse = (p: string, lang: 'en' | 'pl' | 'ru' = 'en') => parsePattern(p, lang);

describe('parsePattern', () => {
  it('parses words, alternatives, optionals, gaps, stems, lemmas and lexicons', () => {
    expect(parse('calm down')).toEqual({
      kind: 'seq',
      items: [
        { kind: 'word', norms: ['calm'] },
        { kind: 'word', norms: ['down'] },
      ],
    });
    const tree = JSON.stringify(parse('[the] (warehouse | head office) ...5 {mess} up @department zepsu*'));
    for (const part of ['"opt"', '"alt"', '"max":5', '"lemma":"mess"', '"lexicon","name":"department"', '"prefix":"zepsu"']) {
      expect(tree).toContain(part);
    }
  });

  it('uses the default gap of 3 for "..." and "…"', () => {
    expect(JSON.stringify(parse('a ... b'))).toContain('"max":3');
    expect(JSON.stringify(parse('a … b'))).toContain('"max":3');
  });

  it('expands contractions in patterns like in text', () => {
    expect(parse("don't")).toEqual(parse('do not'));
  });

  it('folds Polish stems', () => {
    expect(parse('zepsuł*', 'pl')).toEqual({ kind: 'prefix', prefix: 'zepsul' });
  });

  it.each([
    ['(a | b', 'missing ")"'],
    ['a ]', 'unexpected "]"'],
    ['... a', 'must start with a word'],
    ['[a]', 'at least one word'],
    ['ab*', 'at least 3 letters'],
    ['a ...9 b', '1 to 8'],
    ['{two words}', 'exactly one word'],
    ['a*b', 'may only end a word'],
    ['@', 'lexicon name'],
  ])('rejects %s with a clear reason', (pattern, reason) => {
    expect(() => parse(pattern)).toThrow(PatternError);
    expect(() => parse(pattern)).toThrow(reason);
  });
});

describe('parsePattern rejects regex habits', () => {
  it.each(['(on)?', 'calm+', 'a|b$', 'hello.'])('rejects %s', (pattern) => {
    expect(() => parsePattern(pattern, 'en')).toThrow(/not regular expressions/);
  });
  it('ignores commas like the text does', () => {
    expect(parsePattern('sorry, but', 'en')).toEqual(parsePattern('sorry but', 'en'));
  });
});

describe('#word: exact spelling', () => {
  it('keeps the diacritics of the marked word only', () => {
    expect(parse('#Gwarantuję zwrot', 'pl')).toEqual({
      kind: 'seq',
      items: [
        { kind: 'exact', spelling: 'gwarantuję', norm: 'gwarantuje' },
        { kind: 'word', norms: ['zwrot'] },
      ],
    });
    expect(parse('(#всё | ничего)', 'ru')).toEqual({
      kind: 'alt',
      options: [{ kind: 'exact', spelling: 'всё', norm: 'все' }, { kind: 'word', norms: ['ничего'] }],
    });
  });

  it.each([
    ['#gwarant*', 'one whole word'],
    ['#{gwarantować}', 'one whole word'],
    ['#', 'one whole word'],
    ['a#b', '"#" goes before a word'],
  ])('rejects %s', (pattern, reason) => {
    expect(() => parse(pattern, 'pl')).toThrow(reason);
  });

  it('is for Polish and Russian only', () => {
    expect(() => parse('#cafe')).toThrow('for Polish and Russian');
  });
});

describe('ParseCache (one per compile)', () => {
  const outcome = (p: string, lang: 'en' | 'pl' | 'ru', cache?: ParseCache) => {
    try {
      return JSON.stringify(parsePattern(p, lang, cache));
    } catch (e) {
      return `${(e as Error).name}: ${(e as Error).message}`;
    }
  };

  it('changes no tree and no error, over every pattern of the bundled banks and their variants', () => {
    for (const lang of ['en', 'pl', 'ru'] as const) {
      const bank = JSON.parse(readFileSync(new URL(`../../../phrasebank/banks/${lang}.json`, import.meta.url), 'utf8')) as Bank;
      const patterns = bank.rules.flatMap((r) => [...r.patterns, ...(r.exceptions ?? [])]);
      // the same words again in other places, and broken: errors must name their own positions
      const variants = patterns.flatMap((p) => [
        p,
        `x ${p}`,
        p.replace(/[)\]]/, ''),
        `${p} ...9`,
        p.replace(/ /g, '  '),
        p.replace('}', ' two}'),
        p.replace('*', 'x*y'),
      ]);
      const cache = new ParseCache();
      const differing = variants.filter((p) => outcome(p, lang, cache) !== outcome(p, lang));
      expect(differing).toEqual([]);
    }
  }, 60_000);

  it('keeps languages apart', () => {
    const cache = new ParseCache();
    // "don't" is two words in English, one in Polish
    expect(parsePattern("don't", 'en', cache)).toEqual(parsePattern("don't", 'en'));
    expect(parsePattern("don't", 'pl', cache)).toEqual(parsePattern("don't", 'pl'));
    expect(parsePattern("don't", 'pl', cache)).not.toEqual(parsePattern("don't", 'en'));
  });
});
