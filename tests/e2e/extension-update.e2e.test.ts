/**
 * An extension update (or a reload) leaves the old content script in every open tab, cut off
 * from the extension: each call it makes to the extension's API throws ("Extension context
 * invalidated"). The agent keeps typing in that tab; the old script must stay quiet, with no
 * error in the page's console, and never touch the draft.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { highlighted } from './editor-cases';
import { type FixtureServer, startFixtureServer } from './server';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** every console error and uncaught error of the page, from any world */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    // (the fixture server has no favicon: not the extension's)
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`${e.stack ?? e.message}`));
  return errors;
}

it('after the extension is reloaded, the old content script raises no error while the agent types on', async () => {
  const page = await browser.context.newPage();
  const errors = errorsOf(page);
  await page.goto(`${server.origin}/contenteditable.html`);
  await page.click('#editor');
  await page.keyboard.type('Please calm down.');
  await expect.poll(() => highlighted(page, 'tactful-stop-phrase'), { timeout: 5_000 }).toEqual(['calm down']);

  // the old worker goes away with the extension's old context
  await browser.worker
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => {});
  await page.waitForTimeout(1_000);

  // a draft in a language the old script has no tables for (it asks the background), a flag
  // (its counts go to the background), the phrase picker (its modules come from there)
  const polish = ' Proszę się uspokoić, magazyn zepsuł zamówienie. ';
  await page.keyboard.type(polish);
  await page.waitForTimeout(1_500);
  await page.keyboard.type(';;');
  await page.waitForTimeout(1_000);
  await page.keyboard.press('Escape');
  await page.keyboard.type('Dziękuję.');
  await page.waitForTimeout(1_500);

  expect(errors).toEqual([]);
  // the agent's words are all there, as typed
  expect(await page.locator('#editor').innerText()).toContain(
    `Please calm down.${polish};;Dziękuję.`.replace(/ +$/, ''),
  );
});
