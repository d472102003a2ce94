/**
 * The banks in effect: the bundled ones, later merged with the trainer's custom banks.
 * Modules are served from here so their text never rides in the content script.
 */
import { BUNDLED_BANKS } from '../phrasebank/banks';
import type { CompiledBank } from '../phrasebank/compile/compile';
import bundledCompiled from '../phrasebank/compiled/bundled.json';
import type { Language } from '../phrasebank/finding';
import type { Bank, PhraseModule } from '../phrasebank/types';

export class BankStore {
  constructor(private readonly banks: Record<Language, Bank[]> = {
    en: [BUNDLED_BANKS.en],
    pl: [BUNDLED_BANKS.pl],
    ru: [BUNDLED_BANKS.ru],
  }) {}

  modules(language: Language): PhraseModule[] {
    const byId = new Map<string, PhraseModule>();
    for (const bank of this.banks[language]) for (const m of bank.modules) byId.set(m.id, m);
    return [...byId.values()];
  }

  compiled(language: Language): CompiledBank | null {
    return (bundledCompiled as unknown as CompiledBank[]).find((b) => b.language === language) ?? null;
  }
}
