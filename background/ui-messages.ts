/**
 * The in-page UI strings of one language, for content scripts (composer/ui-language.ts): the
 * worker reads the packaged _locales file (an extension file, never the network) and answers
 * with only the keys the page UI uses, so a content script holds one small table at a time.
 */
import type { MessageTable } from '../i18n/messages';
import { LANGUAGES, type Language } from '../phrasebank/finding';

/** Keys the card, picker, flag list and live region use: their own, and category and situation names. */
const PAGE_KEY = /^(coach|category_|situation_)/;

export function pageMessages(table: MessageTable): MessageTable {
  const out: MessageTable = {};
  for (const [key, entry] of Object.entries(table)) {
    // descriptions are for translators only
    if (PAGE_KEY.test(key))
      out[key] = { message: entry.message, ...(entry.placeholders && { placeholders: entry.placeholders }) };
  }
  return out;
}

/** Loads each language's table once per worker life; a failed load is tried again next time. */
export function uiMessagesLoader(
  load: (language: Language) => Promise<MessageTable>,
): (language: unknown) => Promise<MessageTable | null> {
  const cache = new Map<Language, Promise<MessageTable>>();
  return async (language) => {
    if (!LANGUAGES.includes(language as Language)) return null;
    const lang = language as Language;
    let table = cache.get(lang);
    if (!table) {
      table = load(lang).then(pageMessages);
      table.catch(() => cache.delete(lang));
      cache.set(lang, table);
    }
    return table;
  };
}
