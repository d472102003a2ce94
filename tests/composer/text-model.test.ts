// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readContentEditable } from '../../composer/text-model';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  return el;
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
});
