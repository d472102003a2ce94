/**
 * Strategy for <textarea>: select the span and `execCommand('insertText')`, which keeps the
 * browser's native undo stack (one Ctrl+Z); where that is unavailable, `setRangeText` and
 * an `input` event so frameworks see the new value.
 */
import { type DraftEdit, type EditTarget, type InsertStrategy, type InsertTiming, isTextarea } from './edit';
import { selectSpan } from './selection';

export const textareaStrategy: InsertStrategy = {
  name: 'textarea',
  accepts: isTextarea,
  async attempt(target: EditTarget, edit: DraftEdit, timing: InsertTiming): Promise<boolean> {
    const field = target.field as HTMLTextAreaElement;
    await selectSpan(target, edit.start, edit.end, timing);
    const before = field.value;
    const doc = field.ownerDocument;
    if (edit.text === '') doc.execCommand('delete', false);
    else doc.execCommand('insertText', false, edit.text);
    // fall back only when the command did nothing, so the text is never changed twice
    if (field.value === before) {
      field.setRangeText(edit.text, edit.start, edit.end, 'end');
      const caret = edit.start + edit.text.length;
      field.setSelectionRange(caret, caret);
      const view = doc.defaultView as (Window & typeof globalThis) | null;
      const InputEventCtor = view?.InputEvent ?? InputEvent;
      field.dispatchEvent(
        new InputEventCtor('input', { inputType: 'insertReplacementText', data: edit.text, bubbles: true }),
      );
    }
    return false;
  },
};
