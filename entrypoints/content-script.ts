import { startContentScript } from '../composer/content-main';

// A plain script, not WXT's defineContentScript: its wrapper (a context object, a location
// watcher, a logger) cost ~1.5 KB gzip in a script that rides in every page and used none of
// it. Where it runs is declared in wxt.config.ts (manifest content_scripts).
export default defineUnlistedScript(() => {
  startContentScript();
});
