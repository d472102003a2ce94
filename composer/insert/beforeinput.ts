/**
 * Strategy 1: a cancelable `beforeinput` carrying the span as its target range. Editors that
 * own their model through beforeinput (CKEditor 5, Quill 2, Slate, Lexical) apply it as if the
 * agent had typed it; for a plain contenteditable an untrusted event does nothing.
 */
import { caretOffsets, liveRange } from '../caret';
import { type DraftEdit, type EditTarget, type InsertStrategy, type InsertTiming, isTextarea } from './edit';
import { selectSpan } from './selection';

type PageWindow = Window & typeof globalThis;

export const beforeInputStrategy: InsertStrategy = {
  name: 'beforeinput',
  accepts: (field) => !isTextarea(field),
  async attempt(target: EditTarget, edit: DraftEdit, timing: InsertTiming): Promise<boolean> {
    const { field } = target;
    if (!(await selectSpan(target, edit.start, edit.end, timing))) return false;
    const view = field.ownerDocument.defaultView as PageWindow | null;
    const model = target.read();
    // the selection itself when it already covers the span (a caret on an empty line)
    const current = caretOffsets(field, model);
    const range =
      current && current.start === edit.start && current.end === edit.end
        ? liveRange(field)
        : model.toRange(edit.start, edit.end);
    if (!view || !range) return false;
    // a StaticRange is what browsers report; a live Range is an AbstractRange too
    const targetRange: AbstractRange =
      typeof view.StaticRange === 'function'
        ? new view.StaticRange({
            startContainer: range.startContainer,
            startOffset: range.startOffset,
            endContainer: range.endContainer,
            endOffset: range.endOffset,
          })
        : range.cloneRange();
    // `data` only, no DataTransfer: editors read `data` first, and in Firefox Lexical inserted
    // nothing when the event carried one (most likely Firefox drops the init's dataTransfer, as
    // it drops a paste event's clipboardData: paste.ts)
    const event = new view.InputEvent('beforeinput', {
      inputType: range.collapsed ? 'insertText' : 'insertReplacementText',
      data: edit.text,
      targetRanges: [targetRange as StaticRange],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    // browsers that ignore `targetRanges` in the init dictionary still report the span
    if (typeof event.getTargetRanges !== 'function' || event.getTargetRanges().length === 0) {
      Object.defineProperty(event, 'getTargetRanges', { value: () => [targetRange] });
    }
    const host = range.startContainer.parentElement ?? field;
    return !(field.contains(host) ? host : field).dispatchEvent(event);
  },
};
