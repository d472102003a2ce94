/**
 * The language the agent last wrote a draft in, remembered on this machine (a language code,
 * never text). An empty composer starts in it: its tables load while the agent reads the
 * ticket, so a Polish agent's first flags in a new tab do not wait ~250 ms for Polish tables
 * after English ones were loaded for nothing (README, "Speed").
 */
import { browser } from 'wxt/browser';
import { attempt } from './extension-api';
import { LANGUAGES, type Language } from '../phrasebank/finding';

export const DRAFT_LANGUAGE_KEY = 'tactful.draftLanguage';

interface LanguageStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export class LanguageMemory {
  /** the language last written in, or null when none is known yet */
  preferred: Language | null = null;

  /** `storage` defaults to the extension's storage.local, looked up when used */
  constructor(private readonly storage?: LanguageStorage | null) {}

  private get store(): LanguageStorage | null {
    return this.storage !== undefined ? this.storage : (browser?.storage?.local ?? null);
  }

  private reading?: Promise<void>;

  /** Resolves once the remembered language is read (never rejects; nothing waits on it but the preload). */
  loaded(): Promise<void> {
    this.reading ??= (async () => {
      try {
        const stored = (await this.store?.get(DRAFT_LANGUAGE_KEY))?.[DRAFT_LANGUAGE_KEY] as Language;
        if (!this.preferred && LANGUAGES.includes(stored)) this.preferred = stored;
      } catch {} // extension reloaded: nothing remembered
    })();
    return this.reading;
  }

  /**
   * A draft was detected in `language`. A draft's first words may mislead ("Hi Anna," before
   * Polish): the language it is detected in last, as it grows, is the one that stays.
   */
  noteWritten(language: Language) {
    if (language === this.preferred) return;
    this.preferred = language;
    const store = this.store;
    if (store) attempt(() => store.set({ [DRAFT_LANGUAGE_KEY]: language })).catch(() => {}); // extension reloaded: no matter
  }
}

export const draftLanguage = new LanguageMemory();
