/**
 * The engine as the content script uses it. Only the small matcher rides in the page; a
 * language's compiled tables come from the background the first time a draft in that
 * language needs them (measured: the tables are far larger than the matcher), so pages
 * without a composer, and languages nobody writes, cost nothing.
 */
import { DraftChecker, EngineCore } from '../phrasebank/check';
import { DETECTION_SAMPLE, detectedLanguage } from '../phrasebank/detect-language';
import type { Language } from '../phrasebank/finding';
import { draftLanguage, type LanguageMemory } from './draft-language';
import { toBackground } from './extension-api';
import type { CompiledBanksReply, CompiledBanksRequest } from './messages';
import type { Checker } from './session';

type Loader = (language: Language) => Promise<CompiledBanksReply>;

const fromBackground: Loader = (language) =>
  toBackground({ type: 'tactful/compiled-banks', language } satisfies CompiledBanksRequest);

/** Loads and keeps one Engine per language; tells listeners when one arrives. */
export class EngineCache {
  private readonly engines = new Map<Language, EngineCore | null>();
  private readonly loading = new Set<Language>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly load: Loader = fromBackground) {}

  /** The engine for `language`, or undefined while it loads (null: no bank for it). */
  get(language: Language): EngineCore | null | undefined {
    if (this.engines.has(language)) return this.engines.get(language);
    if (!this.loading.has(language)) {
      this.loading.add(language);
      this.load(language)
        .then((bank) => this.engines.set(language, bank ? new EngineCore([bank]) : null))
        .catch(() => this.engines.set(language, null)) // extension reloaded or no bank: stay quiet
        .finally(() => {
          this.loading.delete(language);
          for (const listener of this.listeners) listener();
        });
    }
    return undefined;
  }

  /**
   * Resolves once `language`'s engine (or its absence) is known, loading it if need be: true
   * when it had to wait, false when it was known already. Gives up after `timeoutMs`.
   */
  whenLoaded(language: Language, timeoutMs = 5000): Promise<boolean> {
    if (this.engines.has(language)) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        off();
        resolve(true);
      };
      const timer = setTimeout(done, timeoutMs);
      const off = this.onLoaded(() => {
        if (this.engines.has(language)) done();
      });
      this.get(language);
    });
  }

  /** Forgets every engine (the banks or the site's access changed); the next check asks again. */
  clear() {
    this.engines.clear();
    for (const listener of this.listeners) listener();
  }

  onLoaded(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const engines = new EngineCache();

/**
 * A fresh incremental checker for one composer: detects the draft's language and checks it
 * with that language's engine (nothing until the engine has arrived; see onLoaded).
 */
export function createChecker(cache: EngineCache = engines, memory: LanguageMemory = draftLanguage): Checker {
  const drafts = new Map<Language, { engine: EngineCore; draft: DraftChecker }>();
  let lastLanguage: Language | null = null;
  let lastSample: string | null = null;
  const check: Checker = (text) => {
    // detection reads only the draft's beginning: typing further on does not redo it
    const sample = text.slice(0, DETECTION_SAMPLE);
    let language = lastLanguage;
    if (sample !== lastSample || !language) {
      const detected = detectedLanguage(sample);
      if (detected) memory.noteWritten(detected);
      language = detected ?? lastLanguage ?? memory.preferred;
    }
    lastSample = sample;
    // an empty draft has nothing to flag: the tables preloaded below are the ones wanted
    if (!language) return [];
    lastLanguage = language;
    const engine = cache.get(language);
    if (!engine) return [];
    let entry = drafts.get(language);
    // a new engine (the banks changed) starts a new incremental draft
    if (entry?.engine !== engine) {
      entry = { engine, draft: new DraftChecker(engine, language) };
      drafts.set(language, entry);
    }
    return entry.draft.update(text);
  };
  check.ready = () => (lastLanguage ? cache.whenLoaded(lastLanguage) : Promise.resolve(false));
  // the agent's last draft language (else English) loads while they read the ticket
  void memory.loaded().then(() => lastLanguage || cache.get(memory.preferred ?? 'en'));
  return check;
}
