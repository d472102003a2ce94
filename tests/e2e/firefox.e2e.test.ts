/**
 * The coaching walk-through in real Firefox (Debian's Firefox ESR, through WebDriver BiDi),
 * in every fixture composer: type a draft → both flags highlighted with the exact text;
 * Alt+Enter, Enter → the editor's own model holds the fix, the rest intact; one Ctrl+Z →
 * the draft exactly; the picker inserts a module with a filled variable. Firefox has its own
 * editing engine (undo stack, beforeinput, execCommand), so the insertion chain is proven
 * here separately. A per-editor table is printed.
 *
 * All of Firefox's traffic goes through a logging proxy for the whole run (background page,
 * content scripts and extension pages included, which no page-level BiDi event shows): at the
 * end nothing may have been asked of any host but the fixture server, nor of the fixture
 * server by anything but the pages themselves.
 */
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITORS, type EditorCase } from './editor-cases';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './firefox';
import { type LoggingProxy, notThePagesOwn, startLoggingProxy, tally } from './logging-proxy';
import { type FixtureServer, startFixtureServer } from './server';
import {
  type ComposerPage,
  type Dialog,
  editorHasFocus,
  FORM_VALUES,
  type Row,
  tableOf,
  walkThroughEach,
} from './walkthrough';

const TIMEOUT = 8000;

let server: FixtureServer;
let firefox: FirefoxWithExtension;
let proxy: LoggingProxy;

/**
 * The case's selector for puppeteer: Playwright's CSS pierces open shadow roots, puppeteer's
 * needs the deep combinator at the shadow boundary.
 */
const SHADOW_HOSTS: Record<string, string> = { 'shadow-root.html': 'reply-box' };
function editorSelector(c: EditorCase): string {
  const host = SHADOW_HOSTS[c.page];
  return host ? c.editor.replace(new RegExp(`^${host} `), `${host} >>> `) : c.editor;
}

/** the extension's dialogs live in an open shadow root of <tactful-overlay> in the page */
const overlay = (what: string) => `tactful-overlay >>> ${what}`;

async function chord(page: Page, modifier: string, key: string) {
  await page.keyboard.down(modifier as never);
  await page.keyboard.press(key as never);
  await page.keyboard.up(modifier as never);
}

const readModel = (page: Page, reader: EditorCase['reader']) =>
  page.evaluate((method) => {
    const api = (window as unknown as { fixture: Record<string, () => string> }).fixture;
    return api[method ?? 'getText']();
  }, reader);

function highlighted(frame: Frame | Page, name: string): Promise<string[]> {
  return frame.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
}

