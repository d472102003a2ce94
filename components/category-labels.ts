/**
 * How categories, situations and the standard variables read in Tactful's UI, in the UI
 * language (the in-page dialogs and the options page share these; message keys allow no "-"
 * or ".").
 */
import { type MessageKey, t } from '../i18n/messages';
import type { Category } from '../phrasebank/finding';
import type { Situation } from '../phrasebank/types';

const key = (prefix: string, name: string) => `${prefix}_${name.replace(/[-.]/g, '_')}` as MessageKey;

export const categoryLabel = (c: Category) => t(key('category', c));
export const situationLabel = (s: Situation) => t(key('situation', s));

/** The variables every bank may use (phrasebank/FORMAT.md); a bank's own show their name. */
const STANDARD_VARIABLES: ReadonlySet<string> = new Set([
  'customer.name',
  'agent.name',
  'company.name',
  'date',
  'ticket.id',
]);

export const variableLabel = (name: string) => (STANDARD_VARIABLES.has(name) ? t(key('coachVariable', name)) : name);
