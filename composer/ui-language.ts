/**
 * Keeps the in-page UI in the agent's language (settings uiLanguage), live: 'auto' follows
 * the browser (browser.i18n, nothing to load); a chosen language's strings come from the
 * background (services.uiMessages), so the content script makes no request of its own and
 * bundles no tables. Listeners re-render whatever is open once the new strings are in.
 */
import { useBrowserLanguage, useMessageTable } from '../i18n/messages';
import type { CoachServices } from './coach-services';

type Wanted = ReturnType<CoachServices['settings']['current']>['uiLanguage'];

const RETRIES = 3;
const RETRY_MS = 2000;

export class UiLanguage {
  /** the language asked for last; null until the first settings are read (and after a failed load) */
  private wanted: Wanted | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;
  private failures = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly services: CoachServices) {
    this.unsubscribe = services.settings.subscribe(() => this.follow());
    this.follow();
  }

  /** Called after the UI strings changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private follow() {
    const wanted = this.services.settings.current().uiLanguage;
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    clearTimeout(this.retry);
    if (wanted === 'auto') {
      useBrowserLanguage();
      this.changed();
      return;
    }
    this.services.uiMessages(wanted).then(
      (table) => {
        // a later change wins over a slow answer
        if (this.wanted !== wanted) return;
        this.failures = 0;
        useMessageTable(table, wanted);
        this.changed();
      },
      () => {
        // the worker was not ready: the strings stay as they are until an answer comes
        if (this.wanted !== wanted) return;
        this.wanted = null;
        if (++this.failures <= RETRIES) this.retry = setTimeout(() => this.follow(), RETRY_MS);
      },
    );
  }

  private changed() {
    for (const listener of this.listeners) listener();
  }

  dispose() {
    clearTimeout(this.retry);
    this.unsubscribe();
    this.listeners.clear();
  }
}
