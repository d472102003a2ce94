/**
 * The typed message protocol between the extension's parts. Content scripts only adapt
 * and render; banks, modules, settings and stats live in the background worker.
 */
import type { MessageTable } from '../i18n/messages';
import type { CompiledBank } from '../phrasebank/compile/compile';
import type { Category, Language } from '../phrasebank/finding';
import type { Bank, PhraseModule, Situation } from '../phrasebank/types';

/** popup → content script of the active tab */
export interface StatusRequest {
  type: 'tactful/status';
}
export interface StatusReply {
  active: boolean;
  composers: number;
  flags: number;
}

/** content → background: the phrase modules of a language (for the picker and the card) */
export interface ModulesRequest {
  type: 'tactful/modules';
  language: Language;
}
export type ModulesReply = PhraseModule[];

/**
 * content → background: the compiled bank of one language (bundled merged with the
 * trainer's custom banks). Asked for only when a draft in that language needs it.
 */
export interface CompiledBanksRequest {
  type: 'tactful/compiled-banks';
  language: Language;
}
export type CompiledBanksReply = CompiledBank | null;

/**
 * content → background: the in-page UI strings of a language the agent chose (settings
 * uiLanguage). The content script never reads extension files itself and bundles no tables;
 * with 'auto' it uses browser.i18n and never asks.
 */
export interface UiMessagesRequest {
  type: 'tactful/ui-messages';
  language: Language;
}
export type UiMessagesReply = MessageTable | null;

/** content → background: one coaching event; counts only, never text */
export type StatEvent =
  | { kind: 'flagged'; category: Category; ruleId: string }
  | { kind: 'fixed'; category: Category; ruleId: string }
  | { kind: 'ignored'; category: Category; ruleId: string }
  | { kind: 'module-inserted'; situation: Situation; moduleId: string }
  | { kind: 'draft-checked' };
/** the most events one request carries (a check of a pasted draft may find hundreds of flags) */
export const MAX_STAT_EVENTS = 1000;

/** Stat events, batched: a check's new flags travel in one message, not one each. */
export interface StatRequest {
  type: 'tactful/stat';
  events: StatEvent[];
}

export type BackgroundRequest = ModulesRequest | CompiledBanksRequest | UiMessagesRequest | StatRequest;

export const statusRequest = (): StatusRequest => ({ type: 'tactful/status' });

export function isStatusRequest(message: unknown): message is StatusRequest {
  return typeof message === 'object' && message !== null && (message as StatusRequest).type === 'tactful/status';
}

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return (
    type === 'tactful/modules' ||
    type === 'tactful/compiled-banks' ||
    type === 'tactful/ui-messages' ||
    type === 'tactful/stat'
  );
}

/* ---------------------------------------------------------------------------------------
 * Agent and trainer UI (popup, options) ↔ background. Replies carry data only; bank text
 * is rendered as text by the pages.
 * ------------------------------------------------------------------------------------- */

/** background → content scripts: the banks in effect changed; ask for 'tactful/compiled-banks' again */
export interface BanksChangedNotice {
  type: 'tactful/banks-changed';
}

export type BankSource = 'bundled' | 'policy' | 'team' | 'custom';

export interface BankSummary {
  /** `${source}:${id}`, unique across sources */
  key: string;
  source: BankSource;
  id: string;
  name: string;
  version: string;
  language: Language;
  rules: number;
  modules: number;
  enabled: boolean;
  /** the agent cannot switch or remove it (set by the organisation's policy) */
  locked: boolean;
}

export interface BanksOverview {
  banks: BankSummary[];
  /** false when the organisation's policy forbids agents' own banks */
  customAllowed: boolean;
  /** per language, why the banks in effect could not be compiled (the bundled bank is used instead) */
  compileErrors: Partial<Record<Language, string>>;
}

export interface BankProblemView {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Every page request is answered with this; failures (quota included) are never silent. */
export type PageReply<T> =
  | { ok: true; value: T }
  | { ok: false; error: string; quota?: boolean; problems?: BankProblemView[] };

export interface Counts {
  flagged: number;
  fixed: number;
  ignored: number;
}
export interface DayStats {
  drafts: number;
  categories: Partial<Record<Category, Counts>>;
  rules: Record<string, Counts & { category: Category }>;
  modules: Partial<Record<Situation, number>>;
}
export interface StatsSnapshot {
  /** local calendar day (YYYY-MM-DD) → counts; never any text */
  days: Record<string, DayStats>;
  /** the last failure to store counts (e.g. storage quota), shown in the options page */
  lastError: string | null;
}

export interface TeamOverview {
  /** the URL in effect: the policy's, else the agent's */
  url: string | null;
  intervalMinutes: number;
  /** the URL comes from the organisation's policy and cannot be changed here */
  managed: boolean;
  lastAttempt: number | null;
  lastSuccess: number | null;
  lastChange: number | null;
  lastError: string | null;
  problems: BankProblemView[];
  banks: { id: string; version: string; language: Language }[];
}

export interface SiteAccessReply {
  /** the site's origin now has Tactful on */
  enabled: boolean;
  /** on for the agent, but the browser has not granted access to the site yet */
  needsPermission: boolean;
}

export type PageRequest =
  | { type: 'tactful/banks' }
  | { type: 'tactful/bank-get'; key: string }
  | { type: 'tactful/bank-import'; json: string }
  | { type: 'tactful/bank-remove'; key: string }
  | { type: 'tactful/bank-enable'; key: string; enabled: boolean }
  | { type: 'tactful/stats' }
  | { type: 'tactful/stats-reset' }
  | { type: 'tactful/team' }
  | { type: 'tactful/team-config'; url: string | null; intervalMinutes: number }
  | { type: 'tactful/team-sync' }
  | { type: 'tactful/site-access'; origin: string; enabled: boolean; tabId?: number }
  /** the site a tab's content script last spoke from (the popup may not see a tab's URL) */
  | { type: 'tactful/tab-origin'; tabId: number };

/** The reply value of each page request. */
export interface PageReplies {
  'tactful/banks': BanksOverview;
  'tactful/bank-get': Bank | null;
  'tactful/bank-import': { summary: BankSummary; warnings: BankProblemView[] };
  'tactful/bank-remove': true;
  'tactful/bank-enable': true;
  'tactful/stats': StatsSnapshot;
  'tactful/stats-reset': true;
  'tactful/team': TeamOverview;
  'tactful/team-config': TeamOverview;
  'tactful/team-sync': TeamOverview;
  'tactful/site-access': SiteAccessReply;
  'tactful/tab-origin': string | null;
}

const PAGE_REQUESTS: ReadonlySet<string> = new Set<PageRequest['type']>([
  'tactful/banks',
  'tactful/bank-get',
  'tactful/bank-import',
  'tactful/bank-remove',
  'tactful/bank-enable',
  'tactful/stats',
  'tactful/stats-reset',
  'tactful/team',
  'tactful/team-config',
  'tactful/team-sync',
  'tactful/site-access',
  'tactful/tab-origin',
]);

export function isPageRequest(message: unknown): message is PageRequest {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && PAGE_REQUESTS.has(type);
}

export function isBanksChangedNotice(message: unknown): message is BanksChangedNotice {
  return (
    typeof message === 'object' && message !== null && (message as BanksChangedNotice).type === 'tactful/banks-changed'
  );
}
