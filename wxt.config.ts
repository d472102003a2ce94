import { defineConfig } from 'wxt';
import { SUPPORTED_SITES } from './composer/hosts';
import { demoStartUrls } from './scripts/demo-urls';

const CHROMIUM = process.env.TACTFUL_CHROMIUM ?? '/usr/lib/chromium/chromium';

/**
 * The overlay's CSS (components/card-styles.ts) is written readably; terser keeps a string's
 * text as it is, so its spaces and line breaks are collapsed here (the content script rides in
 * every page: 40 KB gzip budget).
 */
const compactOverlayCss = {
  name: 'tactful-compact-overlay-css',
  transform(code: string, id: string) {
    if (!id.endsWith('components/card-styles.ts')) return null;
    return code.replace(/`([^`]*)`/g, (_: string, css: string) => {
      const compact = css
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/([{;])([a-z-]+): /g, '$1$2:')
        .replace(/;}/g, '}')
        .trim();
      return `\`${compact}\``;
    });
  },
};

export default defineConfig({
  hooks: {
    // The content script rides in every page (40 KB gzip budget): it uses the browser's own
    // promise-based API (Firefox's `browser`, Chromium's MV3 `chrome`, as WXT gives it without
    // the polyfill module) instead of webextension-polyfill's wrapper, about 2.5 KB gzip.
    // Options, popup and background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'content-script')) return;
      // the polyfill module's alias is a record ({ 'wxt/browser': … }): this one replaces it
      const alias = config.resolve?.alias ?? {};
      if (Array.isArray(alias)) throw new Error('wxt.config.ts expects Vite aliases as a record');
      config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': '@wxt-dev/browser' } };
    },
  },
  // TACTFUL_OUT lets parallel builds (e.g. several e2e runs) keep separate outputs.
  outDir: process.env.TACTFUL_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [compactOverlayCss],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // terser packs the content script 5 % smaller (gzip) than esbuild's minifier: it rides in every page
    build: { minify: 'terser', terserOptions: { ecma: 2020, module: true, compress: { passes: 2 } } },
  }),
  // Permissions are justified one by one in README.md ("Permissions").
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    // entrypoints/content-script.ts, on the supported sites; other sites opt in from the popup
    // (background/site-access.ts registers the same script for them)
    content_scripts: [
      {
        matches: SUPPORTED_SITES,
        js: ['content-script.js'],
        all_frames: true,
        // editors in about:blank / about:srcdoc iframes (TinyMCE)
        match_about_blank: true,
        match_origin_as_fallback: true,
        run_at: 'document_idle',
      },
    ],
    ...(browser === 'firefox'
      ? {
          // MV2: optional host permissions are plain optional permissions
          optional_permissions: ['https://*/*', 'http://*/*'],
          // 140 (also an ESR): the first Firefox with the CSS Custom Highlight API, which draws every flag
          browser_specific_settings: { gecko: { id: 'tactful@tactful.dev', strict_min_version: '140.0' } },
        }
      : {
          optional_host_permissions: ['https://*/*', 'http://*/*'],
          // the enterprise policy's schema (Firefox reads policies.json "3rdparty" without one)
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  webExt: {
    binaries: { chrome: CHROMIUM },
    startUrls: demoStartUrls(),
    chromiumArgs: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Chromium refuses to run as root without it (containers, CI boxes)
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // no display (a server or container): still start, headless, so `npm start` does not fail
      ...(process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
        ? ['--headless=new']
        : []),
    ],
  },
});
