/**
 * The insertion chain: tries each strategy in turn and re-reads the editor's text after
 * each attempt. Unchanged → the next strategy; changed as expected → done (caret placed);
 * changed otherwise → stop and report, so an edit is never applied twice.
 */
import { caretOffsets } from '../caret';
import { beforeInputStrategy } from './beforeinput';
import {
  type DraftEdit,
  delay,
  type EditTarget,
  expectedText,
  INSERT_TIMING,
  type InsertStrategy,
  type InsertTiming,
} from './edit';
import { execCommandStrategy } from './execcommand';
import { pasteStrategy } from './paste';
import { keysPressed } from '../keyboard';
import { CKEDITOR_EDITABLE_SELECTOR } from '../selectors';
import { placeCaret } from './selection';
import { textareaStrategy } from './textarea';

export const STRATEGIES: readonly InsertStrategy[] = [
  textareaStrategy,
  beforeInputStrategy,
  execCommandStrategy,
  pasteStrategy,
];

export type InsertFailure =
  /** the draft no longer holds the text the edit was made for */
  | 'stale'
  /** no strategy changed the text */
  | 'unchanged'
  /** the editor claimed the edit but the text did not change in time */
  | 'claimed-unchanged'
  /** the text changed, but not into the expected result */
  | 'unexpected'
  /** the edit showed and went while the agent pressed keys (e.g. Ctrl+Z as soon as it showed) */
  | 'interrupted';

export type InsertResult = { ok: true; strategy: string } | { ok: false; reason: InsertFailure; strategy?: string };

// Editors write non-breaking spaces for typed spaces; line breaks differ between editors'
// empty lines. Neither is a change the agent would see.
const visible = (text: string) => text.replace(/\u00a0/g, ' ');
const loose = (text: string) => visible(text).replace(/\s+/g, ' ').trim();

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Polls the text until it differs from `before` or `ms` pass; lets a seen change settle.
 * `seen`: a read differed from `before`, even if the text is back as it was by the end.
 */
async function readAfter(target: EditTarget, before: string, ms: number): Promise<{ now: string; seen: boolean }> {
  const started = Date.now();
  let now = target.read().text;
  while (visible(now) === visible(before) && Date.now() - started < ms) {
    await delay(16);
    now = target.read().text;
  }
  const seen = visible(now) !== visible(before);
  if (seen) {
    // a re-render may still be on its way (Lexical reconciles in a microtask)
    await delay(Math.min(16, ms));
    now = target.read().text;
  }
  return { now, seen };
}

/**
 * The chain for this field: CKEditor 5 pastes first. Its paste is one undo step of its own,
 * while its beforeinput is one step per line, and typing goes on adding to the step of the
 * text it typed last until the selection moves (so the agent's next words would go with the
 * fix). A pasted line takes the replaced words' formatting (e2e).
 */
export function strategiesFor(field: HTMLElement, strategies: readonly InsertStrategy[]) {
  if (!field.closest(CKEDITOR_EDITABLE_SELECTOR)) return strategies;
  return [...strategies.filter((s) => s === pasteStrategy), ...strategies.filter((s) => s !== pasteStrategy)];
}

/**
 * Applies `edit` through the first strategy the editor accepts. `replaces`, when given,
 * is the text the span must still hold.
 */
export async function insertWithChain(
  target: EditTarget,
  edit: DraftEdit & { replaces?: string },
  strategies: readonly InsertStrategy[] = STRATEGIES,
  timing: InsertTiming = INSERT_TIMING,
): Promise<InsertResult> {
  const before = target.read().text;
  if (edit.replaces !== undefined && before.slice(edit.start, edit.end) !== edit.replaces) {
    return { ok: false, reason: 'stale' };
  }
  const expected = expectedText(before, edit);
  // An edit that showed and went means the editor refused it, unless the agent pressed a key
  // meanwhile: a Ctrl+Z as soon as the edit showed (QA, under load: the next strategy then
  // applied the fix again over the agent's undo).
  const view = target.field.ownerDocument.defaultView;
  const keys = keysPressed(view);
  for (const strategy of strategiesFor(target.field, strategies)) {
    if (!strategy.accepts(target.field)) continue;
    const claimed = await strategy.attempt(target, edit, timing);
    const { now, seen } = await readAfter(target, before, claimed ? timing.claimedMs : timing.settleMs);
    if (visible(now) === visible(before)) {
      // a claimed edit may still arrive: trying another strategy could apply it twice
      if (claimed) return { ok: false, reason: 'claimed-unchanged', strategy: strategy.name };
      if (seen && keysPressed(view) !== keys) return { ok: false, reason: 'interrupted', strategy: strategy.name };
      continue;
    }
    if (visible(now) !== visible(expected) && loose(now) !== loose(expected)) {
      return { ok: false, reason: 'unexpected', strategy: strategy.name };
    }
    // a key the agent pressed meanwhile has put the caret where they want it
    if (keysPressed(view) === keys) settleCaret(target, before, now, edit);
    return { ok: true, strategy: strategy.name };
  }
  return { ok: false, reason: 'unchanged' };
}

/** The caret goes after the inserted text, or to the module's `{cursor}`. */
function settleCaret(target: EditTarget, before: string, now: string, edit: DraftEdit) {
  // where the editor really put the text (an empty line's offset can differ by its break)
  const start = Math.min(commonPrefix(visible(before), visible(now)), edit.start);
  const want = start + (edit.caret ?? edit.text.length);
  const model = target.read();
  // the text changed since the edit showed (the agent typed): moving the caret now would put
  // their next words before the ones they just typed
  if (visible(model.text) !== visible(now)) return;
  const at = caretOffsets(target.field, model);
  // the caret is set even where it already is: that ends the browser's typing step, or the
  // agent's next keystrokes would join the edit's undo step (one Ctrl+Z took both: e2e in a
  // textarea and a plain contenteditable). Not in CKEditor 5, where moving it raced with
  // the agent's typing (and its paste is a step of its own anyway).
  if (at && at.start === want && at.end === want && target.field.closest(CKEDITOR_EDITABLE_SELECTOR)) return;
  placeCaret(target.field, model, want);
}
