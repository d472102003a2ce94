/**
 * Answers requests (see composer/messages.ts): content scripts ask for banks and modules and
 * send counts; the extension's own pages (popup, options) manage banks, stats, team sync and
 * sites. Page requests from anywhere else are refused: a web page's content script must not
 * replace banks or reset stats.
 */
import {
  type BackgroundRequest,
  MAX_STAT_EVENTS,
  type PageReplies,
  type PageReply,
  type PageRequest,
  type UiMessagesReply,
} from '../composer/messages';
import { webOrigin } from '../settings/sites';
import type { BankStore } from './bank-store';
import type { SiteAccess } from './site-access';
import { isStatEvent, type StatsStore } from './stats';
import { errorText, isQuotaError } from './storage';
import type { MessageSenderLike, TabOrigins } from './tab-origins';
import type { TeamSync } from './team-sync';

export interface RouterDeps {
  /** whether Tactful may work on a web origin (the agent's and the policy's site lists) */
  siteEnabled: (origin: string) => Promise<boolean>;
  banks: BankStore;
  stats: StatsStore;
  team: TeamSync;
  sites: SiteAccess;
  tabs: TabOrigins;
  /** the in-page UI strings of a language (null for anything but en, pl, ru) */
  uiMessages: (language: unknown) => Promise<UiMessagesReply>;
}

/**
 * A content script on a site where Tactful is off gets no banks: whatever the page's script
 * does, it has nothing to flag (the content script also checks, settings/site-gate.ts). Frames
 * without a web origin of their own (sandboxed editors) are judged by their content script.
 */
async function mayCoach(sender: MessageSenderLike | undefined, deps: RouterDeps): Promise<boolean> {
  const origin = webOrigin(sender?.origin ?? sender?.url ?? '');
  return origin === null || deps.siteEnabled(origin);
}

export async function route(
  request: BackgroundRequest,
  deps: RouterDeps,
  sender?: MessageSenderLike,
): Promise<unknown> {
  switch (request.type) {
    case 'tactful/modules':
      return (await mayCoach(sender, deps)) ? deps.banks.modules(request.language) : [];
    case 'tactful/compiled-banks':
      return (await mayCoach(sender, deps)) ? deps.banks.compiled(request.language) : null;
    case 'tactful/ui-messages':
      // the UI's own strings, the same on every site: no site check
      return deps.uiMessages(request.language);
    case 'tactful/stat': {
      // all or nothing: a malformed batch did not come from Tactful's content script
      const { events } = request;
      if (!Array.isArray(events) || events.length > MAX_STAT_EVENTS || !events.every(isStatEvent)) return false;
      await Promise.all(events.map((event) => deps.stats.record(event)));
      return true;
    }
  }
}

const ok = <T>(value: T): PageReply<T> => ({ ok: true, value });

async function answer(request: PageRequest, deps: RouterDeps): Promise<PageReply<PageReplies[PageRequest['type']]>> {
  switch (request.type) {
    case 'tactful/banks':
      return ok(await deps.banks.overview());
    case 'tactful/bank-get':
      return ok(await deps.banks.get(request.key));
    case 'tactful/bank-import':
      return deps.banks.importJson(String(request.json));
    case 'tactful/bank-remove':
      return deps.banks.remove(request.key);
    case 'tactful/bank-enable':
      return deps.banks.setEnabled(request.key, request.enabled === true);
    case 'tactful/stats':
      return ok(await deps.stats.snapshot());
    case 'tactful/stats-reset':
      await deps.stats.reset();
      return ok(true as const);
    case 'tactful/team':
      return ok(await deps.team.overview());
    case 'tactful/team-config':
      return deps.team.configure(request.url, Number(request.intervalMinutes));
    case 'tactful/team-sync':
      return ok(await deps.team.sync());
    case 'tactful/site-access':
      return deps.sites.setSite(request.origin, request.enabled === true, request.tabId);
    case 'tactful/tab-origin':
      return ok(await deps.tabs.get(Number(request.tabId)));
  }
}

/** Every failure becomes a reply the page shows (storage quota included), never a silent rejection. */
export async function routePage(request: PageRequest, deps: RouterDeps): Promise<PageReply<unknown>> {
  try {
    return await answer(request, deps);
  } catch (e) {
    return { ok: false, error: errorText(e), quota: isQuotaError(e) };
  }
}

/** True for the extension's own pages (popup, options), false for content scripts in web pages. */
export function isExtensionPage(
  sender: { id?: string; url?: string },
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
