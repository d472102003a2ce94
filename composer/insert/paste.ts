/**
 * Strategy 3: a synthetic `paste` carrying text/plain. Rich editors take over paste
 * themselves (cancel it and insert through their model); a plain contenteditable ignores
 * an untrusted paste, so nothing happens there.
 */
import { type DraftEdit, type EditTarget, type InsertStrategy, type InsertTiming, isTextarea } from './edit';
import { selectSpan } from './selection';

type PageWindow = Window & typeof globalThis;

/**
 * A paste event carrying `text` as text/plain. Chromium reads the init's `clipboardData`;
 * Firefox ignores it and builds the event's DataTransfer from its own older members,
 * `dataType` and `data` (with `clipboardData` alone the page read an empty paste there).
 */
export function pasteEvent(view: PageWindow, text: string): ClipboardEvent {
  const clipboardData = new view.DataTransfer();
  clipboardData.setData('text/plain', text);
  const init: ClipboardEventInit & { dataType: string; data: string } = {
    clipboardData,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  return new view.ClipboardEvent('paste', init);
}

export const pasteStrategy: InsertStrategy = {
  name: 'paste',
  accepts: (field) => !isTextarea(field),
  async attempt(target: EditTarget, edit: DraftEdit, timing: InsertTiming): Promise<boolean> {
    const { field } = target;
    // pasting nothing would not delete the span in any editor
    if (edit.text === '') return false;
    if (!(await selectSpan(target, edit.start, edit.end, timing))) return false;
    const view = field.ownerDocument.defaultView as PageWindow | null;
    if (!view) return false;
    const event = pasteEvent(view, edit.text);
    const anchor = view.getSelection()?.anchorNode;
    const host = anchor?.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : anchor?.parentElement;
    return !(host && field.contains(host) ? host : field).dispatchEvent(event);
  },
};
