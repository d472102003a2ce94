/**
 * The per-editor walk-through (type, Alt+Enter, Enter, Ctrl+Z, picker) and what it must
 * produce, worked out from the bundled English bank. The Chromium coaching matrix
 * (Playwright) and the Firefox one (puppeteer over WebDriver BiDi) run this one walk-through
 * through a small driver each, so both browsers are held to the same steps and text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { Engine } from '../../phrasebank/check';
import { compileBank } from '../../phrasebank/compile/compile';
import { defaultForms } from '../../phrasebank/compile/english-forms';
import type { Bank, PhraseModule } from '../../phrasebank/types';
import type { EditorCase } from './editor-cases';

const ROOT = resolve(import.meta.dirname, '../..');

/** the draft every walk-through types: one stop-phrase, one blame-shift */
export const TYPED = 'Please calm down. The warehouse messed up your order.';
export const TRIGGER = ';;'; // settings.pickerTrigger's default
export const STOP = 'tactful-stop-phrase';
export const BLAME = 'tactful-blame-shift';

const bank = JSON.parse(readFileSync(resolve(ROOT, 'phrasebank/banks/en.json'), 'utf8')) as Bank;
// compiled here, as the build does: the same rules, whatever state phrasebank/compiled/ is in
const engine = new Engine([compileBank(bank, { forms: defaultForms })]);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A module's text with fallbacks for its variables and no {cursor}, as Enter would insert it. */
const withFallbacks = (text: string) =>
  text
    .replace(/\{cursor\}/g, '')
    .replace(/\{[\w.]+\|([^{}]*)\}/g, '$1')
    .trim();

/** The draft after Alt+Enter, Enter on "calm down": the rule's first replacement, else its first module. */
export function expectedFix(): { fixed: string; option: string } {
  const finding = engine.check(TYPED, 'en').find((f) => f.text.toLowerCase().includes('calm down'));
  if (!finding) throw new Error('the bundled English bank does not flag "calm down"');
  const rule = bank.rules.find((r) => r.id === finding.ruleId)!;
  const replacement = rule.replacements?.[0];
  if (replacement) {
    const text = finding.start === 0 ? capitalise(replacement) : replacement;
    return { fixed: TYPED.slice(0, finding.start) + text + TYPED.slice(finding.end), option: replacement };
  }
  const module = (rule.modules ?? []).map((id) => bank.modules.find((m) => m.id === id)).find(Boolean);
  if (!module) throw new Error(`${rule.id} has neither a replacement nor a module`);
  if (/\{(?!cursor)[\w.]+\}/.test(module.text)) throw new Error(`${module.id} needs a variable without fallback`);
  // "Please calm down." is the flag and one filler word: the module takes the sentence's place
  return {
    fixed: `${capitalise(withFallbacks(module.text))} ${TYPED.slice(TYPED.indexOf('.') + 2)}`,
    option: module.title,
  };
}