/** Opens the page, readies the editor (Reply, iframe), clicks into it at the start and types. */
async function typeInto(c: EditorCase, text: string) {
  const page = await firefox.browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${server.origin}/${c.page}`);
  await page.waitForFunction(() => (window as unknown as { fixture?: unknown }).fixture !== undefined, {
    timeout: 15_000,
  });
  // the cases' prepare steps use only click and waitForSelector, which puppeteer's Page shares
  await c.prepare?.(page as never);
  let frame: Frame | Page = page;
  if (c.frame) {
    const inner = await (await page.waitForSelector(c.frame))?.contentFrame();
    if (!inner) throw new Error(`${c.frame} has no content frame`);
    frame = inner;
  }
  const editor = (await frame.waitForSelector(editorSelector(c))) as ElementHandle<Element>;
  const before = await readModel(page, c.reader);
  await editor.click();
  await chord(page, 'Control', 'Home');
  await page.keyboard.type(text);
  return { page, frame, before };
}

async function caretAt(page: Page, offset: number) {
  await chord(page, 'Control', 'Home');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
}

const table = new Map<string, Row>();

beforeAll(async () => {
  server = await startFixtureServer();
  proxy = await startLoggingProxy(server.origin);
  firefox = await launchFirefoxWithExtension({ proxyPort: proxy.port });
});

afterAll(async () => {
  if (table.size > 0) console.log(`Firefox:\n${tableOf(table)}`);
  await firefox?.close();
  await proxy?.close();
  await server?.close();
});

/** The walk-through's view of one Firefox page (puppeteer). */
async function firefoxComposer(c: EditorCase, text: string): Promise<ComposerPage> {
  const { page, frame, before } = await typeInto(c, text);
  const dialog = (d: Dialog) => overlay(`.${d}[role=dialog]`);
  return {
    before,
    highlighted: (name) => highlighted(frame, name),
    readModel: () => readModel(page, c.reader),
    caretAt: (offset) => caretAt(page, offset),
    press: (key) => {
      const [modifier, k] = key.split('+');
      return k ? chord(page, modifier, k) : page.keyboard.press(key as never);
    },
    type: (t) => page.keyboard.type(t),
    waitForDialog: async (d) => {
      await page.waitForSelector(dialog(d));
    },
    dialogIsOpen: async (d) => (await page.$(dialog(d))) !== null,
    firstOption: (d) => page.$eval(`${dialog(d)} [role=option]`, (el) => el.textContent ?? '').catch(() => ''),
    pickerFilterFocused: () => page.$eval(`${dialog('picker')} input`, (el) => el.matches(':focus')).catch(() => false),
    fillPickerForm: async () => {
      const asked: Record<string, string> = {};
      // the form appears after Enter when the module has variables the page cannot fill
      await page.waitForSelector(overlay('.picker form.variables input'), { timeout: 2000 }).catch(() => null);
      const inputs = await page.$$(overlay('.picker form.variables input'));
      for (const input of inputs) {
        const name = (await input.evaluate((el) => el.getAttribute('name'))) ?? '';
        asked[name] = FORM_VALUES[name] ?? 'X';
        await input.type(asked[name]);
      }
      if (inputs.length > 0) await inputs[inputs.length - 1].press('Enter');
      return asked;
    },
    editorHasFocus: () => frame.evaluate(editorHasFocus),
    close: () => page.close(),
  };
}

const poll = { timeout: TIMEOUT, interval: 100 };

/** The model's first line: the draft typed at the start (Gmail's holds the signature and the quote after it). */
const draftLine = async (page: Page, c: EditorCase) => (await readModel(page, c.reader)).split('\n')[0];

// CKEditor 5 takes fixes and modules as a paste (composer/insert/chain.ts): a step of its own,
// where its typed text is a step per line and gathers the next words typed (Firefox builds a
// synthetic paste's data from its own init members: composer/insert/paste.ts)
const CKEDITORS = EDITORS.filter((c) => c.page === 'ckeditor.html' || c.page === 'zendesk.html');
// and typing after a fix where it goes in otherwise: typed (execCommand, beforeinput) or set (a textarea)
const UNDO_COMPOSERS = EDITORS.filter(
  (c) =>
    !c.reader &&
    [
      'textarea.html',
      'contenteditable.html',
      'ckeditor.html',
      'tinymce.html',
      'lexical.html',
      'gmail.html',
      'zendesk.html',
    ].includes(c.page),
);
describe('Firefox: typing after a fix is an undo step of its own', () => {
  for (const c of UNDO_COMPOSERS) {
    it(`one Ctrl+Z takes only the typing (${c.page})`, async () => {
      const draft = "We are sorry. I don't know where your order is.";
      const { page, frame } = await typeInto(c, draft);
      await expect.poll(() => highlighted(frame, 'tactful-stop-phrase'), poll).toHaveLength(1);
      await caretAt(page, draft.indexOf('know') + 2);
      await chord(page, 'Alt', 'Enter');
      await page.waitForSelector(overlay('.card[role=dialog]'));
      await page.keyboard.press('Enter');
      // (Firefox's CKEditor shows a double space for a moment on the way there)
      const fixed = "We are sorry. I'll find out where your order is.";
      await expect.poll(() => draftLine(page, c), poll).toBe(fixed);
      await page.keyboard.type(' Thanks');
      await expect.poll(() => readModel(page, c.reader), poll).toContain('Thanks');
      await chord(page, 'Control', 'z');
      await expect.poll(() => draftLine(page, c), poll).toBe(fixed);
      await page.close();
    });
  }
});

describe('Firefox: CKEditor 5 takes a module of several lines as one paste', () => {
  for (const c of CKEDITORS) {
    it(`a module of several lines goes in as one edit: one Ctrl+Z takes it away (${c.page})`, async () => {
      const { page } = await typeInto(c, 'Thanks. ');
      await page.keyboard.type(';;what happens next');
      await page.waitForSelector(overlay('.picker[role=dialog]'));
      const first = () =>
        page.$eval(overlay('.picker[role=dialog] [role=option]'), (el) => el.textContent ?? '').catch(() => '');
      await expect.poll(first, poll).toContain('What happens next');
      await page.keyboard.press('Enter');
      // the module asks for the date it cannot read off the page
      const input = await page
        .waitForSelector(overlay('.picker form.variables input'), { timeout: 2000 })
        .catch(() => null);
      if (input) {
        await input.type('Friday');
        await input.press('Enter');
      }
      await expect.poll(() => readModel(page, c.reader), poll).toContain("I'll confirm everything");
      expect(await readModel(page, c.reader)).toMatch(/happens next:\s*\n/);
      await chord(page, 'Control', 'z');
      await expect.poll(() => readModel(page, c.reader), poll).toMatch(/^Thanks\.\s;;$/);
      await page.close();
    });
  }
});

// Polish and Russian drafts: their own bank's flags, fix and undo (the Chromium matrix is languages.e2e.test.ts)
const OTHER_LANGUAGES = [
  {
    draft: 'Prosze sie uspokoic. Magazyn coś pomieszał z Pana zamówieniem.',
    stop: 'Prosze sie uspokoic',
    blame: 'Magazyn coś pomieszał',
    fixed: 'Rozumiem, że ta sytuacja jest frustrująca. Magazyn coś pomieszał z Pana zamówieniem.',
  },
  {
    draft: 'Я не знаю, где ваш заказ. Это курьер виноват.',
    stop: 'Я не знаю',
    blame: 'курьер виноват',
    fixed: 'Сейчас уточню, где ваш заказ. Это курьер виноват.',
  },
];
describe('Firefox: Polish and Russian drafts are flagged by their own bank, fixed and undone', () => {
  for (const c of EDITORS.filter(
    (e) => (e.page === 'contenteditable.html' && !e.reader) || e.page === 'prosemirror.html',
  )) {
    for (const l of OTHER_LANGUAGES) {
      it(`"${l.stop}" in ${c.page}`, async () => {
        const { page, frame, before } = await typeInto(c, l.draft);
        await expect.poll(() => highlighted(frame, 'tactful-stop-phrase'), poll).toEqual([l.stop]);
        await expect.poll(() => highlighted(frame, 'tactful-blame-shift'), poll).toEqual([l.blame]);
        const typed = await readModel(page, c.reader);
        expect(typed).not.toBe(before);
        await caretAt(page, 2);
        await chord(page, 'Alt', 'Enter');
        await page.waitForSelector(overlay('.card[role=dialog]'));
        await page.keyboard.press('Enter');
        const read = async () => (await readModel(page, c.reader)).replace(/\u00a0/g, ' ').trim();
        await expect.poll(read, poll).toBe(l.fixed);
        await chord(page, 'Control', 'z');
        await expect.poll(() => readModel(page, c.reader), poll).toBe(typed);
        await page.close();
      });
    }
  }
});

describe('Firefox: coaching in each composer (highlight → Alt+Enter, Enter → Ctrl+Z → picker)', () => {
  walkThroughEach(EDITORS, table, firefoxComposer);

  it('raises no error from the extension in any page console', () => {
    expect(firefox.extensionErrors).toEqual([]);
  });

  it('made no network request: nothing left Firefox but the fixture pages’ own requests', () => {
    const opened = EDITORS.map((c) => `${server.origin}/${c.page}`);
    expect({
      // the proxy saw the run: every page the walk-throughs opened came through it
      pagesTheProxyMissed: opened.filter((url) => !proxy.forwarded.some((r) => r.url === url)),
      // any other host (https and websockets as CONNECT host:port), from the extension or Firefox itself
      otherHosts: tally(proxy.refused),
      // the fixture server asked by the extension (background page, content scripts, its own pages)
      fromTheExtension: tally(proxy.forwarded, (r) => notThePagesOwn(r, server.origin, opened)),
    }).toEqual({ pagesTheProxyMissed: [], otherHosts: [], fromTheExtension: [] });
  });
});
