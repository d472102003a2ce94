/**
 * Spots the picker trigger (settings.pickerTrigger, ";;" by default) typed at the caret.
 * Read from the DOM after the keystroke: editors that cancel `beforeinput` and apply the
 * text themselves (CKEditor 5, Lexical) send no `input` event.
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

/** Calls `onTrigger` after the agent types the trigger's last character and the trigger is at the caret. */
export function watchTrigger(field: HTMLElement, trigger: () => string, onTrigger: () => void): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const onTyped = (event: Event) => {
    const { inputType, data } = event as InputEvent;
    const t = trigger();
    if (!t || inputType !== 'insertText' || !data || !t.endsWith(data.slice(-1)) || pending) return;
    // after the editor has put the character into its DOM
    pending = setTimeout(() => {
      pending = undefined;
      if (textBeforeCaret(field, t.length) === t) onTrigger();
    }, 0);
  };
  field.addEventListener('beforeinput', onTyped);
  field.addEventListener('input', onTyped);
  return () => {
    clearTimeout(pending);
    field.removeEventListener('beforeinput', onTyped);
    field.removeEventListener('input', onTyped);
  };
}
