/**
 * The typed message protocol between the extension's parts. Content scripts only adapt
 * and render; banks, modules, settings and stats live in the background worker.
 */
import type { CompiledBank } from '../phrasebank/compile/compile';
import type { Category, Language } from '../phrasebank/finding';
import type { PhraseModule, Situation } from '../phrasebank/types';

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

/** content → background: one coaching event; counts only, never text */
export type StatEvent =
  | { kind: 'flagged'; category: Category; ruleId: string }
  | { kind: 'fixed'; category: Category; ruleId: string }
  | { kind: 'ignored'; category: Category; ruleId: string }
  | { kind: 'module-inserted'; situation: Situation; moduleId: string }
  | { kind: 'draft-checked' };
export interface StatRequest {
  type: 'tactful/stat';
  event: StatEvent;
}

export type BackgroundRequest = ModulesRequest | CompiledBanksRequest | StatRequest;

export const statusRequest = (): StatusRequest => ({ type: 'tactful/status' });

export function isStatusRequest(message: unknown): message is StatusRequest {
  return typeof message === 'object' && message !== null && (message as StatusRequest).type === 'tactful/status';
}

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return type === 'tactful/modules' || type === 'tactful/compiled-banks' || type === 'tactful/stat';
}
