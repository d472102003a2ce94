/**
 * Tactful in every composer we ship a fixture for: real editors (ProseMirror, CKEditor 5,
 * Quill, TinyMCE in its iframe, Lexical, textarea, contenteditable, shadow DOM) and site
 * skeletons (Gmail, Outlook, Zendesk, …). In each, an agent types a draft; the stop-phrase
 * and the blame-shift must be highlighted, and the editor's own model must hold exactly
 * what was typed. Composers that appear later are found; hidden and non-prose fields and
 * quoted threads are left alone; the extension logs no errors and makes no requests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUOTE_SELECTOR } from '../../composer/selectors';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { EDITORS, highlighted, readModel, typeAtStart } from './editor-cases';
import { type FixtureServer, startFixtureServer } from './server';

const TYPED = 'Please calm down. The warehouse messed up your order.';
const STOP = 'tactful-stop-phrase';
const BLAME = 'tactful-blame-shift';
const ALL_CATEGORIES = [STOP, BLAME, 'tactful-badmouthing', 'tactful-overpromise', 'tactful-runaround'];
/** how long a highlight may take: idle discovery + the session's typing pause + a slow CI machine */
const HIGHLIGHT_TIMEOUT = 3000;
/** how long to wait before concluding that nothing will be highlighted */
const QUIET_PERIOD = 1500;

/** Fixture pages covered by their own tests below rather than by the typing table. */
const OTHER_PAGES = ['index.html', 'hidden-composer.html', 'non-prose.html'];

let server: FixtureServer;
let browser: ExtensionBrowser;
/** console errors from the extension (content scripts, service worker) */
const extensionErrors: string[] = [];
/** requests from the service worker, and from pages to anywhere but the fixture server */
const strayRequests: string[] = [];

const normalize = (text: string) =>
  text
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function watchRequests() {
  browser.context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    const fromWorker = request.serviceWorker() !== null;
    if (url.startsWith('chrome-extension://')) {
      // the extension loading its own packaged files is fine; anything it fetches elsewhere is not
      return;
    }
    // Pages only load from the fixture server, so anything else (another port too) came from the extension.
    if (fromWorker || new URL(url).origin !== server.origin) {
      strayRequests.push(`${fromWorker ? 'service worker' : 'page'}: ${url}`);
    }
  });
  // Never let anything leave the machine, even if it tries.
  void browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  browser.worker.on('console', (message) => {
    if (message.type() === 'error') extensionErrors.push(`service worker: ${message.text()}`);
  });
}

async function openPage(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (where.startsWith('chrome-extension://') || message.text().includes('chrome-extension://')) {
      extensionErrors.push(`${name}: ${message.text()} (${where})`);
    }
  });
  page.on('pageerror', (error) => {
    if (`${error.stack ?? ''}${error.message}`.includes('chrome-extension://'))
      extensionErrors.push(`${name}: ${error.stack}`);
  });
  await page.goto(`${server.origin}/${name}`);
  await page.waitForFunction(() => window.fixture !== undefined, null, { timeout: 15_000 });
  return page;
}

/** Highlighted text inside a quote or signature (must stay empty). */
function highlightedInQuotes(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(
    ([names, quotes]) =>
      names.flatMap((n) =>
        [...(CSS.highlights.get(n) ?? [])]
          .map((r) => r as Range)
          .filter((r) => {
            const node = r.commonAncestorContainer;
            const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
            return el?.closest(quotes);
          })
          .map((r) => r.toString()),
      ),
    [ALL_CATEGORIES, QUOTE_SELECTOR] as const,
  );
}

async function anyHighlights(frame: Frame | Page): Promise<string[]> {
  const all = await Promise.all(ALL_CATEGORIES.map((name) => highlighted(frame, name)));
  return all.flat();
}

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  watchRequests();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every fixture page is exercised', () => {
  it('the demo index lists every page, and each page is covered here', () => {
    const index = readFileSync(resolve(import.meta.dirname, 'fixtures/index.html'), 'utf8');
    const listed = [...index.matchAll(/href="([^"]+\.html)"/g)].map((m) => m[1]);
    const covered = new Set([...EDITORS.map((c) => c.page), ...OTHER_PAGES]);
    expect(listed.filter((page) => !covered.has(page))).toEqual([]);
    expect([...covered].filter((page) => page !== 'index.html' && !listed.includes(page))).toEqual([]);
  });
});

describe('typing a draft in each composer', () => {
  for (const c of EDITORS) {
    const label = c.reader ? `${c.page} (${c.editor})` : c.page;
    it(`highlights the stop-phrase and the blame-shift in ${label}, and writes nothing into the editor`, async () => {
      const page = await openPage(c.page);
      const { frame, before } = await typeAtStart(page, c, TYPED);

      const poll = { timeout: HIGHLIGHT_TIMEOUT, interval: 100 };
      await expect.poll(() => highlighted(frame, STOP), poll).toEqual([expect.stringContaining('calm down')]);
      await expect
        .poll(() => highlighted(frame, BLAME), poll)
        .toEqual([expect.stringContaining('warehouse messed up')]);
      expect(await highlightedInQuotes(frame)).toEqual([]);
      expect(normalize(await readModel(page, c.reader))).toBe(normalize(`${TYPED} ${before}`));
      await page.close();
    });
  }
});

