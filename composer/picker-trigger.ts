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

/** The code point of a string's last character (a surrogate pair is one character). */
export function lastCodePoint(text: string): number | undefined {
  const low = text.charCodeAt(text.length - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? text.length - 2 : text.length - 1;
  return text.codePointAt(at);
}

/**
 * Spots the trigger from the characters the agent types: a `keypress` whose character code
 * is the trigger's last character (a number: nothing else of the key is read, and keys that
 * type nothing, shortcuts included, send no keypress), and the end of an IME composition,
 * is followed by one look at the text before the caret, once the editor has put it in.
 * Measured in bench/browser.ts: reading a keydown's `key` and modifiers for every key cost
 * a content script ~2 ms per 200 keys; a keypress listener reading charCode next to nothing.
 * Touch keyboards send no keypress (their keydowns say "Unidentified"): where the pointer is
 * coarse, `beforeinput` (sent even where the editor then cancels it) is watched instead.
 */
export class TriggerWatcher {
  private pending: ReturnType<typeof setTimeout> | undefined;
  private readonly onKeyPress = (event: KeyboardEvent) => {
    if (this.pending) return;
    const t = this.trigger();
    if (t && lastCodePoint(t) === event.charCode) this.look();
  };
  private readonly onCompositionEnd = () => {
    if (!this.pending && this.trigger()) this.look();
  };
  private readonly onBeforeInput = (event: InputEvent) => {
    if (this.pending || !event.data) return;
    const t = this.trigger();
    if (t && lastCodePoint(t) === lastCodePoint(event.data)) this.look();
  };
  private readonly touch: boolean;

  constructor(
    private readonly field: HTMLElement,
    private readonly trigger: () => string,
    private readonly onTrigger: () => void,
    /** a touch-first device (phone, tablet): its on-screen keyboard sends no keypress */
    touch = field.ownerDocument.defaultView?.matchMedia?.('(pointer: coarse)').matches ?? false,
  ) {
    this.touch = touch;
    field.addEventListener('keypress', this.onKeyPress, true);
    field.addEventListener('compositionend', this.onCompositionEnd, true);
    if (touch) field.addEventListener('beforeinput', this.onBeforeInput, true);
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
    this.field.removeEventListener('keypress', this.onKeyPress, true);
    this.field.removeEventListener('compositionend', this.onCompositionEnd, true);
    if (this.touch) this.field.removeEventListener('beforeinput', this.onBeforeInput, true);
  }
}
