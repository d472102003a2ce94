// @vitest-environment happy-dom
/** Site adapters through the registry, on the fixture pages: which element is the composer, what is left alone. */
import { describe, expect, it } from 'vitest';
import { findComposerRoot, readComposerVariables } from '../../composer/sites/registry';
import { loadPage } from './fixture-pages';

function el(page: string, selector: string): HTMLElement {
  const found = loadPage(page).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${page} has no ${selector}`);
  return found;
}

/** page, the composer's editable, an element inside it the caret may be in */
const COMPOSERS: [page: string, body: string, inside: string][] = [
  ['gmail.html', '[id=":r1"]', '[id=":r1"] > div'],
  ['outlook.html', '[aria-label^="Message body"]', '.elementToProof'],
  ['zendesk.html', '.ck-editor__editable', '.ck-editor__editable p'],
  ['freshdesk.html', '.fr-element', '.fr-element p'],
  ['intercom.html', '.ProseMirror', '.ProseMirror p'],
  ['helpscout.html', '[data-slate-editor]', '[data-slate-leaf]'],
  [
    'front.html',
    '[data-testid="composer-editor"] [role=textbox]',
    '[data-testid="composer-editor"] [role=textbox] > div',
  ],
  ['zammad.html', '.ProseMirror', '.ProseMirror p'],
  ['zammad-legacy.html', '.richtext-content', '.richtext-content > div'],
  ['chatwoot.html', '.ProseMirror', '.ProseMirror p'],
  ['osticket.html', '.redactor-in', '.redactor-in p'],
  ['osticket-legacy.html', '.redactor-editor', '.redactor-editor p'],
  ['textarea.html', '#reply', '#reply'],
  ['contenteditable.html', '#note', '#note'],
];

describe('findComposerRoot', () => {
  for (const [page, body, inside] of COMPOSERS) {
    it(`finds the composer of ${page}`, () => {
      expect(findComposerRoot(el(page, body))).toBe(el(page, body));
      expect(findComposerRoot(el(page, inside))).toBe(el(page, body));
    });
  }

  it("finds each of Gmail's three bodies separately", () => {
    const bodies = [...loadPage('gmail.html').querySelectorAll<HTMLElement>('.Am.editable')];
    expect(bodies.map((b) => findComposerRoot(b))).toEqual(bodies);
  });

  it('takes the outermost editable host, not a nested editable island', () => {
    const outer = document.createElement('div');
    outer.contentEditable = 'true';
    outer.innerHTML =
      '<p>text</p><figure contenteditable="false"><figcaption contenteditable="true">caption</figcaption></figure>';
    document.body.append(outer);
    expect(findComposerRoot(outer.querySelector('figcaption')!)).toBe(outer);
  });

  it('checks a composer whose wrapper names a human language', () => {
    const wrapper = document.createElement('div');
    wrapper.dataset.language = 'en';
    wrapper.innerHTML = '<div contenteditable="true"><p>Hello</p></div>';
    document.body.append(wrapper);
    const field = wrapper.firstElementChild as HTMLElement;
    expect(findComposerRoot(field)).toBe(field);
  });

  const NOT_PROSE: [page: string, field: string][] = [
    ['non-prose.html', '#codemirror'],
    ['non-prose.html', '#query-editor'],
    ['non-prose.html', '#codemirror5'],
    ['non-prose.html', '#monaco'],
    ['non-prose.html', '#ace'],
    ['non-prose.html', '#payload'],
    ['non-prose.html', '#search-box'],
    ['non-prose.html', '#search'],
    ['non-prose.html', '#password'],
    ['outlook.html', '[aria-label="To"]'],
    ['outlook.html', '[aria-label="Cc"]'],
    ['gmail.html', 'input[name=subjectbox]'],
  ];
  for (const [page, field] of NOT_PROSE) {
    it(`leaves ${field} of ${page} alone`, () => {
      expect(findComposerRoot(el(page, field))).toBeNull();
    });
  }
});

describe('readComposerVariables', () => {
  it('Gmail: the addressee of each compose window', () => {
    expect(readComposerVariables(el('gmail.html', '[id=":r1"]'))).toEqual({ 'customer.name': 'Anna Kowalska' });
    expect(readComposerVariables(el('gmail.html', '[id=":ab"]'))).toEqual({ 'customer.name': 'Anna Kowalska' });
    expect(readComposerVariables(el('gmail.html', '[id=":cd"]'))).toEqual({ 'customer.name': 'Jan Nowak' });
  });

  it("Gmail: the thread's sender when the reply has no named recipient yet", () => {
    const doc = new DOMParser().parseFromString(
      '<span class="gD" email="anna@example.com" name="Anna Kowalska">Anna</span><div class="ip"><span email="anna@example.com">anna@example.com</span>' +
        '<div class="Am Al editable" g_editable="true" role="textbox" contenteditable="true"></div></div>',
      'text/html',
    );
    expect(readComposerVariables(doc.querySelector<HTMLElement>('.Am')!)).toEqual({ 'customer.name': 'Anna Kowalska' });
  });

  it('Zendesk: the requester', () => {
    expect(readComposerVariables(el('zendesk.html', '.ck-editor__editable'))).toEqual({
      'customer.name': 'Anna Kowalska',
    });
  });

  it('nothing where the site shows no name', () => {
    expect(readComposerVariables(el('textarea.html', '#reply'))).toEqual({});
    expect(readComposerVariables(el('intercom.html', '.ProseMirror'))).toEqual({});
  });
});
