/**
 * Captures the popup and the options page in each UI language (en, pl, ru) into
 * docs/screenshots/*.png. Run by hand after a build, never in `npm test`:
 *
 *   npm run build && npx tsx scripts/screenshots.ts      (TACTFUL_OUT picks another build)
 *
 * It drives the same Chromium as the e2e tests, on the bundled demo pages; the stats chart
 * shows generated demo counts (numbers only, as Tactful stores them).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { DayStats } from '../composer/messages';
import type { Language } from '../phrasebank/finding';
import { launchWithExtension } from '../tests/e2e/browser';
import { startFixtureServer } from '../tests/e2e/server';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const LANGUAGES: Language[] = ['en', 'pl', 'ru'];
const DRAFTS: Record<Language, string> = {
  en: 'Hello Anna, please calm down. The courier messed up your order, that is not my job.',
  pl: 'Dzień dobry, proszę się uspokoić. To wina kuriera, to nie moja sprawa.',
  ru: 'Здравствуйте, успокойтесь, пожалуйста. Это курьер напутал, это не моя работа.',
};
const TRY_IT: Record<Language, string> = {
  en: 'Please calm down, I already told you that marketing messed up.',
  pl: 'Proszę się uspokoić, już mówiłem, że to dział marketingu zawalił.',
  ru: 'Успокойтесь, я же уже говорил, что это отдел маркетинга напутал.',
};

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> }; sync: { set(items: object): Promise<void> } };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};

/** Three weeks of plausible counts: fewer flags and more fixes as coaching works. */
function demoStats(): Record<string, DayStats> {
  const days: Record<string, DayStats> = {};
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 20; i >= 0; i--) {
    const d = new Date();
    d.setDate(d.getDate() - i);
    const key = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const flagged = 6 + Math.round(i * 0.5) + (i % 3);
    const fixed = Math.round(flagged * (0.35 + (20 - i) * 0.025));
    const ignored = Math.max(0, Math.round((flagged - fixed) / 3));
    days[key] = {
      drafts: 18 + (i % 5),
      categories: { 'stop-phrase': { flagged, fixed, ignored } },
      rules: {
        'stop-phrase.calm-down': {
          flagged: Math.ceil(flagged / 2),
          fixed: Math.ceil(fixed / 2),
          ignored: 0,
          category: 'stop-phrase',
        },
        'blame-shift.department-messed-up': {
          flagged: Math.floor(flagged / 3),
          fixed: Math.floor(fixed / 3),
          ignored,
          category: 'blame-shift',
        },
        'runaround.not-my-job': {
          flagged: Math.floor(flagged / 6),
          fixed: Math.floor(fixed / 6),
          ignored: 0,
          category: 'runaround',
        },
      },
      modules: { 'apology-ownership': 2 + (i % 2), 'next-steps': 1 },
    };
  }
  return days;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(OUT, `${name}.png`), fullPage: true });
  console.log(`wrote docs/screenshots/${name}.png`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchWithExtension();
  const { context, worker, extensionId } = browser;
  const ext = (path: string) => `chrome-extension://${extensionId}/${path}`;
  try {
    await worker.evaluate((days) => chrome.storage.local.set({ 'tactful.stats': { days } }), demoStats());
    for (const language of LANGUAGES) {
      await worker.evaluate(
        (l) => chrome.storage.sync.set({ 'settings.uiLanguage': l, 'settings.theme': 'light' }),
        language,
      );

      const draft = await context.newPage();
      await draft.goto(`${server.origin}/textarea.html`);
      await draft.click('#reply');
      await draft.keyboard.type(DRAFTS[language]);
      await draft.waitForTimeout(1500);
      await draft.bringToFront();
      const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));

      const popup = await context.newPage();
      await popup.setViewportSize({ width: 340, height: 520 });
      await popup.goto(ext(`popup.html?tab=${tab.id}`));
      await popup.waitForSelector('.today');
      await shot(popup, `popup-${language}`);
      await popup.close();
      await draft.close();

      const options = await context.newPage();
      await options.setViewportSize({ width: 1180, height: 820 });
      await options.goto(ext('options.html#banks'));
      await options.waitForSelector('.banks-table');
      await shot(options, `options-banks-${language}`);

      await options.goto(ext('options.html#editor'));
      await options.locator('.editor select').first().selectOption(`new:${language}`);
      const copy = options.locator('.copy-rule select');
      // the rules listed are the new bank's language's once the bundled bank has loaded
      await options.waitForSelector(`.copy-rule optgroup[label$="(tactful-${language})"]`, { state: 'attached' });
      const values = await copy
        .locator('option')
        .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
      await copy.selectOption(values.find((v) => v.includes('\u0000stop-phrase.')) ?? values[1]);
      await options.locator('.copy-rule button').click();
      // a draft with one of the copied rule's own examples, so try-it has something to show
      const example = (await options.inputValue('textarea[name=rule-examples-flag]')).split('\n')[0];
      await options.fill('.try-it-input', `${TRY_IT[language]} ${example}`);
      await options.waitForTimeout(800);
      await shot(options, `options-editor-${language}`);

      await options.goto(ext('options.html#stats'));
      await options.waitForSelector('.stats-chart');
      await shot(options, `options-stats-${language}`);
      await options.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
