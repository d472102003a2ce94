/**
 * Spots the picker trigger (settings.pickerTrigger, ";;" by default) typed at the caret.
 * Read from the DOM after the change, not from input events: editors that cancel
 * `beforeinput` and apply the text themselves (CKEditor 5, Lexical) send no `input` event.
 */
import { selectionOf } from './caret';
import { isTextarea } from './insert/edit';

export function textBeforeCaret(field: HTMLElement, length: number): string | null {
  if (isTextarea(field)) {
    if (field.selectionStart !== field.selectionEnd) return null;
    return field.value.slice(Math.max(0, field.selectionStart - length), field.selectionStart);
  }
  const selection = selectionOf(field);
  if (!selection?.isCollapsed || !selection.focusNode || !field.contains(selection.focusNode)) return null;
  const node = selection.focusNode;
  if (node.nodeType !== Node.TEXT_NODE) return null;
  const offset = selection.focusOffset;
  return (node as Text).data.slice(Math.max(0, offset - length), offset);
}

/**
 * Spots the trigger from what the field already reports to its session (session.ts: the
 * mutation observer of a rich editor, a textarea's `input`): no listener of its own, and
 * nothing read from keyboard events, so typing pays next to nothing. Text that may have
 * completed the trigger is followed by one look at the text before the caret, once the
 * editor has put the caret after it.
 */
export class TriggerWatcher {
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly field: HTMLElement,
    private readonly trigger: () => string,
    private readonly onTrigger: () => void,
  ) {}

  /** A textarea's `input`: `inserted` is the text put in (null: not said, e.g. some IMEs). */
  input(inputType: string | undefined, inserted: string | null) {
    if (this.pending || !inputType?.startsWith('insert')) return;
    const t = this.trigger();
    if (t && (inserted === null || inserted.endsWith(t[t.length - 1]))) this.look();
  }

  /**
   * Changes in a rich editor (records of a subtree observer with characterDataOldValue). Only
   * text that grew or arrived counts: deleting next to a typed trigger does not open the picker.
   */
  mutated(records: Iterable<MutationRecord>) {
    for (const record of records) {
      if (record.type === 'characterData') this.textChanged(record, record.target as Text);
      else this.nodesChanged(record);
    }
  }

  /** One characterData record of `node` (the caller has read its type and target already). */
  textChanged(record: MutationRecord, node: Text) {
    const t = this.pending ? '' : this.trigger();
    if (!t) return;
    const data = node.data;
    if (data.includes(t) && data.length > (record.oldValue?.length ?? -1)) this.look();
  }

  /** One childList record. */
  nodesChanged(record: MutationRecord) {
    const t = this.pending ? '' : this.trigger();
    if (!t) return;
    for (const node of record.addedNodes) if (node.textContent?.includes(t)) return this.look();
  }

  private look() {
    this.pending = setTimeout(() => {
      this.pending = undefined;
      const t = this.trigger();
      if (t && textBeforeCaret(this.field, t.length) === t) this.onTrigger();
    }, 0);
  }

  dispose() {
    clearTimeout(this.pending);
  }
}
