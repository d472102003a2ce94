/**
 * Strategy 2: select the span and `execCommand('insertText')` in the editor's own document.
 * The browser edits the DOM as typing would and records a native undo step; ProseMirror
 * reads the mutation into its model. TinyMCE records an undo level only for some `input`
 * events (a replacement, not typing), so one such event follows the command.
 */
import { type DraftEdit, type EditTarget, type InsertStrategy, type InsertTiming, isTextarea } from './edit';
import { selectSpan } from './selection';

export const execCommandStrategy: InsertStrategy = {
  name: 'execcommand',
  accepts: (field) => !isTextarea(field),
  async attempt(target: EditTarget, edit: DraftEdit, timing: InsertTiming): Promise<boolean> {
    const { field } = target;
    if (!(await selectSpan(target, edit.start, edit.end, timing))) return false;
    const doc = field.ownerDocument;
    const done = edit.text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, edit.text);
    if (done) {
      const view = doc.defaultView as (Window & typeof globalThis) | null;
      const InputEventCtor = view?.InputEvent ?? InputEvent;
      field.dispatchEvent(
        new InputEventCtor('input', { inputType: 'insertReplacementText', data: null, bubbles: true }),
      );
    }
    // execCommand cannot be claimed: the change, if any, is already in the DOM
    return false;
  },
};
