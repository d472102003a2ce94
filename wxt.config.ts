import { defineConfig } from 'wxt';
import { demoStartUrls } from './scripts/demo-urls';

const CHROMIUM = process.env.TACTFUL_CHROMIUM ?? '/usr/lib/chromium/chromium';


export default defineConfig({
  // TACTFUL_OUT lets parallel builds (e.g. several e2e runs) keep separate outputs.
  outDir: process.env.TACTFUL_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ esbuild: { jsx: 'automatic', jsxImportSource: 'preact' } }),
  manifest: ({ browser }) => ({
    name: 'Tactful',
    description:
      'Coaches customer-service agents while they type: flags stop-phrases, blame-shifting, badmouthing, overpromises and runarounds, and offers polite phrase modules.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tactful@tactful.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
  webExt: {
    binaries: { chrome: CHROMIUM },
    startUrls: demoStartUrls(),
    chromiumArgs: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
});
