/**
 * Tells screen-reader users about new flags without interrupting their typing: one polite
 * live-region summary after a second of quiet, in the UI language, e.g. "Tactful: 2 new
 * flags — Stop-phrase, Blame-shifting" or "Tactful: 2 новых замечания — …".
 */
import { categoryLabel } from '../components/category-labels';
import { t, tCount, uiLanguage } from '../i18n/messages';
import type { Category, Finding } from '../phrasebank/finding';

export const ANNOUNCE_DELAY_MS = 1000;

export function flagSummary(count: number, categories: readonly Category[]): string {
  const kinds = [...new Set(categories)].map(categoryLabel).join(', ');
  return t('coachNewFlagsSummary', tCount('coachNewFlags', count), kinds);
}

/** Creates the live region inside Tactful's overlay (present before anything is said). */
export function liveRegion(parent: HTMLElement): HTMLElement {
  const region = parent.ownerDocument.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.className = 'sr-only';
  parent.append(region);
  return region;
}

export class Announcer {
  private count = 0;
  private categories: Category[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private speaking: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly region: HTMLElement,
    private readonly delayMs = ANNOUNCE_DELAY_MS,
  ) {
    // The first browser.i18n lookup in a page loads the message catalog (~5 ms measured in
    // bench/browser.ts): done in idle time, it stays out of the first announcement, which
    // comes while the agent is typing.
    region.ownerDocument.defaultView?.requestIdleCallback?.(() => flagSummary(1, ['stop-phrase']), { timeout: 2000 });
  }

  /** Queues new flags; the summary goes out once the agent pauses. */
  flags(fresh: readonly Finding[]) {
    if (fresh.length === 0) return;
    this.count += fresh.length;
    this.categories.push(...fresh.map((f) => f.category));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Says something now (results of an action). */
  say(message: string) {
    // cleared first, so the same sentence twice is announced twice
    this.region.textContent = '';
    clearTimeout(this.speaking);
    this.speaking = setTimeout(() => {
      // read with the UI language's voice, whatever the page's language
      this.region.lang = uiLanguage();
      this.region.textContent = message;
    }, 50);
  }

  private flush() {
    if (this.count === 0) return;
    const message = flagSummary(this.count, this.categories);
    this.count = 0;
    this.categories = [];
    this.say(message);
  }

  dispose() {
    clearTimeout(this.timer);
    clearTimeout(this.speaking);
  }
}
