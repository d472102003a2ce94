// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { textareaStrategy } from '../../../composer/insert/textarea';
import { INSTANT, stubExecCommand, targetOf, textarea } from './fake-editor';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('textarea strategy', () => {
  it('inserts with execCommand (native undo) over the selected span, caret after the text', async () => {
    const field = textarea('Please calm down. Thanks.');
    const calls = stubExecCommand('works');
    const inputs: string[] = [];
    field.addEventListener('input', () => inputs.push('input'));
    await textareaStrategy.attempt(targetOf(field), { start: 7, end: 16, text: 'I understand' }, INSTANT);
    expect(calls).toEqual(['insertText:I understand']);
    expect(field.value).toBe('Please I understand. Thanks.');
    expect(field.selectionStart).toBe(19);
    // the browser's own input event, not a second synthetic one
    expect(inputs).toEqual([]);
  });

  it('falls back to setRangeText and an input event when execCommand does nothing', async () => {
    const field = textarea('Please calm down. Thanks.');
    stubExecCommand('refuses');
    const inputs: string[] = [];
    field.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    await textareaStrategy.attempt(targetOf(field), { start: 7, end: 16, text: 'I understand' }, INSTANT);
    expect(field.value).toBe('Please I understand. Thanks.');
    expect(field.selectionStart).toBe(19);
    expect(inputs).toEqual(['insertReplacementText']);
  });

  it('accepts only textareas', () => {
    expect(textareaStrategy.accepts(document.createElement('textarea'))).toBe(true);
    expect(textareaStrategy.accepts(document.createElement('div'))).toBe(false);
  });
});
