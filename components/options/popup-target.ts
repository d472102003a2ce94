/**
 * Which tab the popup speaks about, and its site. Opened from the toolbar, that is the active
 * tab, whose URL the "activeTab" grant reveals. Opened as a page (tests, or pinned in a tab),
 * `popup.html?tab=<id>` names the tab; when the browser does not reveal that tab's URL, the
 * background knows the site the tab's content script spoke from (background/tab-origins.ts).
 */
import { browser } from 'wxt/browser';
import { type StatusReply, statusRequest } from '../../composer/messages';
import { webOrigin } from '../../settings/sites';
import { ask } from './api';

export interface PopupTarget {
  tabId: number | null;
  /** the web origin of the tab, or null for browser and extension pages */
  origin: string | null;
}

export async function resolveTarget(search: string): Promise<PopupTarget> {
  const hinted = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(hinted) && hinted > 0
      ? await browser.tabs.get(hinted).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return { tabId: null, origin: null };
  if (tab.url) return { tabId: tab.id, origin: webOrigin(tab.url) };
  const reported = await ask({ type: 'tactful/tab-origin', tabId: tab.id });
  return { tabId: tab.id, origin: reported.ok && reported.value ? webOrigin(reported.value) : null };
}

/** The content script's status in the tab, or null when none answers (Tactful is not running there). */
export async function queryStatus(tabId: number | null): Promise<StatusReply | null> {
  if (tabId === null) return null;
  try {
    const reply = (await browser.tabs.sendMessage(tabId, statusRequest())) as StatusReply | undefined;
    return reply?.active ? reply : null;
  } catch {
    return null;
  }
}
