// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { insertWithChain, STRATEGIES, strategiesFor } from '../../../composer/insert/chain';
import type { DraftEdit, EditTarget, InsertStrategy } from '../../../composer/insert/edit';
import { bindShortcuts } from '../../../composer/keyboard';
import { contentEditable, INSTANT, stubExecCommand, targetOf, textarea } from './fake-editor';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A fake editor: a text the strategies change through `write`. */
function fakeEditor(text: string) {
  const field = document.createElement('div');
  document.body.append(field);
  const editor: { text: string; target: EditTarget } = {
    text,
    target: {
      field,
      read: () => ({ text: editor.text, segments: [], toDom: () => null, toRange: () => null }),
    } as EditTarget,
  };
  return editor;
}

type Effect = (text: string, edit: DraftEdit) => string;

function strategy(name: string, effect: Effect | null, log: string[], editor: { text: string }, claims = false) {
  return {
    name,
    accepts: () => true,
    async attempt(_target, edit) {
      log.push(name);
      if (effect) editor.text = effect(editor.text, edit);
      return claims;
    },
  } satisfies InsertStrategy;
}

const apply: Effect = (text, e) => text.slice(0, e.start) + e.text + text.slice(e.end);
const applyTwice: Effect = (text, e) => apply(apply(text, e), e);
const EDIT = { start: 7, end: 16, text: 'I understand', replaces: 'calm down' };

