// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readContentEditable } from '../../composer/text-model';
import { EDITOR_INTERNALS, loadPage } from './fixture-pages';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

/** The DOM text a model range covers, for a phrase of the model text. */
function rangeOf(root: HTMLElement, phrase: string): string | undefined {
  const model = readContentEditable(root);
  const start = model.text.indexOf(phrase);
  return start < 0 ? undefined : model.toRange(start, start + phrase.length)?.toString();
}

/** An editable from the editor-internals fixture, copied into the live document (Ranges need one). */
function internals(id: string): HTMLElement {
  const copy = document.importNode(loadPage(EDITOR_INTERNALS).getElementById(id)!, true);
  document.body.append(copy);
  return copy;
}

describe('readContentEditable', () => {
  it('joins blocks with line breaks and maps offsets back to DOM ranges', () => {
    const el = editor('<p>Hello Anna,</p><p>please <b>calm</b> down.</p>');
    const model = readContentEditable(el);
    expect(model.text).toBe('Hello Anna,\nplease calm down.\n');
    const start = model.text.indexOf('calm down');
    expect(model.toRange(start, start + 9)?.toString()).toBe('calm down');
  });

  it('leaves quoted text and signatures out of the text', () => {
    const el = editor('Thanks!<blockquote>calm down</blockquote><div class="gmail_signature">Bob</div>');
    expect(readContentEditable(el).text).toBe('Thanks!\n');
  });

  it('maps an end offset at a node boundary to the earlier node', () => {
    const el = editor('<b>calm</b> down');
    const model = readContentEditable(el);
    const range = model.toRange(0, 4)!;
    expect(range.toString()).toBe('calm');
    expect(range.endContainer.textContent).toBe('calm');
  });

  it('stops at an Outlook reply boundary: the thread follows it as siblings', () => {
    const el = editor(
      '<div>Hello,</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Anna</div><div>calm down</div>',
    );
    expect(readContentEditable(el).text).toBe('Hello,\n');
  });

  it('stops at the boundary even when it is nested inside a block', () => {
    const el = editor(
      '<div><p>Hi</p><div><div id="divRplyFwdMsg">From</div><p>calm down</p></div></div><p>calm down</p>',
    );
    expect(readContentEditable(el).text).toBe('Hi\n');
  });
});

describe('readContentEditable on what real editors put in their editable', () => {
  it('CKEditor 5: drops the inline filler and the fake selection container, offsets stay exact', () => {
    const root = internals('ckeditor5');
    const model = readContentEditable(root);
    expect(model.text).toBe('Please calm down.\n');
    const start = model.text.indexOf('calm');
    const range = model.toRange(start, start + 'calm down'.length)!;
    expect(range.toString()).toBe('calm down');
    expect(range.startContainer.textContent).toBe(`${'\u2060'.repeat(7)}calm`);
    expect(range.startOffset).toBe(7);
  });

  it('TinyMCE: ignores bogus UI elements and the caret filler', () => {
    const model = readContentEditable(internals('tinymce'));
    expect(model.text).toBe('Please calm down.\n\n');
    expect(model.text.match(/calm down/g)).toHaveLength(1);
  });

  it('Quill: drops the cursor blot filler', () => {
    expect(rangeOf(internals('quill'), 'Please calm down.')).toBe('Please \ufeffcalm down.');
  });

  it('Slate: drops the zero-width leaf', () => {
    expect(readContentEditable(internals('slate')).text).toBe('Please calm down.\n\n');
  });

  it('skips pasted <style> and <script>', () => {
    expect(readContentEditable(internals('pasted')).text).toBe('Please calm down.\n');
  });

  it('keeps a word whole across a filler inside it', () => {
    const el = editor('ca\u200blm down');
    expect(readContentEditable(el).text).toBe('calm down');
    expect(rangeOf(el, 'calm')).toBe('ca\u200blm');
    expect(rangeOf(el, 'lm')).toBe('lm');
    expect(rangeOf(el, 'ca')).toBe('ca');
  });
});
