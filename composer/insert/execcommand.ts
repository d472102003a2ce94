/**
 * Strategy 2: select the span and `execCommand('insertText')` in the editor's own document.
 * The browser edits the DOM as typing would and records a native undo step; ProseMirror
 * reads the mutation into its model. TinyMCE records an undo level only for some `input`
 * events (a replacement, not typing), so one such event comes before the command (closing
 * the level of what the agent typed since the last one: else the words typed while a fix
 * waited went with the fix) and one after it (the fix's own level).
 */
import { type DraftEdit, type EditTarget, type InsertStrategy, type InsertTiming, isTextarea } from './edit';
import { selectSpan } from './selection';

/** The `input` event TinyMCE takes as an edit that is not typing: it records an undo level. */
function replacementInput(field: HTMLElement) {
  const view = field.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const InputEventCtor = view?.InputEvent ?? InputEvent;
  field.dispatchEvent(new InputEventCtor('input', { inputType: 'insertReplacementText', data: null, bubbles: true }));
}

export const execCommandStrategy: InsertStrategy = {
  name: 'execcommand',
  accepts: (field) => !isTextarea(field),
  async attempt(target: EditTarget, edit: DraftEdit, timing: InsertTiming): Promise<boolean> {
    const { field } = target;
    if (!(await selectSpan(target, edit.start, edit.end, timing))) return false;
    const doc = field.ownerDocument;
    replacementInput(field);
    const done = edit.text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, edit.text);
    if (done) replacementInput(field);
    // execCommand cannot be claimed: the change, if any, is already in the DOM
    return false;
  },
};
