/**
 * The organisation's policy, the real way: a Chromium managed policy file with Tactful's
 * "3rdparty" extension policy (checked against public/managed-schema.json), written before
 * the browser starts and removed afterwards. Debian's Chromium reads
 * /etc/chromium/policies/managed; the tests run as root. The policy is keyed to this build's
 * extension id, so other Chromium runs on the machine are not affected.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from './browser';
import { highlighted } from './editor-cases';
import {
  activeTabId,
  axeViolations,
  type BankServer,
  type ChromeApi,
  openExtensionPage,
  serious,
  startBankServer,
  tinyBank,
  unpackedExtensionId,
} from './extension-pages';
import { type FixtureServer, startFixtureServer } from './server';

declare const chrome: ChromeApi & { storage: { managed: { get(key: null): Promise<Record<string, unknown>> } } };

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `tactful-e2e-${process.pid}.json`);

let server: FixtureServer;
let bankServer: BankServer;
let browser: ExtensionBrowser;

const orgBank = tinyBank(
  { id: 'org-en', name: 'Org EN' },
  {
    id: 'stop-phrase.org-rule',
    patterns: ['frobnicate the customer'],
    examples: {
      flag: ['Never frobnicate the customer.', 'We frobnicate the customer.'],
      allow: ['We help the customer.', 'Frobnicate nothing.'],
    },
  },
);
const teamBank = tinyBank({ id: 'team-org', name: 'Team from policy' });

beforeAll(async () => {
  server = await startFixtureServer();
  bankServer = await startBankServer();
  bankServer.serve('/policy-team.json', JSON.stringify(teamBank));
  const id = unpackedExtensionId(EXTENSION_DIR);
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [id]: {
            teamBankUrl: `${bankServer.origin}/policy-team.json`,
            teamSyncIntervalMinutes: 30,
            inlineBank: JSON.stringify(orgBank),
            allowCustomBanks: false,
            lockedSettings: { theme: 'dark', languages: ['en', 'pl'], deniedSites: ['https://blocked.example.com'] },
          },
        },
      },
    }),
  );
  browser = await launchWithExtension();
  if (browser.extensionId !== id) throw new Error(`extension id ${browser.extensionId}, policy written for ${id}`);
  // Chromium's policy service answers a few seconds after start
  const managed = await browser.inWorker(() => chrome.storage.managed.get(null));
  if (managed.allowCustomBanks !== false)
    throw new Error(`the managed policy did not load: ${JSON.stringify(managed)}`);
});

afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await browser?.close();
  await bankServer?.close();
  await server?.close();
});

/** expect.poll with room for a busy 2-core machine (bank lint and compile take a moment). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

describe('managed policy', () => {
  it('locks the settings it sets and shows them as set by the organisation', async () => {
    const options = await openExtensionPage(browser, 'options.html#settings');
    await poll(() => options.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await options.textContent('.policy-notice')).toMatch(/organisation manages/);
    expect(await options.isDisabled('select[id$=-theme]')).toBe(true);
    expect(await options.getByLabel('English').isChecked()).toBe(true);
    expect(await options.getByLabel('Polish').isChecked()).toBe(true);
    expect(await options.getByLabel('Russian').isChecked()).toBe(false);
    expect(await options.getByLabel('Russian').isDisabled()).toBe(true);
    expect(await options.textContent('[data-list=denied]')).toContain('https://blocked.example.com');
    expect(await options.locator('[data-list=denied] input').isDisabled()).toBe(true);
    const violations = await axeViolations(options);
    console.log(
      `axe (policy, options#settings): ${violations.map((v) => `${v.impact} ${v.id}`).join(', ') || 'no violations'}`,
    );
    expect(serious(violations)).toEqual([]);
    await options.close();
  });

  it('adds the inline and team banks, locked on, and refuses the agent’s own banks', async () => {
    const options = await openExtensionPage(browser, 'options.html#team');
    await poll(() => options.textContent('.team-url')).toBe(`${bankServer.origin}/policy-team.json`);
    expect(await options.textContent('.panel')).toContain('The team bank address is set by your organisation.');
    expect(await options.getByLabel('Team bank URL').isDisabled()).toBe(true);
    await options.getByRole('button', { name: 'Check now' }).click();
    await poll(() => options.textContent('.team-status')).toMatch(/team-org 1\.0\.0/);
    expect(bankServer.requests.some((r) => r.method === 'GET' && r.path === '/policy-team.json')).toBe(true);
    await poll(() => browser.inWorker(() => chrome.alarms.getAll())).toEqual([
      expect.objectContaining({ name: 'tactful-team-sync', periodInMinutes: 30 }),
    ]);

    await options.goto(`chrome-extension://${browser.extensionId}/options.html#banks`);
    const orgRow = options.locator('[data-bank="policy:org-en"]');
    await poll(() => orgRow.count()).toBe(1);
    expect(await orgRow.textContent()).toContain('Organisation');
    expect(await orgRow.locator('input[type=checkbox]').isDisabled()).toBe(true);
    expect(await options.locator('[data-bank="team:team-org"] input[type=checkbox]').isDisabled()).toBe(true);
    expect(await options.locator('input[type=file]').count()).toBe(0);
    expect(await options.textContent('.panel')).toContain('Your organisation does not allow your own banks.');
    const reply = await options.evaluate(
      (json) => chrome.runtime.sendMessage({ type: 'tactful/bank-import', json }),
      JSON.stringify(tinyBank()),
    );
    expect(reply).toMatchObject({ ok: false, error: 'Your organisation does not allow your own banks.' });

    await options.goto(`chrome-extension://${browser.extensionId}/options.html#editor`);
    await poll(() => options.textContent('.panel')).toContain('Your organisation does not allow your own banks.');
    await options.close();

    // the inline bank is in effect in the composer
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/textarea.html`);
    await page.click('#reply');
    await page.keyboard.type('Please do not frobnicate the customer.');
    await poll(() => highlighted(page, 'tactful-stop-phrase')).toEqual(['frobnicate the customer']);

    // and the popup cannot change the sites the policy set
    const tabId = await activeTabId(browser, page);
    const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
    await poll(() => popup.textContent('#site-hint')).toBe('The sites Tactful runs on are set by your organisation.');
    expect(await popup.isDisabled('[role=switch]')).toBe(true);
    await popup.close();
    await page.close();
  });
});
