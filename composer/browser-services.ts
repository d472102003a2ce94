/**
 * The coach's services in the extension: settings from storage (cached, kept current), phrase
 * modules and stats through the background worker. Only the content script imports this.
 */
import type { MessageTable } from '../i18n/messages';
import type { Language } from '../phrasebank/finding';
import type { PhraseModule } from '../phrasebank/types';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings, saveSettings } from '../settings/settings';
import type { CoachServices, CoachSettings } from './coach-services';
import { toBackground } from './extension-api';
import {
  MAX_STAT_EVENTS,
  type ModulesRequest,
  type StatEvent,
  type StatRequest,
  type UiMessagesRequest,
} from './messages';

function cachedSettings(): CoachSettings {
  let current: Settings = DEFAULT_SETTINGS;
  const listeners = new Set<() => void>();
  const changed = (next: Settings) => {
    current = next;
    for (const listener of listeners) listener();
  };
  loadSettings().then(changed, () => {});
  onSettingsChanged(changed);
  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async ignoreRule(origin, ruleId) {
      const add = (s: Settings) => ({
        ...s.ignoredRules,
        [origin]: [...new Set([...(s.ignoredRules[origin] ?? []), ruleId])],
      });
      // hidden at once; then persisted on top of the freshest stored settings
      changed({ ...current, ignoredRules: add(current) });
      const stored = await loadSettings();
      await saveSettings({ ignoredRules: add(stored) });
    },
  };
}

/** Modules per language, asked once; cleared when the background says the banks changed. */
const moduleCache = new Map<Language, Promise<PhraseModule[]>>();

export function forgetModules() {
  moduleCache.clear();
}

function modulesClient(): (language: Language) => Promise<PhraseModule[]> {
  const cache = moduleCache;
  return (language) => {
    let modules = cache.get(language);
    if (!modules) {
      const request: ModulesRequest = { type: 'tactful/modules', language };
      modules = toBackground(request).then((reply) => {
        if (!Array.isArray(reply)) throw new Error('no modules from the background');
        return reply as PhraseModule[];
      });
      // a failed request (worker starting up) is asked again next time
      modules.catch(() => cache.delete(language));
      cache.set(language, modules);
    }
    return modules;
  };
}

/**
 * Stat events of one task go out as one message: a pasted draft's first check counts every
 * flag at once, and a message (and its reply) per flag cost the page measurable script time
 * after the paste (bench/browser.ts).
 */
function statSender(): (event: StatEvent) => void {
  let queued: StatEvent[] = [];
  const send = () => {
    const events = queued;
    queued = [];
    for (let k = 0; k < events.length; k += MAX_STAT_EVENTS) {
      const request: StatRequest = { type: 'tactful/stat', events: events.slice(k, k + MAX_STAT_EVENTS) };
      toBackground(request).catch(() => {});
    }
  };
  return (event) => {
    if (queued.length === 0) queueMicrotask(send);
    queued.push(event);
  };
}

async function uiMessages(language: Language): Promise<MessageTable> {
  const request: UiMessagesRequest = { type: 'tactful/ui-messages', language };
  const reply: unknown = await toBackground(request);
  if (typeof reply !== 'object' || reply === null) throw new Error('no UI strings from the background');
  return reply as MessageTable;
}

export function browserServices(): CoachServices {
  return { settings: cachedSettings(), modules: modulesClient(), stat: statSender(), uiMessages };
}
