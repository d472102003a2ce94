// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { execCommandStrategy } from '../../../composer/insert/execcommand';
import { contentEditable, INSTANT, stubExecCommand, targetOf } from './fake-editor';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('execCommand strategy', () => {
  it('selects the span through the text model, sends a replacement input event before and after inserting', async () => {
    const field = contentEditable('<p>Please <b>calm</b> down.</p><p>Bye</p>');
    const calls = stubExecCommand('works');
    const events: string[] = [];
    let selectedWhenCalled = '';
    const original = document.execCommand.bind(document);
    (document as unknown as { execCommand: Document['execCommand'] }).execCommand = (c, u, v) => {
      selectedWhenCalled = document.getSelection()?.toString() ?? '';
      return original(c, u, v);
    };
    field.addEventListener('input', (e) => events.push(`${(e as InputEvent).inputType}:${field.textContent}`));
    const claimed = await execCommandStrategy.attempt(
      targetOf(field),
      { start: 7, end: 16, text: 'I understand' },
      INSTANT,
    );
    expect(claimed).toBe(false);
    expect(selectedWhenCalled).toBe('calm down');
    expect(calls).toEqual(['insertText:I understand']);
    // before: TinyMCE closes the agent's typing as an undo level of its own; after: the fix's level
    expect(events).toEqual([
      'insertReplacementText:Please calm down.Bye',
      'insertReplacementText:Please I understand.Bye',
    ]);
    expect(targetOf(field).read().text).toBe('Please I understand.\nBye\n');
  });

  it('sends no input event after a command the browser refuses', async () => {
    const field = contentEditable('Please calm down.');
    stubExecCommand('refuses');
    const events: string[] = [];
    field.addEventListener('input', () => events.push(`input:${field.textContent}`));
    await execCommandStrategy.attempt(targetOf(field), { start: 7, end: 16, text: 'x' }, INSTANT);
    expect(events).toEqual(['input:Please calm down.']);
    expect(field.textContent).toBe('Please calm down.');
  });

  it('deletes a span when the new text is empty', async () => {
    const field = contentEditable('Please calm down.');
    const calls = stubExecCommand('works');
    await execCommandStrategy.attempt(targetOf(field), { start: 6, end: 16, text: '' }, INSTANT);
    expect(calls).toEqual(['delete:']);
  });
});
