/**
 * Strategy 3: a synthetic `paste` carrying text/plain. Rich editors take over paste
 * themselves (cancel it and insert through their model); a plain contenteditable ignores
 * an untrusted paste, so nothing happens there.
 *
 * Not in Firefox: there a DataTransfer filled by a content script reads back empty in the
 * page, so an editor that takes over the paste would replace the span with nothing.
 */
import { type DraftEdit, type EditTarget, type InsertStrategy, type InsertTiming, isTextarea } from './edit';
import { selectSpan } from './selection';

/** Firefox gives its content scripts `exportFunction` (and no other browser does). */
export const inFirefoxSandbox = () => typeof (globalThis as { exportFunction?: unknown }).exportFunction === 'function';

export const pasteStrategy: InsertStrategy = {
  name: 'paste',
  accepts: (field) => !isTextarea(field) && !inFirefoxSandbox(),
  async attempt(target: EditTarget, edit: DraftEdit, timing: InsertTiming): Promise<boolean> {
    const { field } = target;
    // pasting nothing would not delete the span in any editor
    if (edit.text === '') return false;
    if (!(await selectSpan(target, edit.start, edit.end, timing))) return false;
    const view = field.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!view) return false;
    const clipboardData = new view.DataTransfer();
    clipboardData.setData('text/plain', edit.text);
    const event = new view.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
    const anchor = view.getSelection()?.anchorNode;
    const host = anchor?.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : anchor?.parentElement;
    return !(host && field.contains(host) ? host : field).dispatchEvent(event);
  },
};