/** The picker's module: a one-line module with the customer's name in it. */
export const PICKED = bank.modules.find(
  (m) => !m.text.includes('\n') && m.text.includes('{customer.name'),
) as PhraseModule;
/** what the agent types into the picker's form, by variable */
export const FORM_VALUES: Record<string, string> = {
  'customer.name': 'Anna',
  'agent.name': 'Bob',
  'company.name': 'Acme',
};

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The module as inserted: asked variables hold the typed values, the page's own ones anything. */
export function pickedPattern(asked: Record<string, string>): string {
  const literal = (s: string) => escapeRegExp(s.replace(/\s+/g, ' '));
  let out = '';
  let last = 0;
  for (const m of PICKED.text.matchAll(/\{([\w.]+)(?:\|([^{}]*))?\}/g)) {
    out += literal(PICKED.text.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    if (m[1] === 'cursor') continue;
    out += m[1] in asked ? escapeRegExp(asked[m[1]]) : '.+?';
  }
  return `${out}${literal(PICKED.text.slice(last))}`.replace(/ +$/, '');
}

export const normalize = (text: string) =>
  text
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

// ---- the per-editor table both matrices print ----

/** One editor's outcome per step: 'ok', 'not run' or 'FAIL: <first line of the error>'. */
export interface Row {
  highlight: string;
  fix: string;
  undo: string;
  picker: string;
}

const newRow = (): Row => ({ highlight: 'not run', fix: 'not run', undo: 'not run', picker: 'not run' });

/** The table's label of a composer case: the page, and the field when the page has several. */
const labelOf = (c: { page: string; editor: string; reader?: string }) => (c.reader ? `${c.page} ${c.editor}` : c.page);

/** Runs one step of the walk-through and notes its outcome in the row; false when it failed. */
export async function step(row: Row, key: keyof Row, run: () => Promise<void>): Promise<boolean> {
  try {
    await run();
    row[key] = 'ok';
    return true;
  } catch (error) {
    row[key] = `FAIL: ${String((error as Error).message ?? error)
      .split('\n')[0]
      .slice(0, 90)}`;
    return false;
  }
}

/** The rows as a Markdown table (what the closing notes quote). */
export function tableOf(rows: Map<string, Row>): string {
  const lines = [...rows].map(([label, r]) => `| ${label} | ${r.highlight} | ${r.fix} | ${r.undo} | ${r.picker} |`);
  return ['| editor | highlight | fix | undo | picker |', '| --- | --- | --- | --- | --- |', ...lines].join('\n');
}

/** In the page (passed to evaluate): whether an editable, through open shadow roots, has the focus. */
export function editorHasFocus(): boolean {
  // an iframe keeps its active element while the page around it has the focus
  if (window.frameElement && window.parent.document.activeElement !== window.frameElement) return false;
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return !!active && ((active as HTMLElement).isContentEditable || active.tagName === 'TEXTAREA');
}

// ---- the walk-through itself ----

/** the extension's two dialogs, in its overlay in the page */
export type Dialog = 'card' | 'picker';

/** One composer page in one browser, as the walk-through drives it. */
export interface ComposerPage {
  /** the editor's text (its own model) before the walk-through typed anything */
  before: string;
  /** texts of the ranges in the field's document's highlight `name` */
  highlighted(name: string): Promise<string[]>;
  /** the editor's text as its own model holds it */
  readModel(): Promise<string>;
  /** the caret `offset` characters after the draft's start */
  caretAt(offset: number): Promise<void>;
  press(key: 'Alt+Enter' | 'Enter' | 'Control+z'): Promise<void>;
  type(text: string): Promise<void>;
  waitForDialog(dialog: Dialog): Promise<void>;
  dialogIsOpen(dialog: Dialog): Promise<boolean>;
  /** the text of the dialog's first option ('' while it has none) */
  firstOption(dialog: Dialog): Promise<string>;
  /** whether the picker's filter box has the focus */
  pickerFilterFocused(): Promise<boolean>;
  /** fills the inputs the picker asks for after Enter (FORM_VALUES), submits; returns what it asked */
  fillPickerForm(): Promise<Record<string, string>>;
  /** whether an editable has the focus in the field's document (see editorHasFocus) */
  editorHasFocus(): Promise<boolean>;
  close(): Promise<void>;
  /** extra checks once the card is open (Chromium: it sits next to its flag) */
  checkPlacement?(): Promise<void>;
}

/** Opens a fresh page of the composer, readies it, clicks into the field at its start and types `text`. */
export type OpenComposer = (text: string) => Promise<ComposerPage>;

const TIMEOUT = 8000; // generous: a loaded CI machine delays the typing pause and the fix
const poll = { timeout: TIMEOUT, interval: 100 };

/**
 * Types TYPED → both flags highlighted with the exact text; Alt+Enter, Enter on "calm down"
 * → the editor's model holds the fix, the rest intact; one Ctrl+Z → the draft exactly; the
 * picker (TRIGGER) inserts PICKED with its variables filled. Notes each step in `row`.
 */
async function walkThrough(open: OpenComposer, row: Row): Promise<void> {
  const { fixed, option } = expectedFix();
  const page = await open(TYPED);
  let typed = '';
  const highlightOk = await step(row, 'highlight', async () => {
    await expect.poll(() => page.highlighted(STOP), poll).toEqual([expect.stringContaining('calm down')]);
    await expect.poll(() => page.highlighted(BLAME), poll).toEqual([expect.stringContaining('warehouse')]);
    typed = await page.readModel();
  });

  const fixOk =
    highlightOk &&
    (await step(row, 'fix', async () => {
      await page.caretAt(TYPED.indexOf('calm down') + 2);
      await page.press('Alt+Enter');
      await page.waitForDialog('card');
      await expect.poll(() => page.firstOption('card'), poll).toContain(option);
      await page.checkPlacement?.();
      await page.press('Enter');
      await expect.poll(async () => normalize(await page.readModel()), poll).toBe(normalize(`${fixed} ${page.before}`));
      expect(await page.dialogIsOpen('card')).toBe(false);
    }));

  if (fixOk) {
    await step(row, 'undo', async () => {
      // the card gives focus back to the editor; Ctrl+Z before that would go nowhere
      await expect.poll(() => page.editorHasFocus(), poll).toBe(true);
      await page.press('Control+z');
      // exactly the text before the fix, as the editor's own model holds it
      await expect.poll(() => page.readModel(), { ...poll, interval: 250 }).toBe(typed);
    });
  }
  await page.close();

  await step(row, 'picker', async () => {
    const p = await open('Thanks. ');
    // the trigger and the filter in one go, as a fast typist does: no letter may land in the draft
    await p.type(`${TRIGGER}${PICKED.title}`);
    await p.waitForDialog('picker');
    expect(await p.pickerFilterFocused()).toBe(true);
    await expect.poll(() => p.firstOption('picker'), poll).toContain(PICKED.title);
    await p.press('Enter');
    const asked = await p.fillPickerForm();
    const original = p.before.trim() ? ` ${escapeRegExp(normalize(p.before))}` : '';
    const pattern = new RegExp(`^Thanks\\. ${pickedPattern(asked)}${original}$`);
    await expect.poll(async () => normalize(await p.readModel()), poll).toMatch(pattern);
    expect(Object.keys(asked)).toContain('agent.name'); // asked inline: no page knows the agent
    await p.close();
  });
}

/** Fails unless every step is ok; a failed row is logged first, since a retry overwrites the table's row. */
function expectEveryStepOk(label: string, row: Row): void {
  const ok: Row = { highlight: 'ok', fix: 'ok', undo: 'ok', picker: 'ok' };
  if (JSON.stringify(row) !== JSON.stringify(ok)) console.warn(`walk-through in ${label}: ${JSON.stringify(row)}`);
  expect(row).toEqual(ok);
}

/**
 * One test per composer case, each the whole walk-through through `open` (the browser's
 * ComposerPage), its outcome noted in `table` for the caller to print.
 */
export function walkThroughEach(
  cases: EditorCase[],
  table: Map<string, Row>,
  open: (c: EditorCase, text: string) => Promise<ComposerPage>,
): void {
  for (const c of cases) {
    it(`fixes, undoes and inserts a phrase module in ${labelOf(c)}`, async () => {
      const row = newRow();
      table.set(labelOf(c), row);
      await walkThrough((text) => open(c, text), row);
      expectEveryStepOk(labelOf(c), row);
    });
  }
}
