/** Localised names of categories, situations, languages and bank sources (message keys allow no "-"). */
import type { BankSource } from '../../composer/messages';
import { type MessageKey, t } from '../../i18n/messages';
import type { Language } from '../../phrasebank/finding';

export { categoryLabel, situationLabel } from '../category-labels';

const key = (prefix: string, name: string) => `${prefix}_${name.replace(/-/g, '_')}` as MessageKey;

export const languageLabel = (l: Language) => t(key('language', l));
export const sourceLabel = (s: BankSource) => t(key('source', s));
