/**
 * The agent and trainer UI in real Chromium: popup, options panels, bank import and editor,
 * stats, team roll-out, themes and UI languages, accessibility (axe-core) and the guarantee
 * that bank content is rendered as text only.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { highlighted } from './editor-cases';
import {
  type AxeViolation,
  activeTabId,
  axeViolations,
  type BankServer,
  type ChromeApi,
  clearStorage,
  getStorage,
  openExtensionPage,
  serious,
  setStorage,
  startBankServer,
  tinyBank,
} from './extension-pages';
import { type FixtureServer, startFixtureServer } from './server';

declare const chrome: ChromeApi;

let server: FixtureServer;
let bankServer: BankServer;
let browser: ExtensionBrowser;
/** every axe violation seen, by page, for the summary printed at the end */
const axeLog: { page: string; violations: AxeViolation[] }[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  bankServer = await startBankServer();
  browser = await launchWithExtension();
  browser.worker.on('console', (m) => {
    if (m.type() === 'error') console.error('[service worker]', m.text());
  });
});

afterAll(async () => {
  if (axeLog.length > 0) {
    const byImpact: Record<string, number> = {};
    for (const { violations } of axeLog)
      for (const v of violations) byImpact[v.impact ?? 'none'] = (byImpact[v.impact ?? 'none'] ?? 0) + 1;
    console.log(`axe: ${axeLog.length} page states checked; violations by impact: ${JSON.stringify(byImpact)}`);
    for (const { page, violations } of axeLog)
      for (const v of violations) console.log(`  ${page}: ${v.impact} ${v.id} — ${v.help}`);
  }
  await browser?.close();
  await bankServer?.close();
  await server?.close();
});

/** expect.poll with room for a busy 2-core machine (bank lint and compile take a moment). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

async function checkAxe(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  axeLog.push({ page: label, violations });
  expect(serious(violations), `${label}: ${JSON.stringify(serious(violations), null, 1)}`).toEqual([]);
}

async function fixtureWithDraft(text: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/textarea.html`);
  await page.click('#reply');
  await page.keyboard.type(text);
  return page;
}

async function popupFor(page: Page): Promise<Page> {
  const tabId = await activeTabId(browser, page);
  return openExtensionPage(browser, `popup.html?tab=${tabId}`);
}

/** Sends a page request to the background from an extension page, as the options page does. */
async function request(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

async function importBank(options: Page, name: string, bank: unknown): Promise<void> {
  await options.setInputFiles('input[type=file]', {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bank)),
  });
}

describe('popup', () => {
  it('says Tactful is active, shows the page flags, the site switch and today’s counts; axe-clean', async () => {
    await clearStorage(browser);
    const page = await fixtureWithDraft('Please calm down.');
    await poll(() => highlighted(page, 'tactful-stop-phrase')).toEqual(['calm down']);
    const popup = await popupFor(page);
    await poll(() => popup.textContent('.status')).toBe('Tactful is active on this page.');
    expect(await popup.textContent('[data-count=flags]')).toBe('1');
    await poll(() => popup.textContent('.origin')).toBe(server.origin);
    expect(await popup.getAttribute('[role=switch]', 'aria-checked')).toBe('true');
    expect(await popup.textContent('#site-hint')).toMatch(/supported site/i);
    // the content script counted the draft and the flag
    await poll(async () => {
      await popup.reload();
      return popup.textContent('.today [data-count=drafts]');
    }).toBe('1');
    await checkAxe(popup, 'popup');

    // keyboard: the options link, then the switch; focus is visible
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Options');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe(
      'none',
    );
    await popup.close();
    await page.close();
  });

  it('says so on a page where Tactful cannot run', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await poll(() => popup.textContent('.status')).toBe('Tactful is not active on this page.');
    expect(await popup.textContent('main')).toContain('Tactful cannot run on this page.');
    expect(await popup.$('[role=switch]')).toBeNull();
    await popup.close();
  });

  it('turns Tactful off for a supported site and on again', async () => {
    await clearStorage(browser);
    const page = await fixtureWithDraft('Please calm down.');
    await poll(() => highlighted(page, 'tactful-stop-phrase')).toEqual(['calm down']);
    const popup = await popupFor(page);
    await poll(() => popup.getAttribute('[role=switch]', 'aria-checked')).toBe('true');
    await popup.click('[role=switch]');
    await poll(() => popup.getAttribute('[role=switch]', 'aria-checked')).toBe('false');
    expect(await getStorage(browser, 'sync', 'settings.deniedSites')).toEqual([server.origin]);
    await poll(() => popup.textContent('.status')).toBe('Tactful is not active on this page.');

    // a page loaded now stays untouched
    await page.reload();
    await page.click('#reply');
    await page.keyboard.type('Please calm down.');
    await page.waitForTimeout(800);
    expect(await highlighted(page, 'tactful-stop-phrase')).toEqual([]);

    await popup.bringToFront();
    await popup.click('[role=switch]');
    await poll(() => popup.getAttribute('[role=switch]', 'aria-checked')).toBe('true');
    expect(await getStorage(browser, 'sync', 'settings.deniedSites')).toEqual([]);
    await page.reload();
    await page.click('#reply');
    await page.keyboard.type('Please calm down.');
    await poll(() => highlighted(page, 'tactful-stop-phrase')).toEqual(['calm down']);
    await popup.close();
    await page.close();
  });
});

