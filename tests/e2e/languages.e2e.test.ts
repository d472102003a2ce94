/**
 * Polish and Russian drafts in the composer, in real Chromium: the content script detects the
 * draft's language, loads that language's tables, highlights its stop-phrase and blame-shift
 * with the exact text (Polish typed without diacritics too), applies the rule's own
 * replacement with one Enter (capitalised at a sentence start) and gives the draft back with
 * one Ctrl+Z, read from the editor's own model; the picker offers the draft language's modules.
 * The English matrix is coaching.e2e.test.ts; the expectations here come from the banks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../phrasebank/finding';
import type { Bank } from '../../phrasebank/types';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { EDITORS, type EditorCase, fillAskedVariables, highlighted, readModel, typeAtStart } from './editor-cases';
import { type FixtureServer, startFixtureServer } from './server';
import { BLAME, normalize, STOP, TRIGGER } from './walkthrough';

const ROOT = resolve(import.meta.dirname, '../..');
const TIMEOUT = 8000;
const poll = { timeout: TIMEOUT, interval: 100 };

const bankOf = (language: Language) =>
  JSON.parse(readFileSync(resolve(ROOT, `phrasebank/banks/${language}.json`), 'utf8')) as Bank;

interface LanguageCase {
  language: Language;
  draft: string;
  /** the flagged words, and the rule whose first replacement the fix must be */
  stop: string;
  stopRule: string;
  blame: string;
  /** what to type into the picker's filter, and the module it must offer first */
  filter: string;
  moduleId: string;
}

const CASES: LanguageCase[] = [
  {
    language: 'pl',
    draft: 'Proszę się uspokoić. Magazyn coś pomieszał z Pana zamówieniem.',
    stop: 'Proszę się uspokoić',
    stopRule: 'stop-phrase.uspokoj-sie',
    blame: 'Magazyn coś pomieszał',
    filter: 'przeprosiny bez',
    moduleId: 'apology-ownership.bez-wymowek',
  },
  {
    // typed without diacritics, as agents on a US layout do
    language: 'pl',
    draft: 'Prosze sie uspokoic. Magazyn cos pomieszal z Pana zamowieniem.',
    stop: 'Prosze sie uspokoic',
    stopRule: 'stop-phrase.uspokoj-sie',
    blame: 'Magazyn cos pomieszal',
    filter: 'przeprosiny bez',
    moduleId: 'apology-ownership.bez-wymowek',
  },
  {
    language: 'ru',
    draft: 'Я не знаю, где ваш заказ. Это курьер виноват.',
    stop: 'Я не знаю',
    stopRule: 'stop-phrase.ya-ne-znayu',
    blame: 'курьер виноват',
    filter: 'беру вопрос',
    moduleId: 'apology-ownership.beru-na-sebya',
  },
];

/** The draft after the fix: the rule's first replacement in place of the flag, capitalised at a sentence start. */
function expectedFix(c: LanguageCase): string {
  const rule = bankOf(c.language).rules.find((r) => r.id === c.stopRule);
  const replacement = rule?.replacements?.[0];
  if (!replacement) throw new Error(`${c.stopRule} has no replacement`);
  const at = c.draft.indexOf(c.stop);
  const text = at === 0 ? replacement.charAt(0).toLocaleUpperCase() + replacement.slice(1) : replacement;
  return c.draft.slice(0, at) + text + c.draft.slice(at + c.stop.length);
}

/** The module's text up to its first variable, as the picker inserts it (its first words, at least). */
function moduleStart(c: LanguageCase): { title: string; start: string } {
  const module = bankOf(c.language).modules.find((m) => m.id === c.moduleId);
  if (!module) throw new Error(`no module ${c.moduleId}`);
  return { title: module.title, start: module.text.split('{')[0].split(/[.!?]/)[0] };
}

const PAGES = [
  'textarea.html',
  'contenteditable.html',
  'prosemirror.html',
  'ckeditor.html',
  'tinymce.html',
  'lexical.html',
];
const COMPOSERS: EditorCase[] = EDITORS.filter((e) => PAGES.includes(e.page) && !e.reader);

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  browser.context.setDefaultTimeout(TIMEOUT);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${name}`);
  await page.waitForFunction(() => window.fixture !== undefined, null, { timeout: 15_000 });
  return page;
}

const overlay = (page: Page, what: string): Locator => page.locator(`tactful-overlay ${what}`);

async function caretAt(page: Page, offset: number) {
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
}

describe('Polish and Russian drafts: flagged by their own bank, fixed in their own words, undone', () => {
  for (const c of CASES) {
    for (const composer of COMPOSERS) {
      it(`${c.language}: "${c.stop}" in ${composer.page}`, async () => {
        const page = await openPage(composer.page);
        const { frame } = await typeAtStart(page, composer, c.draft);
        const inFrame: Frame | Page = frame;
        await expect.poll(() => highlighted(inFrame, STOP), poll).toEqual([c.stop]);
        await expect.poll(() => highlighted(inFrame, BLAME), poll).toEqual([c.blame]);
        const before = await readModel(page);
        await caretAt(page, c.draft.indexOf(c.stop) + 2);
        await page.keyboard.press('Alt+Enter');
        const card = overlay(page, '.card[role=dialog]');
        await card.waitFor({ timeout: TIMEOUT });
        await page.keyboard.press('Enter');
        const fixed = expectedFix(c);
        await expect.poll(async () => normalize(await readModel(page)), poll).toBe(fixed);
        await expect.poll(() => card.count(), poll).toBe(0);
        await page.keyboard.press('Control+z');
        await expect.poll(() => readModel(page), poll).toBe(before);
        await page.close();
      });
    }
  }

  for (const language of ['pl', 'ru'] as const) {
    const c = CASES.find((x) => x.language === language)!;
    it(`${language}: the picker offers the draft's own modules and inserts one`, async () => {
      const composer = COMPOSERS.find((e) => e.page === 'contenteditable.html')!;
      const page = await openPage(composer.page);
      // a sentence of the draft's language: the picker lists that language's modules
      const lead = c.draft.slice(c.draft.indexOf('.') + 2);
      await typeAtStart(page, composer, `${lead} `);
      const picker = overlay(page, '.picker[role=dialog]');
      await page.keyboard.type(`${TRIGGER}${c.filter}`);
      await picker.waitFor({ timeout: TIMEOUT });
      const { title, start } = moduleStart(c);
      await expect.poll(() => picker.locator('[role=option]').first().textContent(), poll).toContain(title);
      await page.keyboard.press('Enter');
      await fillAskedVariables(picker, 'X', TIMEOUT);
      await expect.poll(async () => normalize(await readModel(page)), poll).toContain(`${lead} ${start}`);
      await page.close();
    });
  }
});
