// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pasteStrategy } from '../../../composer/insert/paste';
import { contentEditable, INSTANT, replaceRange, targetOf } from './fake-editor';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('paste strategy', () => {
  it('gives an editor that handles paste the text as text/plain, over the selected span', async () => {
    const field = contentEditable('Please calm down.');
    field.addEventListener('paste', (event) => {
      event.preventDefault();
      const selection = document.getSelection()!;
      replaceRange(selection.getRangeAt(0), event.clipboardData?.getData('text/plain') ?? '');
    });
    const claimed = await pasteStrategy.attempt(targetOf(field), { start: 7, end: 16, text: 'I understand' }, INSTANT);
    expect(claimed).toBe(true);
    expect(field.textContent).toBe('Please I understand.');
  });

  it('does not claim anything in an editor that ignores paste', async () => {
    const field = contentEditable('Please calm down.');
    expect(await pasteStrategy.attempt(targetOf(field), { start: 7, end: 16, text: 'x' }, INSTANT)).toBe(false);
    expect(field.textContent).toBe('Please calm down.');
  });

  it('never pastes an empty text (it would not delete the span)', async () => {
    const field = contentEditable('Please calm down.');
    let pasted = false;
    field.addEventListener('paste', () => {
      pasted = true;
    });
    await pasteStrategy.attempt(targetOf(field), { start: 7, end: 16, text: '' }, INSTANT);
    expect(pasted).toBe(false);
  });

  it('stays out of Firefox, where the page would read the pasted text as empty', () => {
    const field = contentEditable('Please calm down.');
    expect(pasteStrategy.accepts(field)).toBe(true);
    // Firefox content scripts, and only they, see exportFunction
    const sandbox = globalThis as { exportFunction?: unknown };
    sandbox.exportFunction = () => undefined;
    try {
      expect(pasteStrategy.accepts(field)).toBe(false);
    } finally {
      delete sandbox.exportFunction;
    }
  });
});
