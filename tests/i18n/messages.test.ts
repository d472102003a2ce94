import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { formatMessage, languageOf, t, tCount, useMessageTable } = await import('../../i18n/messages');

type Table = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (l: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${l}/messages.json`), 'utf8')) as Table;
const en = load('en');

describe('t() without the extension', () => {
  it('answers with the key when the browser API throws (the old content script after an update)', () => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    try {
      expect(t('coachNoFix')).toBe('coachNoFix');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('UI strings', () => {
  it.each(['pl', 'ru'])('%s has every English message, with the same placeholders', (language) => {
    const other = load(language);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      expect(Object.keys(other[key].placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
      expect(other[key].message.trim(), key).not.toBe('');
    }
  });

  it('keeps the keys in the same order in every locale', () => {
    expect(Object.keys(load('pl'))).toEqual(Object.keys(en));
    expect(Object.keys(load('ru'))).toEqual(Object.keys(en));
  });

  it.each(['en', 'pl', 'ru'])('%s has every plural form its counts need', (language) => {
    const table = load(language);
    const rules = new Intl.PluralRules(language);
    const bases = Object.keys(en)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length));
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases)
      for (let n = 0; n <= 112; n++) expect(table[`${base}_${rules.select(n)}`], `${base} ${n}`).toBeDefined();
  });

  it('uses only the characters Chrome allows in message names', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('formats placeholders like chrome.i18n', () => {
    expect(
      formatMessage({ message: '$A$ and $B$ cost $$5', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, [
        'x',
        'y',
      ]),
    ).toBe('x and y cost $5');
    expect(formatMessage(undefined, [])).toBe('');
  });

  it('picks the UI language of a browser locale', () => {
    expect(languageOf('pl-PL')).toBe('pl');
    expect(languageOf('ru')).toBe('ru');
    expect(languageOf('de-DE')).toBe('en');
  });

  it('translates from a chosen locale’s table, with plural forms', () => {
    useMessageTable(load('pl'), 'pl');
    expect(t('examplesSummary', 3, 1)).toBe('Przykłady: zaliczone 3, niezaliczone 1');
    useMessageTable({ n_one: { message: 'jeden' }, n_few: { message: 'kilka' }, n_many: { message: 'wiele' } }, 'pl');
    expect([1, 3, 5, 22].map((n) => tCount('n', n))).toEqual(['jeden', 'kilka', 'wiele', 'kilka']);
  });

  it('follows a switch of the UI language in plural forms (the plural rules are kept per language)', () => {
    const table = {
      n_one: { message: 'one' },
      n_few: { message: 'few' },
      n_many: { message: 'many' },
      n_other: { message: 'other' },
    };
    useMessageTable(table, 'en');
    expect([1, 5].map((n) => tCount('n', n))).toEqual(['one', 'other']);
    useMessageTable(table, 'ru');
    expect([1, 3, 5].map((n) => tCount('n', n))).toEqual(['one', 'few', 'many']);
    useMessageTable(table, 'en');
    expect(tCount('n', 5)).toBe('other');
  });
});
