/**
 * Coaching in real Chromium, in every fixture composer that exposes `window.fixture`: an
 * agent types a draft, puts the caret in "calm down", presses Alt+Enter and Enter — the
 * card's first option goes in through the insertion chain and the editor's own model shows
 * it, the rest of the draft intact; one Ctrl+Z gives the draft back exactly; the phrase
 * picker (";;") inserts a module with a filled variable. A per-editor table is printed.
 * Then the card's keyboard contract, clicks, the flag list, ignoring, the live region.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import {
  EDITORS as ALL_EDITORS,
  type EditorCase,
  fillAskedVariables,
  highlighted,
  readModel,
  typeAtStart,
} from './editor-cases';
import { type FixtureServer, startFixtureServer } from './server';
import {
  BLAME,
  type ComposerPage,
  type Dialog,
  editorHasFocus,
  FORM_VALUES,
  normalize,
  type Row,
  STOP,
  TRIGGER,
  TYPED,
  tableOf,
  walkThroughEach,
} from './walkthrough';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(ROOT, 'tests/e2e/fixtures');
const TIMEOUT = 8000; // generous: a loaded CI machine delays the typing pause and the fix

// every fixture exposes window.fixture (tests/e2e/fixtures/src/fixture-api.ts); a page without
// it fails here instead of being skipped
const EDITORS = ALL_EDITORS;
for (const c of EDITORS) {
  if (!readFileSync(resolve(FIXTURES, c.page), 'utf8').includes('window.fixture')) {
    throw new Error(`${c.page} does not expose window.fixture`);
  }
}

// ---- browser helpers ----

let server: FixtureServer;
let browser: ExtensionBrowser;

async function openPage(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${name}`);
  await page.waitForFunction(() => window.fixture !== undefined, null, { timeout: 15_000 });
  return page;
}

const overlay = (frame: Frame | Page, what: string): Locator => frame.locator(`tactful-overlay ${what}`);

/** Pixels between the card and the stop-phrase flag it explains, both in the page's viewport. */
async function cardGapToFlag(page: Page, frame: Frame | Page, c: EditorCase, card: Locator): Promise<number> {
  const flag = await frame.evaluate((name) => {
    const range = [...(CSS.highlights.get(name) ?? [])][0] as Range;
    const box = range.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  }, STOP);
  const offset = c.frame ? ((await page.locator(c.frame).boundingBox())?.y ?? 0) : 0;
  const box = await card.boundingBox();
  if (!box) return Number.POSITIVE_INFINITY;
  const [top, bottom] = [flag.top + offset, flag.bottom + offset];
  return Math.min(Math.abs(box.y - bottom), Math.abs(top - (box.y + box.height)));
}

/** Opens a fresh page, focuses the editor at the draft's start and types. */
async function typeInto(c: EditorCase, text: string) {
  const page = await openPage(c.page);
  return { page, ...(await typeAtStart(page, c, text)) };
}

/** Moves the caret from the draft's start to `offset` characters in. */
async function caretAt(page: Page, offset: number) {
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
}

const poll = { timeout: TIMEOUT, interval: 100 };

// ---- the per-editor walk-through ----

const table = new Map<string, Row>();

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  // a missing element fails a step in seconds, not after Playwright's 30 s default
  browser.context.setDefaultTimeout(TIMEOUT);
});

afterAll(async () => {
  if (table.size > 0) console.log(tableOf(table));
  await browser?.close();
  await server?.close();
});

