/**
 * Agent settings, kept in storage.sync with defaults. The organisation's policy
 * (storage.managed, settings/policy.ts) may lock some of them: `loadSettings` and
 * `onSettingsChanged` always give the settings in effect, policy applied.
 *
 * Each setting is its own sync item (`settings.<name>`): a write touches only the keys it
 * changes, so the popup, the options page and content scripts never overwrite each other's
 * edits, and each item has sync's whole per-item quota (8 KB) to itself.
 */
import { browser } from 'wxt/browser';
import { applyPolicy, loadPolicy, onPolicyChanged } from './policy';
import { normalizeSettings, SETTING_KEYS, type SettingKey, type Settings, validSetting } from './schema';

export {
  DEFAULT_SETTINGS,
  normalizeSettings,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  validSetting,
} from './schema';

const PREFIX = 'settings.';
const storageKey = (key: SettingKey) => `${PREFIX}${key}`;

/** The agent's own settings, without the policy. */
export async function loadOwnSettings(): Promise<Settings> {
  const raw = await browser.storage.sync.get(SETTING_KEYS.map(storageKey));
  const stored: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) stored[key] = raw[storageKey(key)];
  return normalizeSettings(stored);
}

/** The settings in effect: the agent's, with the organisation's locked settings on top. */
export async function loadSettings(): Promise<Settings> {
  const [own, policy] = await Promise.all([loadOwnSettings(), loadPolicy()]);
  return applyPolicy(own, policy);
}

/**
 * Stores the changed settings only. Rejects (e.g. QUOTA_BYTES_PER_ITEM) so callers can show
 * the error; locked settings may be stored but the policy still wins.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const items: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as SettingKey[]) {
    if (!SETTING_KEYS.includes(key)) continue;
    const value = validSetting(key, patch[key]);
    if (value === undefined) throw new Error(`invalid value for setting "${key}"`);
    items[storageKey(key)] = value;
  }
  await browser.storage.sync.set(items);
  return loadSettings();
}

/** Calls back with the settings in effect after any change of the agent's settings or of the policy. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  // a policy read can refresh its cache without changing anything: call back on real changes only
  let last: string | null = null;
  const reload = () => {
    loadSettings().then(
      (settings) => {
        const json = JSON.stringify(settings);
        if (json === last) return;
        last = json;
        listener(settings);
      },
      () => {},
    );
  };
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith(PREFIX))) reload();
  };
  browser.storage.onChanged.addListener(handler);
  const stopPolicy = onPolicyChanged(reload);
  return () => {
    browser.storage.onChanged.removeListener(handler);
    stopPolicy();
  };
}