describe('insertion chain', () => {
  it('moves on while the text is unchanged and stops at the first strategy that works', async () => {
    const editor = fakeEditor('Please calm down. Thanks.');
    const log: string[] = [];
    const result = await insertWithChain(
      editor.target,
      EDIT,
      [strategy('a', null, log, editor), strategy('b', apply, log, editor), strategy('c', apply, log, editor)],
      INSTANT,
    );
    expect(result).toEqual({ ok: true, strategy: 'b' });
    expect(log).toEqual(['a', 'b']);
    expect(editor.text).toBe('Please I understand. Thanks.');
  });

  it('stops and reports when the text changed but not into the expected result (never applies twice)', async () => {
    const editor = fakeEditor('Please calm down. Thanks.');
    const log: string[] = [];
    const result = await insertWithChain(
      editor.target,
      EDIT,
      [strategy('a', applyTwice, log, editor), strategy('b', apply, log, editor)],
      INSTANT,
    );
    expect(result).toEqual({ ok: false, reason: 'unexpected', strategy: 'a' });
    expect(log).toEqual(['a']);
  });

  it('does not try another strategy after an editor claimed the edit but showed no change', async () => {
    const editor = fakeEditor('Please calm down. Thanks.');
    const log: string[] = [];
    const result = await insertWithChain(
      editor.target,
      EDIT,
      [strategy('a', null, log, editor, true), strategy('b', apply, log, editor)],
      INSTANT,
    );
    expect(result).toEqual({ ok: false, reason: 'claimed-unchanged', strategy: 'a' });
    expect(log).toEqual(['a']);
    expect(editor.text).toBe('Please calm down. Thanks.');
  });

  /**
   * A coached composer (its window's key router bound) whose first strategy has `first`'s
   * effect, given the editor and the field (to press keys in), and whose second applies the edit.
   */
  async function chainWithKeys(first: (editor: { text: string }, field: HTMLElement) => Effect) {
    const editor = fakeEditor('Please calm down. Thanks.');
    const { field } = editor.target;
    const unbind = bindShortcuts(field, { shortcut: () => {} });
    const log: string[] = [];
    const strategies = [strategy('a', first(editor, field), log, editor), strategy('b', apply, log, editor)];
    const result = await insertWithChain(editor.target, EDIT, strategies, INSTANT);
    unbind();
    return { result, log, text: editor.text };
  }
  const press = (field: HTMLElement, init: KeyboardEventInit) =>
    field.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));

  it('stops when the edit showed and went while the agent pressed a key: an undo is never overridden', async () => {
    // a Ctrl+Z as soon as the edit showed, before the chain's second look at the text
    const { result, log, text } = await chainWithKeys((editor, field) => (before, e) => {
      setTimeout(() => {
        press(field, { key: 'z', ctrlKey: true });
        editor.text = before;
      }, 0);
      return apply(before, e);
    });
    expect(result).toEqual({ ok: false, reason: 'interrupted', strategy: 'a' });
    expect(log).toEqual(['a']);
    expect(text).toBe('Please calm down. Thanks.');
  });

  it('moves on after an edit that showed and went with no key pressed (an editor re-rendering its own text)', async () => {
    const { result, log } = await chainWithKeys((editor) => (before, e) => {
      setTimeout(() => {
        editor.text = before;
      }, 0);
      return apply(before, e);
    });
    expect(result).toEqual({ ok: true, strategy: 'b' });
    expect(log).toEqual(['a', 'b']);
  });

  it('moves on when the agent pressed a key but the attempt never changed the text', async () => {
    const { result, log } = await chainWithKeys((_editor, field) => (before) => {
      press(field, { key: 'Shift' });
      return before;
    });
    expect(result).toEqual({ ok: true, strategy: 'b' });
    expect(log).toEqual(['a', 'b']);
  });

  it('reports when no strategy changed anything', async () => {
    const editor = fakeEditor('Please calm down.');
    const log: string[] = [];
    const result = await insertWithChain(editor.target, EDIT, [strategy('a', null, log, editor)], INSTANT);
    expect(result).toEqual({ ok: false, reason: 'unchanged' });
  });

  it('refuses a stale edit: the span no longer holds the flagged text', async () => {
    const editor = fakeEditor('Please stay calm.');
    const log: string[] = [];
    const result = await insertWithChain(editor.target, EDIT, [strategy('a', apply, log, editor)], INSTANT);
    expect(result).toEqual({ ok: false, reason: 'stale' });
    expect(log).toEqual([]);
  });

  it('accepts an editor that writes non-breaking spaces', async () => {
    const editor = fakeEditor('Please calm down. Thanks.');
    const log: string[] = [];
    const nbsp: Effect = (text, e) => apply(text, e).replace('I understand', 'I\u00a0understand');
    const result = await insertWithChain(editor.target, EDIT, [strategy('a', nbsp, log, editor)], INSTANT);
    expect(result.ok).toBe(true);
  });

  it('skips strategies that do not accept the field', async () => {
    const editor = fakeEditor('Please calm down.');
    const log: string[] = [];
    const picky = { ...strategy('a', apply, log, editor), accepts: () => false };
    const result = await insertWithChain(editor.target, EDIT, [picky, strategy('b', apply, log, editor)], INSTANT);
    expect(result).toEqual({ ok: true, strategy: 'b' });
    expect(log).toEqual(['b']);
  });

  it('with the real strategies: a plain contenteditable gets the text once, caret at {cursor}', async () => {
    const field = contentEditable('Please calm down. Thanks.');
    const calls = stubExecCommand('works');
    const result = await insertWithChain(
      targetOf(field),
      { start: 7, end: 16, text: 'I understand', caret: 2, replaces: 'calm down' },
      undefined,
      INSTANT,
    );
    expect(result).toEqual({ ok: true, strategy: 'execcommand' });
    expect(calls).toEqual(['insertText:I understand']);
    expect(field.textContent).toBe('Please I understand. Thanks.');
    const selection = document.getSelection()!;
    expect(selection.isCollapsed).toBe(true);
    expect(selection.anchorOffset).toBe(9);
  });

  it('with the real strategies: a textarea gets the text once', async () => {
    const field = textarea('Please calm down. Thanks.');
    stubExecCommand('works');
    const result = await insertWithChain(targetOf(field), EDIT, undefined, INSTANT);
    expect(result).toEqual({ ok: true, strategy: 'textarea' });
    expect(field.value).toBe('Please I understand. Thanks.');
    expect([field.selectionStart, field.selectionEnd]).toEqual([19, 19]);
  });

  it('sets a textarea’s caret after the edit even where it already is (ending the typing step)', async () => {
    const field = textarea('Please calm down. Thanks.');
    stubExecCommand('works');
    const set: number[][] = [];
    const original = field.setSelectionRange.bind(field);
    field.setSelectionRange = (a, b, d) => {
      set.push([a ?? -1, b ?? -1]);
      original(a, b, d);
    };
    const command = document.execCommand.bind(document);
    (document as unknown as { execCommand: Document['execCommand'] }).execCommand = (c, u, v) => {
      const done = command(c, u, v); // (leaves the caret at 19 itself)
      set.length = 0;
      return done;
    };
    await insertWithChain(targetOf(field), EDIT, undefined, INSTANT);
    expect(set).toEqual([[19, 19]]);
  });
  it('sets a contenteditable’s caret after the edit even where it already is (ending the typing step)', async () => {
    const field = contentEditable('Please calm down. Thanks.');
    stubExecCommand('works');
    const selection = document.getSelection()!;
    const set: string[] = [];
    const add = selection.addRange.bind(selection);
    const command = document.execCommand.bind(document);
    (document as unknown as { execCommand: Document['execCommand'] }).execCommand = (c, u, v) => {
      const done = command(c, u, v);
      // where Chromium leaves it: right after the inserted text
      selection.collapse(field.firstChild, 19);
      selection.addRange = (range) => {
        set.push(`${range.startOffset}-${range.endOffset}`);
        add(range);
      };
      return done;
    };
    try {
      await insertWithChain(targetOf(field), EDIT, undefined, INSTANT);
    } finally {
      selection.addRange = add;
    }
    expect(field.textContent).toBe('Please I understand. Thanks.');
    expect(set).toEqual(['19-19']);
  });

  it('leaves the caret alone when the agent pressed a key while the edit went in', async () => {
    const field = contentEditable('Please calm down. Thanks.');
    const unbind = bindShortcuts(field, { shortcut: () => {} });
    stubExecCommand('works');
    const selection = document.getSelection()!;
    const add = selection.addRange.bind(selection);
    const placed: string[] = [];
    const command = document.execCommand.bind(document);
    (document as unknown as { execCommand: Document['execCommand'] }).execCommand = (c, u, v) => {
      const done = command(c, u, v);
      selection.collapse(field.firstChild, 19);
      // the agent goes on typing as the fix lands (a space, its text not in yet)
      field.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: ' ' }));
      selection.addRange = (range) => {
        placed.push(`${range.startOffset}-${range.endOffset}`);
        add(range);
      };
      return done;
    };
    try {
      const result = await insertWithChain(targetOf(field), EDIT, undefined, INSTANT);
      expect(result).toEqual({ ok: true, strategy: 'execcommand' });
    } finally {
      selection.addRange = add;
      unbind();
    }
    expect(placed).toEqual([]);
  });

  it('leaves the caret alone once the agent has typed after the edit showed', async () => {
    const field = contentEditable('Please calm down. Thanks.');
    stubExecCommand('works');
    const target = targetOf(field);
    const read = target.read;
    let shown = 0;
    const selection = document.getSelection()!;
    const add = selection.addRange.bind(selection);
    const placed: string[] = [];
    target.read = () => {
      // reads that show the edit: the first, once more as it settles, then settleCaret's, by
      // when the agent has typed a space after the edit (and from here on ranges are watched)
      if (field.textContent?.includes('I understand') && ++shown === 3) {
        field.firstChild!.textContent = 'Please I understand . Thanks.';
        selection.addRange = (range) => {
          placed.push(`${range.startOffset}-${range.endOffset}`);
          add(range);
        };
      }
      return read();
    };
    try {
      const result = await insertWithChain(target, EDIT, undefined, INSTANT);
      expect(result).toEqual({ ok: true, strategy: 'execcommand' });
    } finally {
      selection.addRange = add;
    }
    expect(shown).toBe(3);
    expect(placed).toEqual([]);
  });
});

describe('strategiesFor', () => {
  const names = (field: HTMLElement) => strategiesFor(field, STRATEGIES).map((s) => s.name);

  it('pastes first into CKEditor 5 (a step of its own; its typed text gathers the next words typed)', () => {
    const field = document.createElement('div');
    field.className = 'ck ck-content ck-editor__editable';
    expect(names(field)).toEqual(['paste', 'textarea', 'beforeinput', 'execcommand']);
  });

  it('keeps the usual order everywhere else', () => {
    const field = document.createElement('div');
    expect(names(field)).toEqual(['textarea', 'beforeinput', 'execcommand', 'paste']);
  });
});