describe('highlights follow the draft as the agent goes on typing', () => {
  for (const c of EDITORS) {
    const label = c.reader ? `${c.page} (${c.editor})` : c.page;
    it(`keeps each highlight on its words while text is typed and deleted next to them in ${label}`, async () => {
      const page = await openPage(c.page);
      const { frame } = await typeAtStart(page, c, TYPED);
      const poll = { timeout: HIGHLIGHT_TIMEOUT, interval: 100 };
      const both = async () => [...(await highlighted(frame, STOP)), ...(await highlighted(frame, BLAME))];
      await expect.poll(both, poll).toHaveLength(2);
      const drawn = await both();
      // typed right after the flags, in the same paragraph (often the same text node)
      const more = ' We will sort it out today.';
      // once the agent pauses (a busy machine may stretch the pause; hence a poll, not one look)
      await page.keyboard.type(more);
      await expect.poll(both, poll).toEqual(drawn);
      for (let i = 0; i < more.length; i++) await page.keyboard.press('Backspace');
      await expect.poll(both, poll).toEqual(drawn);
      // breaking a flagged phrase takes its highlight away, whatever else stays
      await page.keyboard.type(' Please calm');
      await expect.poll(() => highlighted(frame, STOP), poll).toEqual(drawn.slice(0, 1));
      await page.keyboard.type(' down.');
      await expect.poll(() => highlighted(frame, STOP), poll).toHaveLength(2);
      await page.close();
    });
  }
});

describe('finding composers', () => {
  it('Gmail: two compose windows open at once are checked independently', async () => {
    const page = await openPage('gmail.html');
    for (const body of ['[id=":ab"]', '[id=":cd"]']) {
      await page.click(body);
      await page.keyboard.type('Please calm down.');
    }
    await expect
      .poll(() => highlighted(page, STOP), { timeout: HIGHLIGHT_TIMEOUT })
      .toEqual(['calm down', 'calm down']);
    await page.close();
  });

  it('Gmail: the quoted thread and the signature, which say "calm down", are never highlighted', async () => {
    const page = await openPage('gmail.html');
    await page.click('[id=":r1"]');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi Anna,'); // a keystroke in the reply: its session exists and has run
    await page.waitForTimeout(QUIET_PERIOD);
    expect(await anyHighlights(page)).toEqual([]);
    await page.close();
  });

  it('a draft restored later inside a shadow root is checked without being focused', async () => {
    const page = await openPage('late-composer.html');
    await page.click('#draft-button');
    await expect.poll(() => highlighted(page, STOP), { timeout: HIGHLIGHT_TIMEOUT }).toEqual(['calm down']);
    await expect
      .poll(() => highlighted(page, BLAME), { timeout: HIGHLIGHT_TIMEOUT })
      .toEqual([expect.stringContaining('warehouse messed up')]);
    await page.close();
  });

  it('hidden composers are never checked; a collapsed one is once it is shown', async () => {
    const page = await openPage('hidden-composer.html');
    await page.waitForTimeout(QUIET_PERIOD);
    expect(await anyHighlights(page)).toEqual([]);
    expect(await page.locator('[data-tactful-mirror]').count()).toBe(0);

    await page.click('#show-reply');
    await expect.poll(() => highlighted(page, STOP), { timeout: HIGHLIGHT_TIMEOUT }).toEqual(['calm down']);
    // the other two stay hidden and unchecked
    expect(await highlighted(page, STOP)).toHaveLength(1);
    await page.close();
  });

  it('search, recipients, subject, password and code editors are never checked', async () => {
    const page = await openPage('non-prose.html');
    const fields = [
      '#search',
      '#to',
      '#subject',
      '#password',
      '#codemirror',
      '#query-editor',
      '#codemirror5',
      '#monaco',
      '#ace',
      '#payload',
      '#search-box',
    ];
    for (const field of fields) {
      await page.locator(field).focus();
      await page.keyboard.type(TYPED);
    }
    await page.waitForTimeout(QUIET_PERIOD);
    expect(await anyHighlights(page)).toEqual([]);
    expect(await page.locator('[data-tactful-mirror]').count()).toBe(0);
    // every field holds what was typed and nothing else (the password field too)
    const values = (await readModel(page)).split('\n').filter((line) => line.trim() !== '');
    expect(values.map(normalize)).toEqual(fields.map(() => TYPED));
    await page.close();
  });

  it("Outlook's recipient wells are never checked", async () => {
    const page = await openPage('outlook.html');
    await page.click('[aria-label="Cc"]');
    await page.keyboard.type(TYPED);
    await page.waitForTimeout(QUIET_PERIOD);
    expect(await anyHighlights(page)).toEqual([]);
    await page.close();
  });
});

describe('the extension stays quiet', () => {
  it('logged no errors and made no network requests during all of the above', () => {
    expect(extensionErrors).toEqual([]);
    expect(strayRequests).toEqual([]);
  });
});
