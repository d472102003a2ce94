// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { TriggerWatcher } from '../../composer/picker-trigger';

const tick = () => new Promise((done) => setTimeout(done, 5));

/** A textarea holding `value` with the caret at its end, and a watcher for ";;". */
function setup(value: string) {
  const field = document.createElement('textarea');
  document.body.append(field);
  field.value = value;
  field.setSelectionRange(value.length, value.length);
  let opened = 0;
  const watcher = new TriggerWatcher(
    field,
    () => ';;',
    () => opened++,
  );
  return { field, watcher, opened: () => opened };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TriggerWatcher on a textarea (input events)', () => {
  it('opens once the trigger stands before the caret after text that may end it', async () => {
    const { watcher, opened } = setup('Thanks. ;;');
    watcher.input('insertText', ';');
    await tick();
    expect(opened()).toBe(1);
  });

  it('looks only after insertions that can end with the trigger’s last character (or say nothing of it)', async () => {
    const { field, watcher, opened } = setup('Thanks. ;;');
    watcher.input('insertText', 'a');
    watcher.input('deleteContentBackward', null); // deleting next to a typed trigger
    watcher.input(undefined, null); // a page's own synthetic input event
    await tick();
    expect(opened()).toBe(0);
    watcher.input('insertCompositionText', null); // an IME that does not say what it typed
    await tick();
    expect(opened()).toBe(1);
    field.value = 'Thanks. ;';
    watcher.input('insertText', ';');
    await tick();
    expect(opened()).toBe(1);
  });

  it('does nothing after it is disposed', async () => {
    const { watcher, opened } = setup(';;');
    watcher.input('insertText', ';');
    watcher.dispose();
    await tick();
    expect(opened()).toBe(0);
  });
});

/** A contenteditable holding `text` in one text node, the caret at `caret`, and an observer feeding a ";;" watcher. */
function setupRich(text: string, caret = text.length) {
  const field = document.createElement('div');
  field.contentEditable = 'true';
  field.textContent = text;
  document.body.append(field);
  const node = field.firstChild as Text;
  const put = (offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  };
  put(caret);
  let opened = 0;
  const watcher = new TriggerWatcher(
    field,
    () => ';;',
    () => opened++,
  );
  const observer = new MutationObserver((records) => watcher.mutated(records));
  observer.observe(field, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
  /** changes the field, hands the records over at once (as the session does) and waits */
  const change = async (edit: () => void) => {
    edit();
    watcher.mutated(observer.takeRecords());
    await tick();
  };
  return { field, node, put, watcher, change, opened: () => opened };
}

describe('TriggerWatcher on a rich editor (mutation records)', () => {
  it('opens when typed text completes the trigger before the caret', async () => {
    const { node, put, change, opened } = setupRich('Thanks. ;');
    await change(() => {
      node.appendData(';');
      put(node.length);
    });
    expect(opened()).toBe(1);
  });

  it('opens for the trigger in text the editor adds as a new node', async () => {
    const { field, change, opened } = setupRich('Thanks.');
    await change(() => {
      const p = document.createElement('p');
      const text = document.createTextNode('Hi ;;');
      p.append(text);
      field.append(p);
      const range = document.createRange();
      range.setStart(text, text.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    expect(opened()).toBe(1);
  });

  it('stays closed for a trigger away from the caret and for deletions next to it', async () => {
    const { node, put, change, opened } = setupRich('Thanks. ;;x');
    await change(() => node.appendData('y')); // the trigger is there, but not before the caret
    expect(opened()).toBe(0);
    await change(() => {
      node.deleteData(node.length - 2, 2); // Backspace twice: ";;" now stands before the caret
      put(node.length);
    });
    expect(opened()).toBe(0);
  });
});
