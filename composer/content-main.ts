/**
 * The content script's life in one frame: the coach, the composer watcher (only while the
 * site is enabled), re-checks when banks arrive or change, and the popup's status answer.
 */
import { browser } from 'wxt/browser';
import { watchSiteEnabled } from '../settings/site-gate';
import { browserServices, forgetModules } from './browser-services';
import { Coach, setActiveCoach } from './coach';
import { createChecker, engines } from './engine';
import { isBanksChangedNotice, isStatusRequest, type StatusReply } from './messages';
import { frameOrigin } from './site-origin';
import { ComposerWatcher } from './watcher';

const STARTED = Symbol.for('tactful.content-started');

export function startContentScript(doc: Document = document) {
  // the same script may be injected twice (declared for a site and registered for an opted-in one)
  const global = globalThis as { [STARTED]?: boolean };
  if (global[STARTED]) return;
  global[STARTED] = true;

  setActiveCoach(new Coach(browserServices()));
  // started at once (the page is a supported one, or the script would not be here); stopped
  // when the agent's site lists or the policy turn Tactful off here
  let watcher: ComposerWatcher | null = new ComposerWatcher(doc, () => createChecker());
  watchSiteEnabled({ origin: frameOrigin(doc), href: doc.location.href }, (enabled) => {
    if (enabled && !watcher) watcher = new ComposerWatcher(doc, () => createChecker());
    if (!enabled && watcher) {
      watcher.dispose();
      watcher = null;
    }
  });
  // a language's tables arrive from the background on first use: re-check when they do
  engines.onLoaded(() => watcher?.recheckAll());
  // replies through sendResponse, not a returned promise: the content script uses the browser's
  // own API (wxt.config.ts), and Chromium's honours only sendResponse
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (isBanksChangedNotice(message)) {
      // an import, a team sync or a policy change: fetch fresh tables and modules
      forgetModules();
      engines.clear();
      return undefined;
    }
    if (!isStatusRequest(message) || window !== window.top) return undefined;
    const reply: StatusReply = {
      active: watcher !== null,
      composers: watcher?.sessions.size ?? 0,
      flags: watcher?.flagCount ?? 0,
    };
    sendResponse(reply);
    return undefined;
  });
}