describe('options: banks', () => {
  it('imports a good bank; a bad one shows every error with its JSON path and never replaces the good one', async () => {
    await clearStorage(browser);
    const options = await openExtensionPage(browser, 'options.html#banks');
    await poll(() => options.locator('.banks-table tbody tr').count()).toBe(3);
    await importBank(options, 'good.json', tinyBank());
    await poll(() => options.textContent('.import-result')).toMatch(/Imported E2E bank 1\.0\.0: 1 rules, 1 modules\./);
    const row = options.locator('[data-bank="custom:e2e-en"]');
    await poll(() => row.count()).toBe(1);
    expect(await row.locator('td').nth(1).textContent()).toBe('1.0.0');

    const bad = tinyBank({ version: '2.0.0', extra: true }, { category: 'rudeness', message: undefined });
    await importBank(options, 'bad.json', bad);
    await poll(() => options.textContent('.import-result')).toMatch(/bad\.json was not imported/);
    const paths = await options.locator('.import-result .problem-path').allTextContents();
    expect(paths).toEqual(expect.arrayContaining(['/', '/rules/0', '/rules/0/category']));
    expect(await options.locator('.import-result .problems li').count()).toBeGreaterThanOrEqual(3);
    expect(await row.locator('td').nth(1).textContent()).toBe('1.0.0');

    // broken JSON is reported at "/"
    await options.setInputFiles('input[type=file]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": 1,'),
    });
    await poll(() => options.textContent('.import-result')).toMatch(/broken\.json was not imported/);
    expect(await options.locator('.import-result .problem-path').allTextContents()).toEqual(['/']);

    // the custom bank is merged into what content scripts get: a new page flags its phrase
    const page = await fixtureWithDraft('This follows procedure 7B.');
    await poll(() => highlighted(page, 'tactful-stop-phrase')).toEqual(['procedure 7B']);
    await page.close();

    // switched off, it no longer applies
    await options.bringToFront();
    await row.locator('input[type=checkbox]').uncheck();
    await poll(
      async () =>
        ((await getStorage(browser, 'local', 'tactful.banks')) as { custom: { enabled: boolean }[] }).custom[0].enabled,
    ).toBe(false);
    const again = await fixtureWithDraft('This follows procedure 7B. Please calm down.');
    await poll(() => highlighted(again, 'tactful-stop-phrase')).toEqual(['calm down']);
    await again.close();

    // export gives the bank back as JSON
    await options.bringToFront();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      row.getByRole('button', { name: 'Export E2E bank' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('e2e-en-1.0.0.json');
    const exported = JSON.parse(await streamText(await download.createReadStream()));
    expect(exported.rules[0].id).toBe('stop-phrase.procedure-7b');
    await options.close();
  });

  it('renders bank titles, messages and module texts as text only: nothing executes', async () => {
    await clearStorage(browser);
    const evil = '<img src=x onerror="window.__tactfulPwned=1">';
    const bank = tinyBank(
      {
        id: 'evil-en',
        name: `Evil ${evil}`,
        description: `javascript:window.__tactfulPwned=2 ${evil}`,
        modules: [
          { id: 'greeting.e2e', situation: 'greeting', title: `javascript:alert(1) ${evil}`, text: `Hi ${evil}` },
        ],
      },
      { message: `javascript:window.__tactfulPwned=3 ${evil}` },
    );
    const options = await openExtensionPage(browser, 'options.html#banks');
    await importBank(options, 'evil.json', bank);
    await poll(() => options.textContent('.import-result')).toMatch(/Imported Evil <img/);
    expect(await options.textContent('[data-bank="custom:evil-en"] .bank-name')).toBe(`Evil ${evil}`);

    // editor and try-it show the same texts
    await options.getByRole('button', { name: `Edit Evil ${evil}` }).click();
    await poll(() => options.inputValue('input[name=bank-name]')).toBe(`Evil ${evil}`);
    await options.getByRole('button', { name: 'stop-phrase.procedure-7b' }).click();
    expect(await options.inputValue('input[name=rule-message]')).toContain(evil);
    await options.getByRole('button', { name: 'greeting.e2e' }).click();
    expect(await options.inputValue('input[name=module-title]')).toContain(evil);
    await options.fill('.try-it-input', 'This follows procedure 7B.');
    await poll(() => options.textContent('.try-it-findings')).toContain(`javascript:window.__tactfulPwned=3 ${evil}`);
    await options.getByRole('button', { name: 'Raw JSON' }).click();
    expect(await options.inputValue('.raw-json')).toContain('__tactfulPwned');

    // and the popup and stats (rule ids from the bank) stay inert as well
    await options.waitForTimeout(300);
    const state = await options.evaluate(() => ({
      pwned: (window as unknown as { __tactfulPwned?: number }).__tactfulPwned,
      images: document.querySelectorAll('img').length,
      scriptLinks: document.querySelectorAll('a[href^="javascript:"], [src^="javascript:"]').length,
    }));
    expect(state).toEqual({ pwned: undefined, images: 0, scriptLinks: 0 });
    await options.close();
  });
});

