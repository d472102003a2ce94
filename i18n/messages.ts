/**
 * UI strings, typed by the English messages.json. By default the browser picks the locale
 * (browser.i18n.getMessage); when the agent chose a UI language in the settings, that
 * locale's messages.json is read from the extension itself (a local file, not the network)
 * and formatted the same way, placeholders included. The content script never reads the
 * file: it asks the background for its part of the table (composer/ui-language.ts).
 */
import { browser } from 'wxt/browser';
import type { Language } from '../phrasebank/finding';

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageTable = Record<string, LocaleEntry>;

let table: MessageTable | null = null;
let locale: Language = 'en';

/** en, pl or ru from a browser locale like "pl-PL"; English otherwise. */
export function languageOf(browserLocale: string): Language {
  const base = browserLocale.toLowerCase().split(/[-_]/)[0];
  return base === 'pl' || base === 'ru' ? base : 'en';
}

/** Chrome's format: $NAME$ → the placeholder's content, then $1…$9 → the substitutions, $$ → $. */
export function formatMessage(entry: LocaleEntry | undefined, substitutions: string[]): string {
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
}

/** Follows the browser's UI language (browser.i18n), dropping any chosen table. */
export function useBrowserLanguage(): Language {
  table = null;
  locale = languageOf(browser.i18n.getUILanguage());
  return locale;
}

/** Chooses the UI language: 'auto' follows the browser, anything else loads that locale's file. */
export async function initI18n(uiLanguage: 'auto' | Language): Promise<Language> {
  if (uiLanguage === 'auto') return useBrowserLanguage();
  const response = await fetch(browser.runtime.getURL(`/_locales/${uiLanguage}/messages.json`));
  table = (await response.json()) as MessageTable;
  locale = uiLanguage;
  return locale;
}

/** For tests and the screenshot script: use this table without the browser. */
export function useMessageTable(messages: MessageTable, language: Language): void {
  table = messages;
  locale = language;
}

export function uiLanguage(): Language {
  return locale;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const own = table ? formatMessage(table[key], subs) : '';
  if (own) return own;
  try {
    const fromBrowser = (browser.i18n.getMessage as (name: string, subs?: string[]) => string)(key, subs);
    return fromBrowser || key;
  } catch {
    // an extension update leaves the old content script in open tabs, where every call throws
    return key;
  }
}

/**
 * A counted phrase: the key `${base}_${plural category}` for the UI language (Polish and
 * Russian have one/few/many), falling back to `${base}_other`.
 */
/** one PluralRules per locale: making one is far dearer than asking it (the flag summary asks while the agent types) */
const pluralRules = new Map<Language, Intl.PluralRules>();

export function tCount(base: string, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const category = rules.select(n);
  const key = `${base}_${category}` as MessageKey;
  const text = t(key, n);
  return text === key ? t(`${base}_other` as MessageKey, n) : text;
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
