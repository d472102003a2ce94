/**
 * Moving the selection onto the span an edit replaces, and the caret afterwards, through
 * the session's text model; then waiting until the editor has seen the new selection.
 */
import { caretOffsets, hasFocus, selectRange } from '../caret';
import type { TextModel } from '../text-model';
import { delay, type EditTarget, type InsertTiming, isTextarea } from './edit';

/** Focuses the field (the iframe's own document when the editor lives in one). */
export function focusField(field: HTMLElement) {
  if (hasFocus(field)) return;
  field.ownerDocument.defaultView?.focus();
  field.focus({ preventScroll: true });
}

function selectionChange(field: HTMLElement, ms: number): Promise<void> {
  return new Promise((done) => {
    const doc = field.ownerDocument;
    const finish = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', finish, true);
      field.removeEventListener('selectionchange', finish, true);
      done();
    };
    const timer = setTimeout(finish, ms);
    doc.addEventListener('selectionchange', finish, true);
    field.addEventListener('selectionchange', finish, true);
  });
}

/** Editors sync their model from `selectionchange`; an edit made before that lands elsewhere. */
export async function waitForEditor(field: HTMLElement, timing: InsertTiming) {
  await selectionChange(field, timing.selectionChangeMs);
  await delay(timing.selectionSettleMs);
}

/**
 * Selects text[start, end) in the field. A selection already covering exactly those
 * offsets is kept as it is (a caret on an empty line has no text position to rebuild).
 */
export async function selectSpan(
  target: EditTarget,
  start: number,
  end: number,
  timing: InsertTiming,
): Promise<boolean> {
  const { field } = target;
  focusField(field);
  if (isTextarea(field)) {
    if (field.selectionStart === start && field.selectionEnd === end) return true;
    field.setSelectionRange(start, end);
    await waitForEditor(field, timing);
    return true;
  }
  const model = target.read();
  const current = caretOffsets(field, model);
  if (current && current.start === start && current.end === end) return true;
  const range = model.toRange(start, end);
  if (!range) return false;
  selectRange(field, range);
  await waitForEditor(field, timing);
  return true;
}

/** Puts a collapsed caret at a model offset. */
export function placeCaret(field: HTMLElement, model: TextModel, offset: number) {
  if (isTextarea(field)) {
    field.setSelectionRange(offset, offset);
    return;
  }
  const range = model.toRange(offset, offset);
  if (range) selectRange(field, range);
}