/** The walk-through's view of one Chromium page (Playwright). */
async function chromiumComposer(c: EditorCase, text: string): Promise<ComposerPage> {
  const { page, frame, before } = await typeInto(c, text);
  const dialog = (d: Dialog) => overlay(page, `.${d}[role=dialog]`);
  return {
    before,
    highlighted: (name) => highlighted(frame, name),
    readModel: () => readModel(page, c.reader),
    caretAt: (offset) => caretAt(page, offset),
    press: (key) => page.keyboard.press(key),
    type: (t) => page.keyboard.type(t),
    waitForDialog: (d) => dialog(d).waitFor({ timeout: TIMEOUT }),
    dialogIsOpen: async (d) => (await dialog(d).count()) > 0,
    firstOption: async (d) => (await dialog(d).locator('[role=option]').first().textContent()) ?? '',
    pickerFilterFocused: () =>
      dialog('picker')
        .locator('input')
        .first()
        .evaluate((el) => el.matches(':focus')),
    fillPickerForm: async () => {
      const asked: Record<string, string> = {};
      const inputs = dialog('picker').locator('form.variables input');
      for (let i = 0; i < (await inputs.count()); i++) {
        const name = (await inputs.nth(i).getAttribute('name')) ?? '';
        asked[name] = FORM_VALUES[name] ?? 'X';
        await inputs.nth(i).fill(asked[name]);
      }
      if (Object.keys(asked).length > 0) await inputs.last().press('Enter');
      return asked;
    },
    editorHasFocus: () => frame.evaluate(editorHasFocus),
    close: () => page.close(),
    // the card sits next to the flag it explains (also for an editor in an iframe, which would clip it)
    checkPlacement: async () => expect(await cardGapToFlag(page, frame, c, dialog('card'))).toBeLessThan(40),
  };
}

describe('coaching in each composer: highlight → Alt+Enter, Enter → Ctrl+Z → picker', () => {
  walkThroughEach(EDITORS, table, chromiumComposer);
});

// ---- the card's contract, on the two plain composers ----

const PLAIN = EDITORS.filter((c) => (c.page === 'textarea.html' || c.page === 'contenteditable.html') && !c.reader);

/** Where the caret is, as a text offset in the field, read in the page. */
function caretOffset(frame: Frame | Page, editor: string): Promise<number> {
  return frame.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (el instanceof HTMLTextAreaElement) return el.selectionStart;
    const selection = document.getSelection()!;
    const range = document.createRange();
    range.setStart(el!, 0);
    range.setEnd(selection.focusNode!, selection.focusOffset);
    return range.toString().length;
  }, editor);
}

