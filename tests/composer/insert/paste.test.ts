// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pasteEvent, pasteStrategy } from '../../../composer/insert/paste';
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

  it("also carries the text in Firefox's own init members, from which Firefox builds the paste's data", () => {
    // (Firefox ignores the init's clipboardData: with it alone the page read an empty paste)
    const seen: ClipboardEventInit[] = [];
    const view = Object.create(window, {
      ClipboardEvent: {
        value: class extends window.ClipboardEvent {
          constructor(type: string, init: ClipboardEventInit) {
            super(type, init);
            seen.push(init);
          }
        },
      },
    });
    const event = pasteEvent(view, 'I understand');
    expect(event.clipboardData?.getData('text/plain')).toBe('I understand');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ dataType: 'text/plain', data: 'I understand', bubbles: true, cancelable: true });
  });

  it('is offered in every browser, Firefox included, but never for a textarea', () => {
    expect(pasteStrategy.accepts(contentEditable('Please calm down.'))).toBe(true);
    expect(pasteStrategy.accepts(document.createElement('textarea'))).toBe(false);
  });
});
