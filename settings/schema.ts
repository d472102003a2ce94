/**
 * The shape of the agent's settings, their defaults and validation: shared by storage.sync
 * (settings.ts) and the organisation's locked settings (policy.ts). No browser API here.
 */
import { CATEGORIES, type Category, LANGUAGES, type Language } from '../phrasebank/finding';

export interface Settings {
  /** languages Tactful checks; drafts in others are left alone */
  languages: Language[];
  /** categories on/off */
  categories: Record<Category, boolean>;
  /** origins (e.g. "https://support.acme.com") the agent turned Tactful on for, beyond the supported sites */
  allowedSites: string[];
  /** origins where the agent turned Tactful off, including supported ones */
  deniedSites: string[];
  /** rules ignored per site: origin → rule ids */
  ignoredRules: Record<string, string[]>;
  /** typed trigger that opens the phrase picker */
  pickerTrigger: string;
  /** UI language: 'auto' follows the browser */
  uiLanguage: 'auto' | Language;
  theme: 'auto' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = {
  languages: ['en', 'pl', 'ru'],
  categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
  allowedSites: [],
  deniedSites: [],
  ignoredRules: {},
  pickerTrigger: ';;',
  uiLanguage: 'auto',
  theme: 'auto',
};

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** One setting's stored value if it has the right shape, else undefined (a bad value never breaks Tactful). */
export function validSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] | undefined {
  const ok = (() => {
    switch (key) {
      case 'languages':
        return Array.isArray(value) && value.every((l) => LANGUAGES.includes(l as Language));
      case 'categories':
        return typeof value === 'object' && value !== null && Object.values(value).every((b) => typeof b === 'boolean');
      case 'allowedSites':
      case 'deniedSites':
        return isStringArray(value);
      case 'ignoredRules':
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.values(value).every(isStringArray)
        );
      case 'pickerTrigger':
        return typeof value === 'string' && value.trim().length > 0 && value.length <= 8;
      case 'uiLanguage':
        return value === 'auto' || LANGUAGES.includes(value as Language);
      case 'theme':
        return value === 'auto' || value === 'light' || value === 'dark';
    }
  })();
  if (!ok) return undefined;
  // categories missing from a stored value keep their default
  if (key === 'categories') return { ...DEFAULT_SETTINGS.categories, ...(value as object) } as Settings[K];
  return value as Settings[K];
}

/** Defaults overlaid with every valid stored value. */
export function normalizeSettings(stored: Partial<Record<SettingKey, unknown>>): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    const value = validSetting(key, stored[key]);
    if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}
