/**
 * Every composer fixture the e2e specs drive, and how: shared by the highlight matrix
 * (editors.e2e.test.ts) and the coaching matrix (coaching.e2e.test.ts).
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FixtureApi } from './fixtures/src/fixture-api';

export interface EditorCase {
  page: string;
  /** the editable to click into (Playwright CSS: pierces open shadow roots) */
  editor: string;
  /** the iframe the editable lives in (TinyMCE) */
  frame?: string;
  /** what to do before the editable exists (click Reply) */
  prepare?: (page: Page) => Promise<void>;
  /** the window.fixture method that reads this editor's model, if not getText */
  reader?: 'getNoteText';
}

export const EDITORS: EditorCase[] = [
  { page: 'textarea.html', editor: '#reply' },
  { page: 'contenteditable.html', editor: '#editor' },
  { page: 'contenteditable.html', editor: '#note', reader: 'getNoteText' },
  { page: 'prosemirror.html', editor: '#editor' },
  { page: 'ckeditor.html', editor: '.ck-editor__editable' },
  { page: 'quill.html', editor: '.ql-editor' },
  { page: 'tinymce.html', editor: 'body#tinymce', frame: 'iframe.tox-edit-area__iframe' },
  { page: 'lexical.html', editor: '#editor' },
  { page: 'shadow-root.html', editor: 'reply-box .editor' },
  { page: 'gmail.html', editor: '[id=":r1"]' },
  { page: 'outlook.html', editor: '[aria-label^="Message body"]' },
  { page: 'zendesk.html', editor: '[data-test-id="omnicomposer-rich-text-ckeditor"] .ck-editor__editable' },
  { page: 'intercom.html', editor: '.embercom-prosemirror-composer .ProseMirror' },
  { page: 'chatwoot.html', editor: '.editor-root .ProseMirror' },
  { page: 'freshdesk.html', editor: '.fr-element' },
  { page: 'osticket.html', editor: '.redactor-in' },
  { page: 'osticket-legacy.html', editor: '.redactor-editor' },
  { page: 'helpscout.html', editor: '[data-slate-editor]' },
  { page: 'front.html', editor: '[data-testid="composer-editor"] [role=textbox]' },
  { page: 'zammad.html', editor: '[data-test-id="field-editor"] .ProseMirror' },
  { page: 'zammad-legacy.html', editor: '.richtext-content' },
  {
    page: 'late-composer.html',
    editor: '#late-reply',
    prepare: async (page) => {
      await page.click('#reply-button');
      await page.waitForSelector('#late-reply', { timeout: 2000 });
    },
  },
];

/** The document the editable lives in: the page, or its iframe (TinyMCE). */
export async function editorFrame(page: Page, c: EditorCase): Promise<Frame | Page> {
  if (!c.frame) return page;
  const frame = await (await page.waitForSelector(c.frame)).contentFrame();
  if (!frame) throw new Error(`${c.frame} has no content frame`);
  await frame.waitForSelector(c.editor);
  return frame;
}

/** The editor's own model text, through the page's window.fixture. */
export const readModel = (page: Page, reader: EditorCase['reader'] = undefined) =>
  page.evaluate((method) => {
    const api = window.fixture as FixtureApi & Record<string, () => string>;
    return api[method ?? 'getText']();
  }, reader);

/** The text of every Range registered under a highlight name, read in that document's own world. */
export function highlighted(frame: Frame | Page, name: string): Promise<string[]> {
  return frame.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
}

/**
 * Gets the page's editor ready (prepare, iframe), notes the model text, clicks into the
 * editable, puts the caret at the draft's start and types like an agent.
 */
export async function typeAtStart(
  page: Page,
  c: EditorCase,
  text: string,
): Promise<{ frame: Frame | Page; before: string }> {
  await c.prepare?.(page);
  const frame = await editorFrame(page, c);
  const before = await readModel(page, c.reader);
  await frame.locator(c.editor).first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text);
  return { frame, before };
}

/** After Enter in the phrase picker: the variables it then asks for, if any, filled with `value` and sent. */
export async function fillAskedVariables(picker: Locator, value: string, timeout: number) {
  const inputs = picker.locator('form.variables input');
  await expect
    .poll(async () => (await picker.count()) === 0 || (await inputs.count()) > 0, { timeout, interval: 100 })
    .toBe(true);
  if ((await picker.count()) === 0) return;
  for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill(value);
  await inputs.last().press('Enter');
}