describe('options: editor and try-it', () => {
  it('runs the rules’ examples, updates the try-it highlights as a rule changes, and refuses failing banks', async () => {
    await clearStorage(browser);
    const options = await openExtensionPage(browser, 'options.html#banks');
    await importBank(options, 'good.json', tinyBank());
    await poll(() => options.textContent('.import-result')).toMatch(/Imported/);
    await options.getByRole('button', { name: 'Edit E2E bank' }).click();
    await poll(() => options.textContent('.examples-summary')).toBe('Examples: 4 passed, 0 failed');

    await options.fill('.try-it-input', 'This follows procedure 7B. Please cool it.');
    await poll(() => highlighted(options, 'tactful-stop-phrase')).toEqual(['procedure 7B']);

    await options.getByRole('button', { name: 'stop-phrase.procedure-7b' }).click();
    await options.fill('textarea[name=rule-patterns]', 'procedure 7b\ncool it');
    await poll(() => highlighted(options, 'tactful-stop-phrase')).toEqual(['procedure 7B', 'cool it']);
    expect(await options.textContent('.try-it-summary')).toBe('Flags: 2');

    // a pattern that misses the rule's own examples: 2 of 4 fail and the bank is not saved
    await options.fill('textarea[name=rule-patterns]', 'cool it');
    await poll(() => options.textContent('.examples-summary')).toBe('Examples: 2 passed, 2 failed');
    await poll(() => highlighted(options, 'tactful-stop-phrase')).toEqual(['cool it']);
    await options.getByRole('button', { name: 'Save bank' }).click();
    await poll(() => options.textContent('.save-row')).toContain('Not saved: 2 examples fail.');

    // a pattern that does not compile is an error with its JSON path
    await options.fill('textarea[name=rule-patterns]', 'simmer (down');
    await poll(() => options.locator('.editor-checks .problem-path').allTextContents()).toContain(
      '/rules/0/patterns/0',
    );
    await options.getByRole('button', { name: 'Save bank' }).click();
    await poll(() => options.textContent('.save-row')).toContain('Not saved: fix the errors listed above first.');

    await options.fill('textarea[name=rule-patterns]', 'procedure 7b\ncool it');
    await options.fill('textarea[name=rule-examples-flag]', 'This follows procedure 7B.\nYou need to cool it.');
    await poll(() => options.textContent('.examples-summary')).toBe('Examples: 4 passed, 0 failed');
    await options.getByRole('button', { name: 'Save bank' }).click();
    await poll(() => options.textContent('.save-row')).toContain('Saved “E2E bank”.');
    const stored = (await getStorage(browser, 'local', 'tactful.banks')) as {
      custom: { bank: { rules: { patterns: string[] }[] } }[];
    };
    expect(stored.custom[0].bank.rules[0].patterns).toEqual(['procedure 7b', 'cool it']);
    await checkAxe(options, 'options#editor');
    await options.close();
  });

  it('copies a bundled rule into a new bank so it can be changed', async () => {
    await clearStorage(browser);
    const options = await openExtensionPage(browser, 'options.html#editor');
    const copy = options.getByLabel('Copy a rule to change it');
    await poll(() => copy.locator('option').count()).toBeGreaterThan(10);
    const value = await copy.locator('option').nth(1).getAttribute('value');
    await copy.selectOption(value!);
    await options.getByRole('button', { name: 'Copy', exact: true }).click();
    const ruleId = value!.split('\u0000')[1];
    await poll(() => options.inputValue('input[name=rule-id]')).toBe(ruleId);
    await poll(() => options.textContent('.examples-summary')).toMatch(/^Examples: \d+ passed, \d+ failed$/);
    await options.close();
  });
});