describe('the suggestion card', () => {
  for (const c of PLAIN) {
    it(`is a labelled dialog that takes focus, never covers the caret line, and Esc gives the caret back (${c.page})`, async () => {
      const { page } = await typeInto(c, TYPED);
      await expect.poll(() => highlighted(page, STOP), poll).toEqual([expect.stringContaining('calm down')]);
      const inside = TYPED.indexOf('calm down') + 3;
      await caretAt(page, inside);
      await page.keyboard.press('Alt+Enter');
      const card = overlay(page, '.card[role=dialog]');
      await card.waitFor({ timeout: TIMEOUT });

      const label = await card.evaluate((el) =>
        el.getRootNode() instanceof ShadowRoot
          ? (el.getRootNode() as ShadowRoot).getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent
          : null,
      );
      expect(label).toContain('calm down');
      expect(await card.textContent()).toMatch(/Ignore once.*Ignore this rule on this site/);
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('tactful-overlay');

      // ArrowDown moves the selection, ArrowUp back
      const selected = () => card.locator('[role=option][aria-selected=true]').textContent();
      const first = await selected();
      await page.keyboard.press('ArrowDown');
      expect(await selected()).not.toBe(first);
      await page.keyboard.press('ArrowUp');
      expect(await selected()).toBe(first);

      // below the caret's line, or above it
      const box = (await card.boundingBox())!;
      const line = await page.evaluate(() => {
        const hl = [...(CSS.highlights.get('tactful-stop-phrase') ?? [])][0] as Range;
        const r = hl.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      expect(box.y >= line.bottom || box.y + box.height <= line.top).toBe(true);

      await page.keyboard.press('Escape');
      expect(await card.count()).toBe(0);
      expect(await caretOffset(page, c.editor)).toBe(inside);
      await page.keyboard.type('X');
      expect(await readModel(page)).toContain(`${TYPED.slice(0, inside)}X${TYPED.slice(inside, inside + 5)}`);
      await page.close();
    });
  }

  it('opens on a click on a flag without taking the focus; typing goes on into the draft', async () => {
    const c = PLAIN.find((e) => e.page === 'contenteditable.html')!;
    const { page } = await typeInto(c, TYPED);
    await expect.poll(() => highlighted(page, BLAME), poll).toEqual([expect.stringContaining('warehouse')]);
    const point = await page.evaluate(() => {
      const r = ([...(CSS.highlights.get('tactful-blame-shift') ?? [])][0] as Range).getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    const card = overlay(page, '.card[role=dialog]');
    await card.waitFor({ timeout: TIMEOUT });
    expect(await card.textContent()).toContain('Blame-shifting');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.keyboard.type('Z');
    await expect.poll(() => card.count(), poll).toBe(0);
    expect(await readModel(page)).toContain('Z');
    await page.close();
  });

  // (TinyMCE too: it keeps typing in one undo level until something closes it, so the words
  // typed while a fix waits went into the fix's step until the fix closed that level first)
  for (const c of [...PLAIN, ...EDITORS.filter((e) => e.page === 'tinymce.html')]) {
    it(`right after typing, Enter shows the fix is coming; typing goes on, a second Enter and a Ctrl+Z meanwhile are held (${c.page})`, async () => {
      const { page, frame } = await typeInto(c, TYPED);
      await expect.poll(() => highlighted(frame, STOP), poll).toHaveLength(1);
      await caretAt(page, TYPED.indexOf('calm down') + 2);
      // typing just now: the fix must wait for the editor's undo step to close
      await page.keyboard.type(' ');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Alt+Enter');
      const card = overlay(page, '.card[role=dialog]');
      await card.waitFor({ timeout: TIMEOUT });
      // the modules load after the card opens: Enter chooses the first option once they are in
      await expect.poll(() => card.textContent(), poll).not.toContain('Loading phrase modules');
      await expect.poll(() => card.locator('[role=option]').count(), poll).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      await expect.poll(() => card.textContent(), poll).toContain('Applying…');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('End');
      await page.keyboard.type(' Bye now.');
      await expect.poll(() => card.count(), poll).toBe(0);
      await expect.poll(() => readModel(page), poll).not.toContain('calm down');
      const fixed = await readModel(page);
      expect(fixed).toContain('The warehouse messed up');
      expect(fixed).toMatch(/ Bye now\.$/);
      expect(fixed).not.toMatch(/\n/);
      // the fix is its own undo step, after the typing: one Ctrl+Z takes only the fix away
      await page.keyboard.press('Control+z');
      await expect.poll(() => readModel(page), poll).toBe(`${TYPED} Bye now.`);
      await page.close();
    });
  }

  it('follows a dark page', async () => {
    const c = PLAIN.find((e) => e.page === 'contenteditable.html')!;
    const page = await openPage(c.page);
    await page.evaluate(() => {
      document.body.style.background = '#121212';
      document.body.style.color = '#eee';
    });
    await page.click(c.editor);
    await page.keyboard.type(TYPED);
    await expect.poll(() => highlighted(page, STOP), poll).toHaveLength(1);
    await caretAt(page, TYPED.indexOf('calm down') + 2);
    await page.keyboard.press('Alt+Enter');
    await overlay(page, '.card').waitFor({ timeout: TIMEOUT });
    expect(await overlay(page, '.card').getAttribute('data-theme')).toBe('dark');
    await page.close();
  });

  it('passes axe (the card is a labelled dialog, its text has enough contrast)', async () => {
    const c = PLAIN.find((e) => e.page === 'contenteditable.html')!;
    const { page } = await typeInto(c, TYPED);
    await expect.poll(() => highlighted(page, STOP), poll).toHaveLength(1);
    await caretAt(page, TYPED.indexOf('calm down') + 2);
    await page.keyboard.press('Alt+Enter');
    await overlay(page, '.card [role=option]').first().waitFor({ timeout: TIMEOUT });
    await page.addScriptTag({ path: resolve(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string }[] }> } }).axe;
      const result = await axe.run({ include: [['tactful-overlay', '.card']] });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('a long draft with many flags', () => {
  const SCROLLERS = [
    { page: 'contenteditable.html', editor: '#editor', scroller: null },
    { page: 'textarea.html', editor: '#reply', scroller: '#reply' },
  ];
  for (const { page: name, editor, scroller } of SCROLLERS) {
    it(`draws the flags near the screen, draws the others as they scroll into view, and lists them all (${name})`, async () => {
      const page = await openPage(name);
      const filler = 'We have looked at your order and the parcel details with the courier today. '.repeat(3);
      const paragraphs = Array.from({ length: 80 }, (_, i) => `Note ${i + 1}. ${filler}Please calm down.`);
      await page.click(editor);
      await page.evaluate((text) => document.execCommand('insertText', false, text), paragraphs.join('\n'));
      /** for each drawn flag, the number of the note it is in */
      const drawnNotes = () =>
        page.evaluate(() =>
          [...(CSS.highlights.get('tactful-stop-phrase') ?? [])].map((r) => {
            const range = r as Range;
            const before = (range.startContainer.textContent ?? '').slice(0, range.startOffset);
            return Number(/Note (\d+)\.(?!.*Note \d)/s.exec(before)?.[1] ?? -1);
          }),
        );
      const scrollTo = (where: 'top' | 'bottom') =>
        page.evaluate(
          ([selector, to]) => {
            const box = selector ? document.querySelector(selector)! : document.documentElement;
            const top = to === 'top' ? 0 : box.scrollHeight;
            if (selector) box.scrollTop = top;
            else window.scrollTo(0, top);
          },
          [scroller, where] as const,
        );
      await scrollTo('top');
      await expect.poll(drawnNotes, poll).toContain(1);
      const atTop = await drawnNotes();
      expect(atTop.length).toBeGreaterThan(3);
      expect(atTop.length).toBeLessThan(40);
      expect(atTop).not.toContain(80);
      await scrollTo('bottom');
      await expect.poll(drawnNotes, poll).toContain(80);
      expect(await drawnNotes()).not.toContain(1);
      await scrollTo('top');
      await expect.poll(drawnNotes, poll).toContain(1);
      expect(await drawnNotes()).not.toContain(80);
      // scrolled while a check is pending: an edit at the end that moves no flag, then the
      // scroll; that check, finding the same flags, still draws those now on screen
      // (one task: the scroll's frame comes well inside the typing pause)
      await page.evaluate(
        ([selector, scroller]) => {
          const field = document.querySelector(selector)!;
          if (field instanceof HTMLTextAreaElement) {
            field.setRangeText(' Thanks.', field.value.length, field.value.length);
            field.dispatchEvent(new Event('input', { bubbles: true }));
          } else {
            const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
            let last: Text | null = null;
            while (walker.nextNode()) last = walker.currentNode as Text;
            last?.appendData(' Thanks.');
          }
          const box = scroller ? document.querySelector(scroller)! : document.documentElement;
          if (scroller) box.scrollTop = box.scrollHeight;
          else window.scrollTo(0, box.scrollHeight);
        },
        [editor, scroller] as const,
      );
      await expect.poll(drawnNotes, poll).toContain(80);
      expect(await drawnNotes()).not.toContain(1);
      // the flag list is not limited to the screen
      await page.focus(editor);
      await page.keyboard.press('Alt+l');
      const list = overlay(page, '.flag-list[role=dialog]');
      await list.waitFor({ timeout: TIMEOUT });
      expect(await list.locator('[role=option]').count()).toBe(80);
      await page.close();
    });
  }
});

describe('the service worker', () => {
  it('keeps coaching after Chromium stops it (MV3 stops idle workers)', async () => {
    const c = PLAIN.find((e) => e.page === 'contenteditable.html')!;
    const { page } = await typeInto(c, TYPED);
    await expect.poll(() => highlighted(page, BLAME), poll).toEqual(['The warehouse messed up']);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.keyboard.press('End');
    await page.keyboard.type(' Calm down, I guarantee it arrives tomorrow.');
    await expect.poll(() => highlighted(page, STOP), poll).toEqual(['calm down', 'Calm down']);
    await expect.poll(() => highlighted(page, 'tactful-overpromise'), poll).toHaveLength(1);
    await page.close();
  });
});

describe('the flag list, the live region, the picker shortcut and ignoring', () => {
  const c = PLAIN.find((e) => e.page === 'contenteditable.html')!;

  it('announces new flags politely, once the agent pauses', async () => {
    const { page } = await typeInto(c, TYPED);
    const live = overlay(page, '[aria-live=polite]');
    await expect
      .poll(() => live.textContent(), { timeout: 5000 })
      .toBe('Tactful: 2 new flags — Stop-phrase, Blame-shifting');
    await page.close();
  });

  it('Alt+L lists every flag; Enter moves the caret to one and opens its card', async () => {
    const { page } = await typeInto(c, TYPED);
    await expect.poll(() => highlighted(page, BLAME), poll).toHaveLength(1);
    await page.keyboard.press('Alt+l');
    const list = overlay(page, '.flag-list[role=dialog]');
    await list.waitFor({ timeout: TIMEOUT });
    expect(await list.locator('[role=option]').count()).toBe(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const card = overlay(page, '.card[role=dialog]');
    await card.waitFor({ timeout: TIMEOUT });
    expect(await card.textContent()).toContain('Blame-shifting');
    await page.keyboard.press('Escape');
    expect(await caretOffset(page, c.editor)).toBe(TYPED.indexOf('The warehouse'));
    await page.close();
  });

  // Every composer but these: ProseMirror's history (Intercom, Chatwoot, Zammad) joins edits
  // next to each other less than 500 ms apart and Quill's less than 1 s apart, and a content
  // script cannot close their group (this test passed in ProseMirror only while its fix ended
  // in the flag's own last words, so the typing did not touch the changed text; see README);
  // the Froala and Redactor skeletons' own input listener makes every key an undo step of its
  // own in Chromium even without Tactful, so one Ctrl+Z takes less than the typing there.
  // CKEditor 5 gets fixes as a paste: its typed text gathers the next words until the selection moves.
  const JOINING = ['prosemirror.html', 'intercom.html', 'chatwoot.html', 'zammad.html', 'quill.html'];
  const KEY_BY_KEY = ['freshdesk.html', 'osticket.html', 'osticket-legacy.html'];
  const UNDO_EDITORS = EDITORS.map((e) => e.page).filter((p) => !JOINING.includes(p) && !KEY_BY_KEY.includes(p));
  for (const ed of EDITORS.filter((e) => UNDO_EDITORS.includes(e.page) && !e.reader)) {
    it(`typing after a fix is an undo step of its own: one Ctrl+Z takes only the typing (${ed.page})`, async () => {
      const draft = "We are sorry. I don't know where your order is.";
      const { page, frame } = await typeInto(ed, draft);
      await expect.poll(() => highlighted(frame, STOP), poll).toHaveLength(1);
      await caretAt(page, draft.indexOf('know') + 2);
      await page.keyboard.press('Alt+Enter');
      const card = overlay(page, '.card[role=dialog]');
      await card.waitFor({ timeout: TIMEOUT });
      expect(await card.locator('[role=option]').first().textContent()).toContain("I'll find out");
      await page.keyboard.press('Enter');
      await expect.poll(() => readModel(page), poll).not.toContain("don't know");
      await expect.poll(() => card.count(), poll).toBe(0);
      const fixed = await readModel(page);
      // (the agent reads the fix first: a key pressed as it lands is theirs, and its caret stays)
      await page.waitForTimeout(150);
      await page.keyboard.type(' Thanks');
      await expect.poll(() => readModel(page), poll).toContain('Thanks');
      await page.keyboard.press('Control+z');
      await expect.poll(() => readModel(page), poll).toBe(fixed);
      await page.close();
    });
  }

  // CKEditor 5 takes fixes as a paste (composer/insert/chain.ts); a pasted single line of
  // plain text must still take the replaced words' formatting, as typing over them would
  const CKEDITORS = ['ckeditor.html', 'zendesk.html'];
  for (const ed of EDITORS.filter((e) => CKEDITORS.includes(e.page))) {
    it(`a fix in bold text stays bold, and one Ctrl+Z brings the bold words back (${ed.page})`, async () => {
      const draft = "We are sorry. I don't know where your order is.";
      const { page } = await typeInto(ed, draft);
      await expect.poll(() => highlighted(page, STOP), poll).toHaveLength(1);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Control+b');
      const html = () =>
        page.evaluate(() => (window.fixture as unknown as { editor: { getData(): string } }).editor.getData());
      await expect.poll(html, poll).toContain("<strong>We are sorry. I don't know where your order is.</strong>");
      const before = await html();
      await caretAt(page, draft.indexOf('know') + 2);
      await page.keyboard.press('Alt+Enter');
      const card = overlay(page, '.card[role=dialog]');
      await card.waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('Enter');
      await expect.poll(html, poll).toContain("<strong>We are sorry. I'll find out where your order is.</strong>");
      await page.keyboard.press('Control+z');
      await expect.poll(html, poll).toBe(before);
      await page.close();
    });
  }

  // two stop-phrases side by side are one problem: one flag whose replacement is both parts'
  // own, joined by the agent's words between (phrasebank/check.ts, mergeByCategory)
  const SIDE_BY_SIDE = ['textarea.html', 'prosemirror.html', 'ckeditor.html', 'quill.html', 'lexical.html'];
  for (const ed of EDITORS.filter((e) => SIDE_BY_SIDE.includes(e.page) && !e.reader)) {
    it(`side-by-side stop-phrases are one flag, fixed whole with one Enter, back with one Ctrl+Z (${ed.page})`, async () => {
      const draft = "I don't know, you must wait for the refund.";
      const { page, frame } = await typeInto(ed, draft);
      await expect.poll(() => highlighted(frame, STOP), poll).toEqual(["I don't know, you must"]);
      const before = await readModel(page);
      await caretAt(page, 3);
      await page.keyboard.press('Alt+Enter');
      const card = overlay(page, '.card[role=dialog]');
      await card.waitFor({ timeout: TIMEOUT });
      expect(await card.locator('[role=option]').first().textContent()).toContain("I'll find out, please");
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => normalize(await readModel(page)), poll)
        .toContain("I'll find out, please wait for the refund.");
      await page.keyboard.press('Control+z');
      await expect.poll(() => readModel(page), poll).toBe(before);
      await page.close();
    });
  }

  const RICH = ['ckeditor.html', 'zendesk.html', 'prosemirror.html', 'quill.html', 'tinymce.html', 'lexical.html'];
  for (const rich of EDITORS.filter((e) => RICH.includes(e.page) && !e.reader)) {
    it(`a module of several lines goes in as one edit: one Ctrl+Z takes it away (${rich.page})`, async () => {
      const { page } = await typeInto(rich, 'Thanks. ');
      const picker = overlay(page, '.picker[role=dialog]');
      // the trigger and the filter in one go: the picker has the focus before the next key
      await page.keyboard.type(`${TRIGGER}what happens next`);
      await picker.waitFor({ timeout: TIMEOUT });
      await expect
        .poll(() => picker.locator('[role=option]').first().textContent(), poll)
        .toContain('What happens next');
      await page.keyboard.press('Enter');
      await fillAskedVariables(picker, 'Friday', TIMEOUT);
      await expect.poll(() => readModel(page), poll).toContain('I’ll confirm everything'.replace('’', "'"));
      expect(await readModel(page)).toMatch(/happens next:\s*\n/);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => normalize(await readModel(page)), poll).toBe(`Thanks. ${TRIGGER}`);
      await page.close();
    });
  }

  it('Alt+; opens the picker; a cancelled ";;" stays as typed', async () => {
    const { page } = await typeInto(c, 'Thanks. ');
    await page.keyboard.press('Alt+;');
    const picker = overlay(page, '.picker[role=dialog]');
    await picker.waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    expect(await picker.count()).toBe(0);
    await page.keyboard.type(TRIGGER);
    await picker.waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    await page.keyboard.type('ok');
    expect(normalize(await readModel(page))).toBe(`Thanks. ${TRIGGER}ok`);
    await page.close();
  });

  it('"Ignore this rule on this site" hides the rule here, also after a reload', async () => {
    try {
      const { page } = await typeInto(c, TYPED);
      await expect.poll(() => highlighted(page, STOP), poll).toHaveLength(1);
      await caretAt(page, TYPED.indexOf('calm down') + 2);
      await page.keyboard.press('Alt+Enter');
      await overlay(page, '.card').getByRole('button', { name: 'Ignore this rule on this site' }).click();
      await expect.poll(() => highlighted(page, STOP), poll).toEqual([]);
      expect(await highlighted(page, BLAME)).toHaveLength(1);
      await page.reload();
      await page.waitForFunction(() => window.fixture !== undefined);
      await page.click(c.editor);
      await page.keyboard.type(TYPED);
      await expect.poll(() => highlighted(page, BLAME), poll).toHaveLength(1);
      expect(await highlighted(page, STOP)).toEqual([]);
      await page.close();
    } finally {
      // the profile is shared by every test: forget the ignored rule
      await browser.inWorker(() =>
        (
          globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }
        ).chrome.storage.sync.clear(),
      );
    }
  });
});
