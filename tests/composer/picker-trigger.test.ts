// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { TriggerWatcher } from '../../composer/picker-trigger';

const press = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
const tick = () => new Promise((done) => setTimeout(done, 5));

/** A textarea holding `value` with the caret at its end, and a watcher for ";;". */
function setup(value: string) {
  const field = document.createElement('textarea');
  document.body.append(field);
  field.value = value;
  field.setSelectionRange(value.length, value.length);
  let opened = 0;
  const watcher = new TriggerWatcher(field, () => ';;', () => opened++);
  return { field, watcher, opened: () => opened };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TriggerWatcher', () => {
  it('opens once the trigger stands before the caret after its last key', async () => {
    const { watcher, opened } = setup('Thanks. ;;');
    watcher.keyDown(press({ key: ';' }));
    await tick();
    expect(opened()).toBe(1);
  });

  it('looks only after keys that can type the trigger’s last character (or say nothing of it)', async () => {
    const { field, watcher, opened } = setup('Thanks. ;;');
    watcher.keyDown(press({ key: 'a' }));
    watcher.keyDown(press({ key: ';', ctrlKey: true })); // a shortcut, not typing
    await tick();
    expect(opened()).toBe(0);
    watcher.keyDown(press({ key: 'Process' })); // an IME composition
    await tick();
    expect(opened()).toBe(1);
    field.value = 'Thanks. ;';
    watcher.keyDown(press({ key: ';' }));
    await tick();
    expect(opened()).toBe(1);
  });

  it('does nothing after it is disposed', async () => {
    const { watcher, opened } = setup(';;');
    watcher.keyDown(press({ key: ';' }));
    watcher.dispose();
    await tick();
    expect(opened()).toBe(0);
  });
});
