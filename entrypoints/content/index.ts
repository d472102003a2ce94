import { browser } from 'wxt/browser';
import { SUPPORTED_SITES } from '../../composer/hosts';
import { ComposerWatcher } from '../../composer/watcher';
import { createChecker, engines } from '../../composer/engine';
import { isStatusRequest, type StatusReply } from '../../composer/messages';

export default defineContentScript({
  matches: SUPPORTED_SITES,
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const watcher = new ComposerWatcher(document, () => createChecker());
    // a language's tables arrive from the background on first use: re-check when they do
    engines.onLoaded(() => {
      for (const session of watcher.sessions.values()) session.schedule();
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isStatusRequest(message) || window !== window.top) return undefined;
      const reply: StatusReply = { active: true, composers: watcher.sessions.size, flags: watcher.flagCount };
      return Promise.resolve(reply);
    });
  },
});
