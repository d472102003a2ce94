// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { lastCodePoint, TriggerWatcher } from '../../composer/picker-trigger';

/** a keypress of `char` (its charCode), or of a key with the given modifiers */
function keypress(field: HTMLElement, char: string) {
  const event = new KeyboardEvent('keypress', { key: char, bubbles: true });
  Object.defineProperty(event, 'charCode', { value: char.codePointAt(0) });
  field.dispatchEvent(event);
}
const tick = () => new Promise((done) => setTimeout(done, 5));

/** A textarea holding `value` with the caret at its end, and a watcher for ";;". */
function setup(value: string, touch = false) {
  const field = document.createElement('textarea');
  document.body.append(field);
  field.value = value;
  field.setSelectionRange(value.length, value.length);
  let opened = 0;
  const watcher = new TriggerWatcher(
    field,
    () => ';;',
    () => opened++,
    touch,
  );
  return { field, watcher, opened: () => opened };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TriggerWatcher', () => {
  it('opens once the trigger stands before the caret after its last character is typed', async () => {
    const { field, opened } = setup('Thanks. ;;');
    keypress(field, ';');
    await tick();
    expect(opened()).toBe(1);
  });

  it('opens at the edit that follows the trigger key, in that task, before any later key', () => {
    const { field, watcher, opened } = setup('Thanks. ;');
    keypress(field, ';');
    // the editor puts the character in, and the composer reports the edit: no timer waited on
    field.value = 'Thanks. ;;';
    field.setSelectionRange(10, 10);
    watcher.edited();
    expect(opened()).toBe(1);
    // edits that no trigger key armed look at nothing
    watcher.edited();
    field.value = 'Thanks. ;;;;';
    field.setSelectionRange(12, 12);
    watcher.edited();
    expect(opened()).toBe(1);
  });

  it('looks once per trigger key: the first edit after it decides, the fallback timer then does nothing', async () => {
    const { field, watcher, opened } = setup('a;');
    keypress(field, ';');
    watcher.edited(); // the caret is after "a;": not the trigger
    field.value = 'a;;';
    field.setSelectionRange(3, 3);
    await tick();
    expect(opened()).toBe(0);
  });

  it('looks only after a typed trigger character or an IME composition', async () => {
    const { field, opened } = setup('Thanks. ;;');
    keypress(field, 'a');
    field.dispatchEvent(new KeyboardEvent('keydown', { key: ';', bubbles: true })); // keydown alone types nothing
    await tick();
    expect(opened()).toBe(0);
    field.dispatchEvent(new CompositionEvent('compositionend', { data: '；', bubbles: true }));
    await tick();
    expect(opened()).toBe(1);
    field.value = 'Thanks. ;';
    keypress(field, ';');
    await tick();
    expect(opened()).toBe(1);
  });

  it('does nothing after it is disposed', async () => {
    const { field, watcher, opened } = setup(';;');
    keypress(field, ';');
    watcher.dispose();
    await tick();
    keypress(field, ';');
    await tick();
    expect(opened()).toBe(0);
  });

  it('on a touch device, where on-screen keyboards send no keypress, looks after a typed trigger character', async () => {
    const typed = (field: HTMLElement, data: string) =>
      field.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data, bubbles: true }));
    const touch = setup('Thanks. ;;', true);
    typed(touch.field, 'a');
    await tick();
    expect(touch.opened()).toBe(0);
    typed(touch.field, ';');
    await tick();
    expect(touch.opened()).toBe(1);
    touch.watcher.dispose();
    typed(touch.field, ';');
    await tick();
    expect(touch.opened()).toBe(1);
    // a desktop watcher leaves beforeinput alone: typing there pays for no extra listener
    const desktop = setup('Thanks. ;;', false);
    typed(desktop.field, ';');
    await tick();
    expect(desktop.opened()).toBe(0);
  });

  it('knows a trigger’s last character, also outside the BMP', () => {
    expect(lastCodePoint(';;')).toBe(59);
    expect(lastCodePoint('/😀')).toBe(0x1f600);
  });
});
