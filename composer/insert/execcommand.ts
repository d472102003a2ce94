/**
 * Strategy 2: select the span and `execCommand('insertText')` in the editor's own document.
 * The browser edits the DOM as typing would and records a native undo step; ProseMirror
 * reads the mutation into its model. TinyMCE records an undo level only for some `input`
 * events (a replacement, not typing), so one such event follows the command; and as it
 * keeps typing in an open level until then, one goes before it too.
 */
import { TINYMCE_BODY_SELECTOR } from '../selectors';
import { type DraftEdit, type EditTarget, type InsertStrategy, type InsertTiming, isTextarea } from './edit';
import { selectSpan } from './selection';

export const execCommandStrategy: InsertStrategy = {
  name: 'execcommand',
  accepts: (field) => !isTextarea(field),
  async attempt(target: EditTarget, edit: DraftEdit, timing: InsertTiming): Promise<boolean> {
    const { field } = target;
    if (!(await selectSpan(target, edit.start, edit.end, timing))) return false;
    const doc = field.ownerDocument;
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const InputEventCtor = view?.InputEvent ?? InputEvent;
    const replaced = () =>
      field.dispatchEvent(
        new InputEventCtor('input', { inputType: 'insertReplacementText', data: null, bubbles: true }),
      );
    if (field.closest(TINYMCE_BODY_SELECTOR)) replaced();
    const done = edit.text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, edit.text);
    if (done) replaced();
    // execCommand cannot be claimed: the change, if any, is already in the DOM
    return false;
  },
};
