// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { bindShortcuts, keysPressed, type Shortcut, shortcutOf, sinceLastKey } from '../../composer/keyboard';

const press = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('shortcuts', () => {
  it('Alt+Enter, Alt+L and Alt+; in any layout', () => {
    expect(shortcutOf(press({ altKey: true, key: 'Enter', code: 'Enter' }))).toBe('open-card');
    expect(shortcutOf(press({ altKey: true, key: 'l', code: 'KeyL' }))).toBe('flag-list');
    // Russian layout: the L key types "д"
    expect(shortcutOf(press({ altKey: true, key: 'д', code: 'KeyL' }))).toBe('flag-list');
    expect(shortcutOf(press({ altKey: true, key: ';', code: 'Semicolon' }))).toBe('phrase-picker');
    expect(shortcutOf(press({ altKey: true, key: 'ж', code: 'Semicolon' }))).toBe('phrase-picker');
  });

  it('never Alt+Shift (layout switch), AltGr = Ctrl+Alt (Polish ł), or plain keys', () => {
    expect(shortcutOf(press({ altKey: true, shiftKey: true, key: 'L', code: 'KeyL' }))).toBeNull();
    expect(shortcutOf(press({ altKey: true, ctrlKey: true, key: 'ł', code: 'KeyL' }))).toBeNull();
    expect(shortcutOf(press({ key: 'Enter', code: 'Enter' }))).toBeNull();
    expect(shortcutOf(press({ altKey: true, key: 'k', code: 'KeyK' }))).toBeNull();
  });

  it('catches the shortcut before the editor does, only in its own field', () => {
    const field = document.createElement('div');
    const other = document.createElement('div');
    document.body.append(field, other);
    const seen: Shortcut[] = [];
    let editorSaw = 0;
    field.addEventListener('keydown', () => editorSaw++);
    const unbind = bindShortcuts(field, { shortcut: (s) => seen.push(s) });
    const event = press({ altKey: true, key: 'Enter', code: 'Enter' });
    field.dispatchEvent(event);
    other.dispatchEvent(press({ altKey: true, key: 'l', code: 'KeyL' }));
    expect(seen).toEqual(['open-card']);
    expect(event.defaultPrevented).toBe(true);
    expect(editorSaw).toBe(0);
    unbind();
    field.dispatchEvent(press({ altKey: true, key: 'Enter', code: 'Enter' }));
    expect(seen).toHaveLength(1);
  });

  it('hands other keys to otherKey only while it wants them', () => {
    const field = document.createElement('div');
    document.body.append(field);
    let wanted = false;
    const others: string[] = [];
    const unbind = bindShortcuts(field, {
      shortcut: () => {},
      otherKey: (event) => {
        others.push(event.key);
        return event.key === 'Escape';
      },
      wantsOtherKeys: () => wanted,
    });
    field.dispatchEvent(press({ key: 'a' }));
    wanted = true;
    const escKey = press({ key: 'Escape' });
    field.dispatchEvent(escKey);
    expect(others).toEqual(['Escape']);
    expect(escKey.defaultPrevented).toBe(true);
    unbind();
  });

  it('reads nothing of a plain typed key but altKey (this runs for every key)', () => {
    const field = document.createElement('div');
    document.body.append(field);
    const unbind = bindShortcuts(field, { shortcut: () => {}, otherKey: () => true, wantsOtherKeys: () => false });
    const event = press({ key: 'a', code: 'KeyA' });
    const reads: string[] = [];
    for (const name of ['key', 'code', 'ctrlKey', 'metaKey', 'shiftKey', 'isComposing', 'altKey']) {
      const value = event[name as keyof KeyboardEvent];
      Object.defineProperty(event, name, {
        get: () => {
          reads.push(name);
          return value;
        },
      });
    }
    field.dispatchEvent(event);
    expect(reads).toEqual(['altKey']);
    unbind();
  });

  it('one keydown listener per window for all its composers; each gets its own keys', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const keydowns = (spy: typeof added) => spy.mock.calls.filter(([type]) => type === 'keydown').length;
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    document.body.append(a, b);
    const seen: string[] = [];
    const others: string[] = [];
    let bWants = false;
    const unbindA = bindShortcuts(a, { shortcut: (s) => seen.push(`a:${s}`) });
    const unbindB = bindShortcuts(b, {
      shortcut: (s) => seen.push(`b:${s}`),
      otherKey: (event) => {
        others.push(event.key);
        return true;
      },
      wantsOtherKeys: () => bWants,
    });
    expect(keydowns(added)).toBe(1);
    b.dispatchEvent(press({ altKey: true, key: 'l', code: 'KeyL' }));
    a.dispatchEvent(press({ altKey: true, key: 'Enter', code: 'Enter' }));
    bWants = true;
    a.dispatchEvent(press({ key: 'x' })); // b wants other keys, but this one is typed in a
    b.dispatchEvent(press({ key: 'Escape' }));
    expect(seen).toEqual(['b:flag-list', 'a:open-card']);
    expect(others).toEqual(['Escape']);
    unbindA();
    expect(keydowns(removed)).toBe(0); // b still listens
    b.dispatchEvent(press({ altKey: true, key: ';', code: 'Semicolon' }));
    expect(seen).toEqual(['b:flag-list', 'a:open-card', 'b:phrase-picker']);
    unbindB();
    expect(keydowns(removed)).toBe(1);
    b.dispatchEvent(press({ altKey: true, key: 'l', code: 'KeyL' }));
    expect(seen).toHaveLength(3);
    // a composer found later gets a listener again
    const unbindAgain = bindShortcuts(a, { shortcut: (s) => seen.push(`a:${s}`) });
    a.dispatchEvent(press({ altKey: true, key: 'l', code: 'KeyL' }));
    expect(seen.at(-1)).toBe('a:flag-list');
    unbindAgain();
    added.mockRestore();
    removed.mockRestore();
  });
});

describe('sinceLastKey', () => {
  it('is how long ago a key went down while a composer wanted keys (plain typing is not timed)', () => {
    expect(sinceLastKey(window)).toBe(Number.POSITIVE_INFINITY);
    const field = document.createElement('div');
    document.body.append(field);
    let cardUp = false;
    const unbind = bindShortcuts(field, { shortcut: () => {}, otherKey: () => false, wantsOtherKeys: () => cardUp });
    field.dispatchEvent(press({ key: 'a', code: 'KeyA' }));
    expect(sinceLastKey(window)).toBe(Number.POSITIVE_INFINITY);
    cardUp = true;
    field.dispatchEvent(press({ key: 'a', code: 'KeyA' }));
    expect(sinceLastKey(window)).toBeLessThan(50);
    unbind();
    field.remove();
  });
});

describe('keysPressed', () => {
  it('counts every key that goes down in a window with a coached composer, typing included', () => {
    expect(keysPressed(window)).toBe(0);
    const field = document.createElement('div');
    document.body.append(field);
    const unbind = bindShortcuts(field, { shortcut: () => {} });
    field.dispatchEvent(press({ key: 'a', code: 'KeyA' }));
    document.body.dispatchEvent(press({ key: 'z', code: 'KeyZ', ctrlKey: true }));
    expect(keysPressed(window)).toBe(2);
    unbind();
    expect(keysPressed(window)).toBe(0);
    field.remove();
  });
});
