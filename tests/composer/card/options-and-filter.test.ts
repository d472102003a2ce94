// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardOptions } from '../../../composer/card-options';
import { offsetAt } from '../../../composer/caret';
import { occurrenceKeys } from '../../../composer/finding-keys';
import { findingAtCaret } from '../../../composer/flag-hit';
import { filterModules } from '../../../composer/module-filter';
import { readContentEditable } from '../../../composer/text-model';
import { visibleFindings } from '../../../composer/visible-findings';
import type { PhraseModule } from '../../../phrasebank/types';
import { calmDown, MODULES } from './fakes';

const DRAFT = 'Please calm down. The warehouse messed up your order.';

describe('what the card offers', () => {
  it('replacements first, then the rule’s modules that exist in the language', () => {
    const f = calmDown(DRAFT, {
      suggestions: [
        { kind: 'module', moduleId: 'greeting.chat-introduction' },
        { kind: 'replace', text: 'I understand' },
        { kind: 'module', moduleId: 'missing' },
      ],
    });
    expect(cardOptions(f, MODULES)).toEqual([
      { kind: 'replace', text: 'I understand' },
      { kind: 'module', module: MODULES[1] },
    ]);
    expect(cardOptions(f, null)).toEqual([{ kind: 'replace', text: 'I understand' }]);
  });
});

describe('which flag the caret is in', () => {
  it('inside wins over touching an edge', () => {
    const a = calmDown(DRAFT, { start: 0, end: 10 });
    const b = calmDown(DRAFT, { start: 10, end: 20 });
    expect(findingAtCaret([a, b], { start: 10, end: 10 })).toBe(a);
    expect(findingAtCaret([a, b], { start: 12, end: 12 })).toBe(b);
    expect(findingAtCaret([a, b], { start: 25, end: 25 })).toBeNull();
  });
});

describe('ignoring', () => {
  it('hides rules ignored on this site, switched-off categories and occurrences ignored once', () => {
    const f1 = calmDown(DRAFT);
    const f2 = calmDown(DRAFT, { start: 30, end: 39 });
    const blame = calmDown(DRAFT, { ruleId: 'blame', category: 'blame-shift', text: 'x', start: 40, end: 41 });
    const all = [f1, f2, blame];
    const keys = occurrenceKeys(all);
    const settings = {
      categories: { 'stop-phrase': true, 'blame-shift': true, badmouthing: true, overpromise: true, runaround: true },
      ignoredRules: { 'https://a.example': ['blame'] },
    };
    expect(
      visibleFindings(all, keys, { settings, origin: 'https://a.example', ignoredOnce: new Set([keys[0]]) }),
    ).toEqual([f2]);
    expect(visibleFindings(all, keys, { settings, origin: 'https://b.example', ignoredOnce: new Set() })).toEqual(all);
    const off = { ...settings, categories: { ...settings.categories, 'stop-phrase': false } };
    expect(visibleFindings(all, keys, { settings: off, origin: 'https://b.example', ignoredOnce: new Set() })).toEqual([
      blame,
    ]);
  });
});

describe('picker filter', () => {
  const modules: PhraseModule[] = [
    { id: 'a', situation: 'closing', title: 'Anything else?', text: 'Just reply.' },
    { id: 'b', situation: 'apology-ownership', title: 'Przepraszamy za zamówienie', text: 'We own it.' },
    { id: 'c', situation: 'next-steps', title: 'Next', text: 'I will reply by {date}.', tags: ['timeline'] },
  ];
  it('matches every word in title, situation, text or tags, titles first, ignoring case and accents', () => {
    expect(filterModules(modules, '').map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(filterModules(modules, 'reply').map((m) => m.id)).toEqual(['a', 'c']);
    expect(filterModules(modules, 'apology').map((m) => m.id)).toEqual(['b']);
    expect(filterModules(modules, 'zamowienie').map((m) => m.id)).toEqual(['b']);
    expect(filterModules(modules, 'timeline reply').map((m) => m.id)).toEqual(['c']);
    expect(filterModules(modules, 'next')[0].id).toBe('c');
  });
});

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
