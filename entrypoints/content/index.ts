import { browser } from 'wxt/browser';
import { SUPPORTED_SITES } from '../../composer/hosts';
import { ComposerWatcher } from '../../composer/watcher';
import { check } from '../../phrasebank/check';
import { isStatusRequest, type StatusReply } from '../../composer/messages';

export default defineContentScript({
  matches: SUPPORTED_SITES,
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const watcher = new ComposerWatcher(document, check);
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isStatusRequest(message) || window !== window.top) return undefined;
      const reply: StatusReply = { active: true, composers: watcher.sessions.size, flags: watcher.flagCount };
      return Promise.resolve(reply);
    });
  },
});
