/**
 * Launches Debian's Firefox ESR through puppeteer-core (WebDriver BiDi) with the built
 * Firefox extension installed temporarily. No browser is downloaded: the system binary is
 * used (TACTFUL_FIREFOX overrides).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ConsoleMessage } from 'puppeteer-core';
import { systemBinary } from './system-binary';

export const FIREFOX_EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.TACTFUL_OUT ?? '.output',
  'firefox-mv2',
);
export const firefoxPath = () =>
  systemBinary(
    'Firefox',
    [process.env.TACTFUL_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'install Debian\'s "firefox-esr" (apt-get install firefox-esr) or set TACTFUL_FIREFOX',
  );

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  /** console errors and uncaught page errors that name the extension's own scripts */
  extensionErrors: string[];
  close(): Promise<void>;
}

/**
 * Prefs that send *all* of Firefox's traffic through the HTTP proxy on 127.0.0.1:`port`:
 * http as proxied requests, https and websockets as CONNECT tunnels, 127.0.0.1 included.
 */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.no_proxies_on': '',
    // nothing goes around the proxy: no DNS lookups of its own, WebRTC only through the proxy
    'network.dns.disablePrefetch': true,
    'network.trr.mode': 5,
    'media.peerconnection.ice.proxy_only': true,
  };
}

export interface LaunchOptions {
  extensionDir?: string;
  /** route all traffic through an HTTP proxy on this port (see logging-proxy.ts) */
  proxyPort?: number;
}

export async function launchFirefoxWithExtension({
  extensionDir = FIREFOX_EXTENSION_DIR,
  proxyPort,
}: LaunchOptions = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run "npm run build:firefox" first`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Playwright's default, which the fixtures are laid out for (Gmail's docked windows cover 800×600)
    defaultViewport: { width: 1280, height: 720 },
    // Puppeteer points Remote Settings (blocklists, experiments, …) at a dummy data: URL, but a
    // release build ignores that pref unless this is set: it then syncs from Mozilla at startup.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      // nothing external is reachable: keep Firefox's own background traffic off
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.update.enabled': false,
      ...(proxyPort === undefined ? {} : proxyPrefs(proxyPort)),
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  const extensionErrors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && /moz-extension:\/\//.test(`${message.text()} ${message.location().url ?? ''}`)) {
      extensionErrors.push(message.text());
    }
  };
  browser.on('targetcreated', async (target) => {
    const page = await target.page();
    page?.on('console', onConsole);
    page?.on('pageerror', (error) => {
      if (/moz-extension:\/\//.test(String((error as Error).stack ?? error))) extensionErrors.push(String(error));
    });
  });
  return {
    browser,
    extensionId,
    extensionErrors,
    async close() {
      await browser.close();
    },
  };
}
