// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { onDialogKeyDown } from '../../components/dialog-keyboard';

/** a dialog with a filter box (the list's owner), a listbox and a button */
function dialog() {
  const root = document.createElement('div');
  root.innerHTML = '<input id="filter"><div role="listbox" tabindex="0"></div><button>Close</button>';
  document.body.replaceChildren(root);
  const [filter, list, button] = [...root.children] as HTMLElement[];
  const keys = {
    root,
    listOwner: filter,
    move: vi.fn((key: string) => key === 'ArrowDown'),
    choose: vi.fn(),
    close: vi.fn(),
  };
  const press = (target: HTMLElement, key: string, shiftKey = false) => {
    const event = new KeyboardEvent('keydown', { key, shiftKey, cancelable: true, bubbles: true });
    target.addEventListener('keydown', (e) => onDialogKeyDown(e, keys), { once: true });
    target.dispatchEvent(event);
    return event;
  };
  return { filter, list, button, keys, press };
}

describe('onDialogKeyDown', () => {
  it('closes on Esc from anywhere in the dialog', () => {
    const { button, keys, press } = dialog();
    expect(press(button, 'Escape').defaultPrevented).toBe(true);
    expect(keys.close).toHaveBeenCalledOnce();
  });

  it('moves the selection and chooses with Enter only in the element that owns the list', () => {
    const { filter, list, keys, press } = dialog();
    expect(press(filter, 'ArrowDown').defaultPrevented).toBe(true);
    expect(keys.move).toHaveBeenCalledWith('ArrowDown');
    expect(press(filter, 'x').defaultPrevented).toBe(false); // typing into the filter goes on
    expect(press(filter, 'Enter').defaultPrevented).toBe(true);
    expect(keys.choose).toHaveBeenCalledOnce();
    // Enter on another element (a button) is that element's own
    expect(press(list, 'Enter').defaultPrevented).toBe(false);
    expect(keys.choose).toHaveBeenCalledOnce();
    expect(keys.close).not.toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog, both ways', () => {
    const { filter, list, button, press } = dialog();
    button.focus();
    expect(press(button, 'Tab').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(filter);
    press(filter, 'Tab', true);
    expect(document.activeElement).toBe(button);
    press(button, 'Tab', true);
    expect(document.activeElement).toBe(list);
  });
});
