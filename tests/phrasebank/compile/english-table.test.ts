import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileBank } from '../../../phrasebank/compile/compile';
import { englishForms, inflectEnglish } from '../../../phrasebank/compile/english-forms';
import { tableForms, tableFormsProvider, tableLemmas } from '../../../phrasebank/compile/english-table';
import type { Bank } from '../../../phrasebank/types';
import { bundledLemmas, generateEnglishForms, TABLE_PATH } from '../../../scripts/gen-english-forms';
import { bankWith } from '../helpers';

const bundled = (language: string) =>
  JSON.parse(readFileSync(new URL(`../../../phrasebank/banks/${language}.json`, import.meta.url), 'utf8')) as Bank;

describe('the generated English forms table', () => {
  // compromise takes ~5 ms a word: generating the table again is the slow part
  it('is what scripts/gen-english-forms.ts writes now (compromise forms of the bank lemmas and common words)', () => {
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(generateEnglishForms());
  }, 60_000);

  it('holds every lemma of the bundled English bank', () => {
    const lemmas = bundledLemmas();
    expect(lemmas.length).toBeGreaterThan(10);
    expect(lemmas.filter((lemma) => tableForms(lemma) === null)).toEqual([]);
  }, 30_000);

  it('compiles the bundled banks exactly as compromise does, without asking it', () => {
    for (const language of ['en', 'pl', 'ru']) {
      const { forms, missing } = tableFormsProvider();
      const fromTable = JSON.stringify(compileBank(bundled(language), { forms }));
      expect(missing.size).toBe(0);
      const fromCompromise: typeof forms = (lemma, l) => (l === 'en' ? inflectEnglish(lemma) : null);
      const expected = JSON.stringify(compileBank(bundled(language), { forms: fromCompromise }));
      // compared as a whole (a diff of two megabytes of JSON helps nobody)
      expect(fromTable === expected, `${language}: compiled output differs`).toBe(true);
    }
  }, 30_000);

  it('reports the lemmas it lacks, which compromise still answers', () => {
    const lemma = 'defenestrate';
    expect(tableLemmas()).not.toContain(lemma);
    const { forms, missing } = tableFormsProvider();
    expect(() => compileBank(bankWith([{ patterns: [`{${lemma}} the agent`] }]), { forms })).toThrow(`no word forms known for "{${lemma}}"`);
    expect([...missing]).toEqual([lemma]);
    expect(englishForms(lemma)).toEqual(inflectEnglish(lemma));
    expect(englishForms(lemma)).toContain('defenestrated');
  });

  it('answers from the table what compromise would', () => {
    expect(tableForms('tell')).toEqual(['tell', 'told', 'tells', 'telling']);
    expect(englishForms('tell')).toBe(tableForms('tell'));
    // not Object.prototype's
    expect(tableForms('constructor')).toBeNull();
  });
});
