/** Small banks and fakes for the background tests (the bundled banks are too big to compile per test). */
import type { StorageArea } from '../../background/storage';
import { type CompiledBank, compileBank } from '../../phrasebank/compile/compile';
import { defaultForms } from '../../phrasebank/compile/english-forms';
import type { Language } from '../../phrasebank/finding';
import type { Bank, Rule } from '../../phrasebank/types';

export const COMPILE = { forms: defaultForms };

export function rule(id: string, patterns: string[], extra: Partial<Rule> = {}): Rule {
  return {
    id,
    category: 'stop-phrase',
    patterns,
    message: `${id} message`,
    examples: {
      flag: patterns.map((p) => `You ${p} now.`).concat(patterns.map((p) => `Well, ${p}.`)),
      allow: ['Thank you.', 'We will help.'],
    },
    ...extra,
  };
}

export function bank(id: string, language: Language, rules: Rule[], extra: Partial<Bank> = {}): Bank {
  return { format: 1, id, name: `${id} name`, version: '1.0.0', language, rules, modules: [], ...extra };
}

export const BUNDLED: Record<Language, Bank> = {
  en: bank('tactful-en', 'en', [rule('stop-phrase.calm-down', ['calm down'])]),
  pl: bank('tactful-pl', 'pl', [rule('stop-phrase.uspokoj', ['proszę się uspokoić'])]),
  ru: bank('tactful-ru', 'ru', [rule('stop-phrase.uspokoytes', ['успокойтесь'])]),
};

export const BUNDLED_COMPILED: CompiledBank[] = Object.values(BUNDLED).map((b) => compileBank(b, COMPILE));

/** A storage area over a Map; `failWith` makes every write reject (e.g. a quota error). */
export class MemoryArea implements StorageArea {
  readonly data = new Map<string, unknown>();
  failWith: Error | null = null;
  writes = 0;

  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const k of Array.isArray(keys) ? keys : [keys])
      if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.writes++;
    if (this.failWith) throw this.failWith;
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }

  async remove(keys: string | string[]): Promise<void> {
    if (this.failWith) throw this.failWith;
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
  }
}

export const quotaError = () => new Error('QUOTA_BYTES quota exceeded');
