// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offsetAt } from '../../composer/caret';
import { readContentEditable } from '../../composer/text-model';

describe('caret offsets in the text model', () => {
  it('maps DOM points back to model offsets, across blocks and element positions', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p>Hello <b>Anna</b>,</p><p><br></p><p>calm down</p>';
    document.body.append(el);
    const model = readContentEditable(el);
    expect(model.text).toBe('Hello Anna,\n\ncalm down\n');
    const bold = el.querySelector('b')!.firstChild!;
    expect(offsetAt(model, bold, 2)).toBe(8);
    const last = el.querySelectorAll('p')[2].firstChild!;
    expect(offsetAt(model, last, 4)).toBe(17);
    expect(offsetAt(model, el, 0)).toBe(0);
  });

  it('puts a caret at the end of a block before its line break, and one on an empty line after it', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p>Thanks. ;;</p><p><br></p>';
    document.body.append(el);
    const model = readContentEditable(el);
    expect(model.text).toBe('Thanks. ;;\n\n');
    expect(offsetAt(model, el.querySelector('p')!.firstChild!, 10)).toBe(10);
    expect(offsetAt(model, el.querySelectorAll('p')[1], 0)).toBe(11);
  });
});
