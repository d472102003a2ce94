/**
 * Test doubles for the coaching controllers: a composer over a plain string, and services.
 * Importing this puts the UI strings in English (useLanguage switches them).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pageMessages } from '../../background/ui-messages';
import type { CoachServices } from '../../composer/coach-services';
import type { CoachedComposer, SavedCaret } from '../../composer/coached-composer';
import type { InsertResult } from '../../composer/insert/chain';
import type { DraftEdit } from '../../composer/insert/edit';
import type { StatEvent } from '../../composer/messages';
import { type MessageTable, useMessageTable } from '../../i18n/messages';
import type { Finding, Language } from '../../phrasebank/finding';
import type { PhraseModule } from '../../phrasebank/types';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import type { Settings } from '../../settings/settings';

/** A locale's messages.json, as the background would serve it. */
export function messages(language: Language): MessageTable {
  const file = resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as MessageTable;
}

/** Puts the UI strings in one language, without the browser. */
export function useLanguage(language: Language) {
  useMessageTable(messages(language), language);
}

useLanguage('en');

export const MODULES: PhraseModule[] = [
  {
    id: 'complaint-received.acknowledge',
    situation: 'complaint-received',
    title: 'Acknowledge and take it on',
    text: 'I understand how frustrating this is, and I am on it. {cursor}',
  },
  {
    id: 'greeting.chat-introduction',
    situation: 'greeting',
    title: 'Chat: introduce yourself',
    text: "Hi {customer.name|there}, I'm {agent.name} and I'll help you today.{cursor}",
  },
];

export function calmDown(text: string, overrides: Partial<Finding> = {}): Finding {
  const start = text.indexOf('calm down');
  return {
    ruleId: 'stop-phrase.calm-down',
    category: 'stop-phrase',
    start,
    end: start + 9,
    text: 'calm down',
    message: '“Calm down” tells the customer their feelings are wrong.',
    suggestions: [
      { kind: 'replace', text: 'I understand' },
      { kind: 'module', moduleId: 'complaint-received.acknowledge' },
    ],
    ...overrides,
  };
}

export class FakeComposer implements CoachedComposer {
  readonly field: HTMLElement;
  findings: Finding[];
  caretAt = { start: 9, end: 9 };
  readonly edits: (DraftEdit & { replaces?: string })[] = [];
  readonly restored: SavedCaret[] = [];
  readonly ignored: Finding[] = [];
  known: Record<string, string> = {};

  constructor(
    public draft: string,
    findings?: Finding[],
  ) {
    this.field = document.createElement('div');
    this.field.contentEditable = 'true';
    this.field.textContent = draft;
    document.body.append(this.field);
    this.findings = findings ?? [calmDown(draft)];
  }

  refresh() {
    return this.findings;
  }
  text() {
    return this.draft;
  }
  language() {
    return 'en' as const;
  }
  siteOrigin() {
    return 'https://support.example.com';
  }
  rangeOf() {
    return null;
  }
  caret() {
    return this.caretAt;
  }
  caretRect() {
    return new DOMRect(10, 10, 0, 16);
  }
  saveCaret(): SavedCaret {
    return { offsets: { ...this.caretAt }, range: null };
  }
  restoreCaret(saved: SavedCaret) {
    this.restored.push(saved);
  }
  async typingSettled() {}
  async checksReady() {
    return false;
  }
  async apply(edit: DraftEdit & { replaces?: string }): Promise<InsertResult> {
    this.edits.push(edit);
    this.draft = this.draft.slice(0, edit.start) + edit.text + this.draft.slice(edit.end);
    return { ok: true, strategy: 'fake' };
  }
  ignoreOnce(finding: Finding) {
    this.ignored.push(finding);
  }
  variables() {
    return this.known;
  }
}

export function fakeServices(modules: PhraseModule[] = MODULES) {
  const stats: StatEvent[] = [];
  const ignoredRules: [string, string][] = [];
  /** the languages whose UI strings were asked for */
  const uiRequests: Language[] = [];
  let settings: Settings = DEFAULT_SETTINGS;
  const listeners = new Set<() => void>();
  const services: CoachServices = {
    settings: {
      current: () => settings,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async ignoreRule(origin, ruleId) {
        ignoredRules.push([origin, ruleId]);
        settings = { ...settings, ignoredRules: { [origin]: [ruleId] } };
      },
    },
    modules: async () => modules,
    stat: (event) => stats.push(event),
    uiMessages: async (language) => {
      uiRequests.push(language);
      // only the part the background sends: a string missing from it shows up here
      return pageMessages(messages(language));
    },
  };
  /** a settings change, as from the options page */
  const changeSettings = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    for (const listener of listeners) listener();
  };
  return { services, stats, ignoredRules, uiRequests, changeSettings };
}

/** Lets Preact re-render and run its effects (after the next frame, or 35 ms at most) and promises settle. */
export const settle = () => new Promise((done) => setTimeout(done, 60));

export function key(target: EventTarget, key: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
}
