/**
 * Spots the picker trigger (settings.pickerTrigger, ";;" by default) typed at the caret.
 * Read from the DOM after the keystroke, not from input events: editors that cancel
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
 * Spots the trigger from the keys the agent presses (Tactful's one keydown listener,
 * keyboard.ts): no listener of its own, so typing pays nothing extra. A key that may
 * have typed the trigger's last character is followed by one look at the text before
 * the caret, once the editor has put the character in.
 */
export class TriggerWatcher {
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly field: HTMLElement,
    private readonly trigger: () => string,
    private readonly onTrigger: () => void,
  ) {}

  keyDown(event: KeyboardEvent) {
    if (this.pending || event.ctrlKey !== event.altKey || event.metaKey) return; // Ctrl+Alt is AltGr: it types
    const { key } = event;
    // IME compositions and virtual keyboards do not say which character they type
    const unknown = key === 'Process' || key === 'Unidentified';
    if (!unknown && (key.length !== 1 || !this.trigger().endsWith(key))) return;
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
