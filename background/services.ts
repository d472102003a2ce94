/**
 * The background's parts wired to the real browser APIs. entrypoints/background.ts only
 * creates this and forwards events to it.
 */
import { browser } from 'wxt/browser';
import { type BanksChangedNotice, statusRequest } from '../composer/messages';
import type { MessageTable } from '../i18n/messages';
import { BUNDLED_BANKS } from '../phrasebank/banks';
import type { CompiledBank } from '../phrasebank/compile/compile';
import { defaultForms } from '../phrasebank/compile/english-forms';
import bundledCompiled from '../phrasebank/compiled/bundled.json';
import { loadPolicy } from '../settings/policy';
import type { Settings } from '../settings/schema';
import { loadOwnSettings, loadSettings, saveSettings } from '../settings/settings';
import { isTactfulEnabledFor } from '../settings/sites';
import { BankStore } from './bank-store';
import { PolicyBanks } from './policy';
import type { RouterDeps } from './router';
import { type ScriptingApi, SiteAccess } from './site-access';
import { StatsStore } from './stats';
import type { StorageArea } from './storage';
import { TabOrigins } from './tab-origins';
import { uiMessagesLoader } from './ui-messages';
import { type AlarmsApi, TeamSync } from './team-sync';

export interface Services extends RouterDeps {
  /** re-reads everything the compiled banks depend on and tells the content scripts */
  banksChanged(): void;
  /** at install and browser start: the team alarm and the opt-in registration in step */
  start(): void;
  /** after the settings in effect changed */
  settingsChanged(settings: Settings): void;
  /** after the policy changed */
  policyChanged(): void;
}

/** What content scripts get depends on the languages checked and on the site lists. */
const bankInputs = (s: Settings) => JSON.stringify([s.languages, s.allowedSites, s.deniedSites]);

/** Tells every tab's content scripts to fetch the banks again (tabs without one ignore it). */
async function broadcastBanksChanged(): Promise<void> {
  const notice: BanksChangedNotice = { type: 'tactful/banks-changed' };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? null : browser.tabs.sendMessage(tab.id, notice).catch(() => {}))),
  );
}

export function createServices(): Services {
  const compileOptions = { forms: defaultForms };
  const local = browser.storage.local as unknown as StorageArea;
  const policyBanks = new PolicyBanks(loadPolicy, compileOptions);
  let banks: BankStore;
  const banksChanged = () => {
    banks.invalidate();
    broadcastBanksChanged().catch(() => {});
  };
  const team = new TeamSync({
    local,
    fetch: (input, init) => fetch(input, init),
    alarms: browser.alarms as unknown as AlarmsApi,
    policy: loadPolicy,
    compileOptions,
    onBanksChanged: banksChanged,
  });
  banks = new BankStore({
    local,
    bundled: BUNDLED_BANKS,
    bundledCompiled: bundledCompiled as unknown as CompiledBank[],
    compileOptions,
    policy: async () => {
      const { policy, banks } = await policyBanks.current();
      return { banks, allowCustomBanks: policy.allowCustomBanks };
    },
    team: () => team.banks(),
    languages: async () => (await loadSettings()).languages,
  });
  const sites = new SiteAccess({
    scripting: browser.scripting as unknown as ScriptingApi,
    permissions: browser.permissions,
    contentScript: () => {
      const [script] = browser.runtime.getManifest().content_scripts ?? [];
      return { js: script?.js ?? [], css: script?.css ?? [] };
    },
    loadOwnSettings,
    loadSettings,
    saveSettings,
    policy: loadPolicy,
    hasContentScript: (tabId) =>
      browser.tabs.sendMessage(tabId, statusRequest()).then(
        (reply) => reply !== undefined,
        () => false,
      ),
  });
  const tabs = new TabOrigins(browser.storage.session as unknown as StorageArea);
  const siteEnabled = async (origin: string) => isTactfulEnabledFor({ origin }, await loadSettings());
  const start = () => {
    team.schedule().catch(() => {});
    sites.sync().catch(() => {});
  };
  let inputs: string | null = null;
  loadSettings().then(
    (s) => {
      inputs ??= bankInputs(s);
    },
    () => {},
  );
  return {
    siteEnabled,
    banks,
    stats: new StatsStore(local),
    team,
    sites,
    tabs,
    uiMessages: uiMessagesLoader(async (language) => {
      const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`));
      return (await response.json()) as MessageTable;
    }),
    banksChanged,
    start,
    settingsChanged(settings) {
      sites.sync().catch(() => {});
      const next = bankInputs(settings);
      if (next !== inputs) banksChanged();
      inputs = next;
    },
    policyChanged() {
      start();
      banksChanged();
    },
  };
}
