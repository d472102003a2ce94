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
export const lastCodePoint = (text: string): number | undefined => [...text].pop()?.codePointAt(0);

/**
 * Spots the trigger from the characters the agent types: a `keypress` whose character code
 * is the trigger's last character (a number: nothing else of the key is read, and keys that
 * type nothing, shortcuts included, send no keypress), and the end of an IME composition,
 * arm it; the next edit of the field (`edited()`, from the composer's mutation observer or
 * its textarea's input event) then looks once at the text before the caret. That edit comes
 * in the same task as the key, after the editor put the character in (editors that cancel
 * `beforeinput` and apply the text themselves, CKEditor 5 and Lexical, send no `input` event
 * but do change the DOM), so the picker takes the focus before the next key arrives: letters
 * typed right after the trigger go to its filter, not the draft. A timer looks anyway when
 * no edit follows (an editor that changed nothing).
 * Measured in bench/browser.ts: reading a keydown's `key` and modifiers for every key cost
 * a content script ~2 ms per 200 keys; a keypress listener reading charCode next to nothing.
 * Touch keyboards send no keypress (their keydowns say "Unidentified"): where the pointer is
 * coarse, `beforeinput` (sent even where the editor then cancels it) is watched instead.
 */
export class TriggerWatcher {
  private armed = false;
  private fallback: ReturnType<typeof setTimeout> | undefined;
  private readonly onKeyPress = (event: KeyboardEvent) => {
    if (this.armed) return;
    const t = this.trigger();
    if (t && lastCodePoint(t) === event.charCode) this.arm();
  };
  private readonly onCompositionEnd = () => {
    if (!this.armed && this.trigger()) this.arm();
  };
  private readonly onBeforeInput = (event: InputEvent) => {
    if (this.armed || !event.data) return;
    const t = this.trigger();
    if (t && lastCodePoint(t) === lastCodePoint(event.data)) this.arm();
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

  private arm() {
    this.armed = true;
    this.fallback = setTimeout(() => this.edited(), 0);
  }

  /** The field's text changed (every edit calls this): looks at the caret if a trigger character was just typed. */
  edited() {
    if (!this.armed) return;
    this.armed = false;
    clearTimeout(this.fallback);
    this.fallback = undefined;
    const t = this.trigger();
    if (t && textBeforeCaret(this.field, t.length) === t) this.onTrigger();
  }

  dispose() {
    clearTimeout(this.fallback);
    this.field.removeEventListener('keypress', this.onKeyPress, true);
    this.field.removeEventListener('compositionend', this.onCompositionEnd, true);
    if (this.touch) this.field.removeEventListener('beforeinput', this.onBeforeInput, true);
  }
}
