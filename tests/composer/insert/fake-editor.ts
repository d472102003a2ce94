/** Test doubles for the insertion strategies: fields in happy-dom and instant timing. */
import type { EditTarget, InsertTiming } from '../../../composer/insert/edit';
import { modelFrom, readContentEditable } from '../../../composer/text-model';

export const INSTANT: InsertTiming = { selectionChangeMs: 0, selectionSettleMs: 0, settleMs: 0, claimedMs: 0 };

export function contentEditable(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

export function textarea(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  return el;
}

export function targetOf(field: HTMLElement): EditTarget {
  return {
    field,
    read: () => (field instanceof HTMLTextAreaElement ? modelFrom(field.value, []) : readContentEditable(field)),
  };
}

/** Replaces what a range covers with text, as an editor's own code would. */
export function replaceRange(range: AbstractRange, text: string) {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  live.deleteContents();
  const node = document.createTextNode(text);
  live.insertNode(node);
  node.parentNode?.normalize();
}

/** Stubs document.execCommand('insertText') the way Chromium behaves on a contenteditable. */
export function stubExecCommand(behaviour: 'works' | 'refuses'): string[] {
  const calls: string[] = [];
  (document as unknown as { execCommand: Document['execCommand'] }).execCommand = (command, _ui, value) => {
    calls.push(`${command}:${value ?? ''}`);
    if (behaviour === 'refuses') return false;
    const active = document.activeElement;
    if (active instanceof HTMLTextAreaElement) {
      const caret = active.selectionStart + (value ?? '').length;
      active.setRangeText(value ?? '', active.selectionStart, active.selectionEnd);
      active.setSelectionRange(caret, caret);
      return true;
    }
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return false;
    replaceRange(selection.getRangeAt(0), value ?? '');
    return true;
  };
  return calls;
}