describe('options: stats', () => {
  it('counts a fix, shows it per rule, exports CSV and resets', async () => {
    await clearStorage(browser);
    const options = await openExtensionPage(browser, 'options.html#stats');
    await request(options, { type: 'tactful/stats-reset' });
    // what a content script sends when the agent applies a fix (composer/messages.ts StatEvent)
    await request(options, {
      type: 'tactful/stat',
      events: [
        { kind: 'flagged', category: 'stop-phrase', ruleId: 'stop-phrase.calm-down' },
        { kind: 'fixed', category: 'stop-phrase', ruleId: 'stop-phrase.calm-down' },
        { kind: 'module-inserted', situation: 'apology-ownership', moduleId: 'x' },
      ],
    });
    await options.reload();
    await poll(() => options.textContent('.today-counts [data-count=fixed]')).toBe('1');
    expect(await options.textContent('.today-counts [data-count=flagged]')).toBe('1');
    expect(await options.textContent('.today-counts [data-count=modules]')).toBe('1');
    expect(await options.textContent('[data-rule="stop-phrase.calm-down"] [data-col=fixed]')).toBe('1');
    expect(await options.locator('.stats-chart svg[role=img] polyline').count()).toBe(3);
    await checkAxe(options, 'options#stats');

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tactful-stats-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await streamText(await download.createReadStream());
    expect(csv.split('\r\n')[0]).toBe('date,scope,key,category,flagged,fixed,ignored,count');
    expect(csv).toMatch(/\d{4}-\d{2}-\d{2},rule,stop-phrase\.calm-down,stop-phrase,1,1,0,\r\n/);
    expect(csv).toMatch(/,module-situation,apology-ownership,,,,,1\r\n/);

    options.once('dialog', (d) => d.accept());
    await options.getByRole('button', { name: 'Reset stats' }).click();
    await poll(() => options.textContent('.today-counts [data-count=fixed]')).toBe('0');
    await options.close();
  });
});

