import { browser } from 'wxt/browser';
import { browserServices } from '../../composer/browser-services';
import { Coach, setActiveCoach } from '../../composer/coach';
import { createChecker, engines } from '../../composer/engine';
import { SUPPORTED_SITES } from '../../composer/hosts';
import { isStatusRequest, type StatusReply } from '../../composer/messages';
import { ComposerWatcher } from '../../composer/watcher';

export default defineContentScript({
  matches: SUPPORTED_SITES,
  allFrames: true,
  // editors in about:blank / about:srcdoc iframes (TinyMCE)
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main() {
    // Thin: the coach (card, picker, flag list, stats) and the watcher do the work.
    setActiveCoach(new Coach(browserServices()));
    const watcher = new ComposerWatcher(document, () => createChecker());
    // a language's tables arrive from the background on first use: re-check when they do
    engines.onLoaded(() => watcher.recheckAll());
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isStatusRequest(message) || window !== window.top) return undefined;
      const reply: StatusReply = { active: true, composers: watcher.sessions.size, flags: watcher.flagCount };
      return Promise.resolve(reply);
    });
  },
});
