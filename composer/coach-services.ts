/**
 * What coaching needs from the extension around it: settings, the phrase modules of a
 * language, and a place to count events. An interface, so the content script's UI logic
 * runs in unit tests without the browser.
 */
import type { MessageTable } from '../i18n/messages';
import type { Language } from '../phrasebank/finding';
import type { PhraseModule } from '../phrasebank/types';
import type { Settings } from '../settings/settings';
import type { StatEvent } from './messages';

export interface CoachSettings {
  current(): Settings;
  /** called after every change (another tab, the options page, or ignoreRule) */
  subscribe(listener: () => void): () => void;
  /** persists "ignore this rule on this site" */
  ignoreRule(origin: string, ruleId: string): Promise<void>;
}

export interface CoachServices {
  settings: CoachSettings;
  /** the modules of a language, from the background (never bundled into the page) */
  modules(language: Language): Promise<PhraseModule[]>;
  /** fire-and-forget; counts only, never text */
  stat(event: StatEvent): void;
  /** the in-page UI strings of a language the agent chose, from the background (never bundled) */
  uiMessages(language: Language): Promise<MessageTable>;
}
