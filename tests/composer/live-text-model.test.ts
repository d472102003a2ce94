// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiveTextModel } from '../../composer/live-text-model';
import { readContentEditable, type TextModel } from '../../composer/text-model';

/** A live model of `html`, fed by a real subtree observer like a composer session's. */
function live(html: string) {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.append(root);
  const model = new LiveTextModel(root);
  const observer = new MutationObserver(() => {});
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  const read = () => {
    model.note(observer.takeRecords());
    return model.read();
  };
  return { root, read, textNodes: () => textNodesOf(root) };
}

function textNodesOf(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Every offset maps to the same DOM position as in a fresh full read. */
function expectSameAsFullRead(model: TextModel, root: HTMLElement) {
  const full = readContentEditable(root);
  expect(model.text).toBe(full.text);
  for (let offset = 0; offset <= full.text.length; offset++) {
    expect(model.toDom(offset), `offset ${offset}`).toEqual(full.toDom(offset));
  }
}

describe('LiveTextModel', () => {
  it('patches typing inside a text node without reading the DOM again', () => {
    const { root, read, textNodes } = live('<p>Hello Anna,</p><p>please <b>calm</b> down.</p><p>Bye</p>');
    const first = read();
    expect(first.text).toBe('Hello Anna,\nplease calm down.\nBye\n');
    textNodes()[0].data = 'Hello dear Anna,';
    const second = read();
    expect(second.text).toBe('Hello dear Anna,\nplease calm down.\nBye\n');
    // later runs shifted with the edit: "calm" still maps to its own node
    const start = second.text.indexOf('calm');
    expect(second.toRange(start, start + 4)?.toString()).toBe('calm');
    expectSameAsFullRead(second, root);
  });

  it('reads again after nodes are added or removed', () => {
    const { root, read } = live('<p>one</p>');
    read();
    const p = document.createElement('p');
    p.textContent = 'two';
    root.append(p);
    expect(read().text).toBe('one\ntwo\n');
  });

  it('reads again when a change brings caret fillers or line breaks into a node', () => {
    const { root, read, textNodes } = live('<p>one two</p><p>three</p>');
    read();
    textNodes()[0].data = 'one\u200b two';
    expect(read().text).toBe('one two\nthree\n');
    textNodes()[1].data = 'thr\nee';
    expectSameAsFullRead(read(), root);
  });

  it('equals a full read after any sequence of edits', () => {
    const html = fc.constantFrom(
      '<p>Hello Anna,</p><p>please <b>calm</b> down.</p>',
      '<div>one<br>two <i>three</i></div><blockquote>quoted</blockquote><p>four</p>',
      'plain <span>text</span> with <em>marks</em>',
    );
    const edit = fc.record({
      kind: fc.constantFrom('type', 'type', 'type', 'delete', 'empty', 'filler', 'newline', 'add', 'remove'),
      at: fc.nat(),
      text: fc.string({ minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(html, fc.array(edit, { maxLength: 12 }), (markup, edits) => {
        document.body.innerHTML = '';
        const { root, read, textNodes } = live(markup);
        read();
        for (const e of edits) {
          const nodes = textNodes();
          const node = nodes[e.at % Math.max(1, nodes.length)];
          if (e.kind === 'add' || !node) root.append(document.createTextNode(e.text));
          else if (e.kind === 'remove') node.remove();
          else {
            const at = e.at % (node.data.length + 1);
            if (e.kind === 'type') node.insertData(at, e.text);
            else if (e.kind === 'delete') node.deleteData(at, 1);
            else if (e.kind === 'empty') node.data = '';
            else node.insertData(at, e.kind === 'filler' ? '\ufeff' : '\n');
          }
          expectSameAsFullRead(read(), root);
        }
      }),
      { numRuns: 200 },
    );
  });
});