describe('options: team roll-out', () => {
  it('fetches the team bank, revalidates with If-None-Match (304), and keeps the last good bank on errors', async () => {
    // A trail of steps, cheap enough not to change timing, printed if the test fails: it found
    // why first attempts hung in full runs (the stored URL arrived after the test had typed one).
    const trail: string[] = [];
    const t0 = Date.now();
    const step = (what: string) => trail.push(`${Date.now() - t0} ms: ${what}`);
    onTestFailed(() => console.log(`team roll-out steps:\n  ${trail.join('\n  ')}`));
    step('await clearStorage(browser);');
    await clearStorage(browser);
    const teamBank = tinyBank(
      { id: 'team-en', name: 'Team EN' },
      {
        id: 'stop-phrase.wibble-wobble',
        patterns: ['wibble wobble'],
        examples: {
          flag: ['Stop the wibble wobble.', 'No wibble wobble please.'],
          allow: ['A wibble is fine.', 'The wobble stays.'],
        },
      },
    );
    bankServer.serve('/team.json', JSON.stringify([teamBank]));
    step('const options = await openExtensionPage(browser, "options.html#team");');
    const options = await openExtensionPage(browser, 'options.html#team');
    const url = options.getByLabel('Team bank URL');

    step('await url.fill("http://example.com/bank.json");');
    await url.fill('http://example.com/bank.json');
    step('await options.getByRole("button", { name: "Save" }).click();');
    await options.getByRole('button', { name: 'Save' }).click();
    step('await poll(() => options.textContent("[role=alert]")).toMatch(/must st');
    await poll(() => options.textContent('[role=alert]')).toMatch(/must start with https:\/\//);

    const before = bankServer.requests.length;
    step('await url.fill(bankServer.origin + "/team.json");');
    await url.fill(`${bankServer.origin}/team.json`);
    step('await options.getByRole("button", { name: "Save" }).click();');
    await options.getByRole('button', { name: 'Save' }).click();
    step('await poll(() => options.textContent(".team-status")).toMatch(/team-en');
    await poll(() => options.textContent('.team-status')).toMatch(/team-en 1\.0\.0/);
    const gets = () => bankServer.requests.slice(before).filter((r) => r.method === 'GET');
    expect(gets()).toHaveLength(1);
    expect(gets()[0].headers['if-none-match']).toBeUndefined();
    expect(gets()[0].headers.cookie).toBeUndefined();

    step('await options.getByRole("button", { name: "Check now" }).click();');
    await options.getByRole('button', { name: 'Check now' }).click();
    step('await poll(() => gets().length).toBe(2);');
    await poll(() => gets().length).toBe(2);
    expect(gets()[1].headers['if-none-match']).toMatch(/^".+"$/);
    step('await poll(() => options.textContent(".team-status")).toMatch(/team-en');
    await poll(() => options.textContent('.team-status')).toMatch(/team-en 1\.0\.0/);

    // the team bank is in effect
    step('const page = await fixtureWithDraft("Stop the wibble wobble.");');
    const page = await fixtureWithDraft('Stop the wibble wobble.');
    step('await poll(() => highlighted(page, "tactful-stop-phrase")).toEqual(["w');
    await poll(() => highlighted(page, 'tactful-stop-phrase')).toEqual(['wibble wobble']);
    step('await page.close();');
    await page.close();

    // an invalid download is reported with JSON paths; the last good bank stays
    bankServer.serve('/team.json', JSON.stringify([{ ...teamBank, rules: [{ id: 'x' }] }]));
    step('await options.bringToFront();');
    await options.bringToFront();
    step('await options.getByRole("button", { name: "Check now" }).click();');
    await options.getByRole('button', { name: 'Check now' }).click();
    step('await poll(() => options.textContent(".team-error")).toMatch(/not vali');
    await poll(() => options.textContent('.team-error')).toMatch(/not valid; the last good one stays in use/);
    step('expect(await options.locator(".team-status .problem-path").allTextCont');
    expect(await options.locator('.team-status .problem-path').allTextContents()).toEqual(
      expect.arrayContaining(['/0/rules/0']),
    );
    step('expect(await options.textContent(".team-status")).toMatch(/team-en 1.');
    expect(await options.textContent('.team-status')).toMatch(/team-en 1\.0\.0/);

    step('const alarms = await browser.inWorker(() => chrome.alarms.getAll());');
    const alarms = await browser.inWorker(() => chrome.alarms.getAll());
    expect(alarms).toEqual([expect.objectContaining({ name: 'tactful-team-sync', periodInMinutes: 60 })]);
    step('await checkAxe(options, "options#team");');
    await checkAxe(options, 'options#team');

    step('await url.fill("");');
    await url.fill('');
    step('await options.getByRole("button", { name: "Save" }).click();');
    await options.getByRole('button', { name: 'Save' }).click();
    step('await poll(() => browser.inWorker(() => chrome.alarms.getAll())).toEqu');
    await poll(() => browser.inWorker(() => chrome.alarms.getAll())).toEqual([]);
    step('await options.close();');
    await options.close();
  });
});

describe('options: settings, themes, languages, accessibility', () => {
  it('every panel is keyboard-navigable and has no serious or critical axe violations', async () => {
    await clearStorage(browser);
    const options = await openExtensionPage(browser, 'options.html#banks');
    await poll(() => options.locator('.banks-table tbody tr').count()).toBe(3);
    await checkAxe(options, 'options#banks');
    await options.focus('[role=tab][aria-selected=true]');
    for (const [panel, heading] of [
      ['editor', 'Editor'],
      ['team', 'Team roll-out'],
      ['stats', 'Stats'],
      ['settings', 'Settings'],
    ]) {
      await options.keyboard.press('ArrowRight');
      await poll(() => options.evaluate(() => document.activeElement?.id)).toBe(`tab-${panel}`);
      await poll(() => options.textContent('[role=tabpanel] h2')).toBe(heading);
      await options.waitForTimeout(200);
      await checkAxe(options, `options#${panel}`);
    }
    await options.close();
  });

  it('stores settings, applies the dark theme and the chosen UI language', async () => {
    await clearStorage(browser);
    const options = await openExtensionPage(browser, 'options.html#settings');
    await options.getByLabel('Badmouthing').uncheck();
    await poll(() => getStorage(browser, 'sync', 'settings.categories')).toMatchObject({
      badmouthing: false,
      'stop-phrase': true,
    });
    await options.getByLabel('Theme').selectOption('dark');
    await poll(() => options.getAttribute('html', 'data-theme')).toBe('dark');
    // the page really turns dark (theme.css: light-dark() colours, picked by color-scheme)
    await poll(() => options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 28, 31)');
    await checkAxe(options, 'options#settings (dark)');
    await options.getByLabel('Interface language').selectOption('pl');
    await poll(() => options.textContent('#tab-banks')).toBe('Bazy fraz');
    expect(await options.getAttribute('html', 'lang')).toBe('pl');
    await checkAxe(options, 'options#settings (pl, dark)');
    const popup = await openExtensionPage(browser, 'popup.html');
    await poll(() => popup.textContent('.status')).toBe('Tactful nie działa na tej stronie.');
    await popup.close();
    await setStorage(browser, 'sync', { 'settings.uiLanguage': 'ru', 'settings.theme': 'light' });
    await poll(() => options.textContent('#tab-banks')).toBe('Базы фраз');
    expect(await options.getAttribute('html', 'data-theme')).toBe('light');
    await poll(() => options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await options.close();
    await clearStorage(browser);
  });

  it('the suggestion card and the flag list speak the chosen UI language, and switch live', async () => {
    await clearStorage(browser);
    await setStorage(browser, 'sync', { 'settings.uiLanguage': 'ru' });
    const page = await fixtureWithDraft('Please calm down.');
    await poll(() => highlighted(page, 'tactful-stop-phrase')).toEqual(['calm down']);
    // the caret into "down", then the card from the keyboard
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Enter');
    const card = page.locator('tactful-overlay .card[role=dialog]');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getAttribute('lang')).toBe('ru');
    expect(await card.locator('.badge').textContent()).toBe('STOP-фраза');
    await poll(() => card.locator('button').allTextContents()).toEqual([
      'Пропустить один раз',
      'Пропускать это правило на этом сайте',
    ]);
    expect(await card.locator('[role=listbox]').getAttribute('aria-label')).toBe('Варианты исправления');
    await checkAxe(page, 'suggestion card (ru)');

    // the agent picks Polish in the options: the open card follows
    await setStorage(browser, 'sync', { 'settings.uiLanguage': 'pl' });
    await poll(() => card.locator('button').allTextContents()).toEqual([
      'Pomiń tym razem',
      'Pomijaj tę regułę na tej witrynie',
    ]);
    expect(await card.locator('.badge').textContent()).toBe('STOP-fraza');
    expect(await card.getAttribute('lang')).toBe('pl');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+l');
    const list = page.locator('tactful-overlay .flag-list[role=dialog]');
    await list.waitFor({ timeout: 10_000 });
    expect(await list.locator('h2').textContent()).toBe('Tactful: 1 uwaga w tej odpowiedzi');
    await page.close();
    await clearStorage(browser);
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
