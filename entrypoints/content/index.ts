import { startContentScript } from '../../composer/content-main';
import { SUPPORTED_SITES } from '../../composer/hosts';

export default defineContentScript({
  matches: SUPPORTED_SITES,
  allFrames: true,
  // editors in about:blank / about:srcdoc iframes (TinyMCE)
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main() {
    startContentScript();
  },
});
