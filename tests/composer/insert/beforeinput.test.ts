// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { beforeInputStrategy } from '../../../composer/insert/beforeinput';
import { contentEditable, INSTANT, replaceRange, targetOf } from './fake-editor';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('beforeinput strategy', () => {
  it('hands an editor that owns beforeinput the span as its target range', async () => {
    const field = contentEditable('<p>Please calm down. Thanks.</p>');
    const seen: { inputType: string; data: string | null; covered: string; dataTransfer: unknown }[] = [];
    field.addEventListener('beforeinput', (event) => {
      const [range] = event.getTargetRanges();
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      seen.push({
        inputType: event.inputType,
        data: event.data,
        covered: live.toString(),
        dataTransfer: event.dataTransfer,
      });
      event.preventDefault();
      replaceRange(range, event.data ?? '');
    });
    const claimed = await beforeInputStrategy.attempt(
      targetOf(field),
      { start: 7, end: 16, text: 'I understand' },
      INSTANT,
    );
    expect(claimed).toBe(true);
    // the text rides in `data` alone: in Firefox a DataTransfer a content script fills reads back
    // empty in the page, and Lexical, which prefers it, then inserted nothing
    expect(seen).toEqual([
      { inputType: 'insertReplacementText', data: 'I understand', covered: 'calm down', dataTransfer: null },
    ]);
    expect(field.textContent).toBe('Please I understand. Thanks.');
  });

  it('uses insertText for an insertion at a caret', async () => {
    const field = contentEditable('Hello ');
    let inputType = '';
    field.addEventListener('beforeinput', (event) => {
      inputType = event.inputType;
    });
    await beforeInputStrategy.attempt(targetOf(field), { start: 6, end: 6, text: 'Anna' }, INSTANT);
    expect(inputType).toBe('insertText');
  });

  it('leaves a plain contenteditable alone and does not claim the edit', async () => {
    const field = contentEditable('Please calm down.');
    const claimed = await beforeInputStrategy.attempt(targetOf(field), { start: 7, end: 16, text: 'x' }, INSTANT);
    expect(claimed).toBe(false);
    expect(field.textContent).toBe('Please calm down.');
  });

  it('does not apply to textareas', () => {
    expect(beforeInputStrategy.accepts(document.createElement('textarea'))).toBe(false);
  });
});
