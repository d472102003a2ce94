import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { highlighted } from './editor-cases';
import { type FixtureServer, startFixtureServer } from './server';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  console.log(`e2e: Chromium ${browser.context.browser()?.version() ?? ''} with Tactful ${browser.extensionId} loaded`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAndType(fixture: string, selector: string, text: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${fixture}`);
  await page.click(selector);
  await page.keyboard.type(text);
  return page;
}

describe('walking skeleton in Chromium with the extension loaded', () => {
  for (const [fixture, selector] of [
    ['textarea.html', '#reply'],
    ['contenteditable.html', '#editor'],
    ['gmail.html', 'div.Am.Al.editable[role=textbox]'],
  ] as const) {
    it(`highlights exactly "calm down" in ${fixture}`, async () => {
      const page = await openAndType(fixture, selector, 'Please calm down.');
      await expect.poll(() => highlighted(page, 'tactful-stop-phrase'), { timeout: 5000 }).toEqual(['calm down']);
      await page.close();
    });
  }

  it('does not write into the editor DOM', async () => {
    const page = await openAndType('contenteditable.html', '#editor', 'Please calm down.');
    await expect.poll(() => highlighted(page, 'tactful-stop-phrase')).toEqual(['calm down']);
    expect(await page.$eval('#editor', (el) => el.innerHTML)).toBe('Please calm down.');
    await page.close();
  });

  it('leaves Gmail recipients and subject alone', async () => {
    const page = await openAndType('gmail.html', 'input[name=subjectbox]', ' calm down');
    await page.waitForTimeout(300);
    expect(await highlighted(page, 'tactful-stop-phrase')).toEqual([]);
    await page.close();
  });

  it('renders the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.textContent('main')).toContain('Tactful');
    await expect.poll(() => page.textContent('.status')).toMatch(/not active on this page/);
    await page.close();
  });
});
