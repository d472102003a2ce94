import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Engine } from '../../phrasebank/check';
import { compileBank } from '../../phrasebank/compile/compile';
import { defaultForms } from '../../phrasebank/compile/english-forms';
import type { Bank } from '../../phrasebank/types';

export function fixtureBank(name = 'mini-en'): Bank {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `fixtures/${name}.json`), 'utf8')) as Bank;
}

export function bankWith(rules: Partial<Bank['rules'][number]>[], extra: Partial<Bank> = {}): Bank {
  return {
    format: 1,
    id: 'test',
    name: 'test',
    version: '1.0.0',
    language: 'en',
    modules: [],
    ...extra,
    rules: rules.map((r, i) => ({
      id: `stop-phrase.r${String(i).padStart(3, '0')}`,
      category: 'stop-phrase',
      message: 'why',
      patterns: [],
      examples: { flag: ['a', 'b'], allow: ['c', 'd'] },
      ...r,
    })) as Bank['rules'],
  };
}

export function engineFor(bank: Bank): Engine {
  return new Engine([compileBank(bank, { forms: defaultForms })]);
}

/** The texts an engine flags, for compact assertions. */
export function flagged(engine: Engine, text: string, language = engine.languages[0]): string[] {
  return engine.check(text, language).map((f) => f.text);
}
