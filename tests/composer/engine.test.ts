import { describe, expect, it } from 'vitest';
import { createChecker, EngineCache } from '../../composer/engine';
import { compileBank } from '../../phrasebank/compile/compile';
import { defaultForms } from '../../phrasebank/compile/english-forms';
import type { Language } from '../../phrasebank/finding';
import { fixtureBank } from '../phrasebank/helpers';

const compiled = compileBank(fixtureBank(), { forms: defaultForms });

describe('EngineCache and createChecker', () => {
  it('checks nothing until the language arrives, then announces it once loaded', async () => {
    const asked: Language[] = [];
    const cache = new EngineCache(async (language) => {
      asked.push(language);
      return language === 'en' ? compiled : null;
    });
    const loaded = new Promise<void>((done) => cache.onLoaded(done));
    const check = createChecker(cache);
    expect(check('Please calm down.')).toEqual([]);
    await loaded;
    expect(check('Please calm down.').map((f) => f.text)).toEqual(['Please calm down']);
    expect(asked).toEqual(['en']);
  });

  it('asks for a language only when a draft is in it, and once', async () => {
    const asked: Language[] = [];
    const cache = new EngineCache(async (language) => {
      asked.push(language);
      return null;
    });
    const check = createChecker(cache);
    check('Пожалуйста, успокойтесь.');
    check('Пожалуйста, успокойтесь!');
    await new Promise((r) => setTimeout(r, 0));
    expect(check('Пожалуйста, успокойтесь.')).toEqual([]);
    expect(asked).toEqual(['ru']);
  });

  it('stays quiet when the background cannot answer', async () => {
    const cache = new EngineCache(() => Promise.reject(new Error('Extension context invalidated')));
    const loaded = new Promise<void>((done) => cache.onLoaded(done));
    const check = createChecker(cache);
    expect(check('calm down')).toEqual([]);
    await loaded;
    expect(check('calm down')).toEqual([]);
  });
});

describe('EngineCache.clear', () => {
  it('asks the background again after the banks changed', async () => {
    let answer: typeof compiled | null = null;
    let asked = 0;
    const cache = new EngineCache(async () => {
      asked++;
      return answer;
    });
    const check = createChecker(cache);
    check('Please calm down.');
    await new Promise((r) => setTimeout(r, 0));
    expect(check('Please calm down.')).toEqual([]);
    answer = compiled;
    cache.clear();
    check('Please calm down.');
    await new Promise((r) => setTimeout(r, 0));
    expect(check('Please calm down.').map((f) => f.text)).toEqual(['Please calm down']);
    expect(asked).toBe(2);
  });
});

it('a checker picks up a replaced engine', async () => {
  const other = compileBank({ ...fixtureBank(), rules: fixtureBank().rules.filter((r) => r.id !== 'stop-phrase.calm-down') }, { forms: defaultForms });
  let answer = compiled;
  const cache = new EngineCache(async () => answer);
  const check = createChecker(cache);
  check('Please calm down.');
  await new Promise((r) => setTimeout(r, 0));
  expect(check('Please calm down.')).toHaveLength(1);
  answer = other;
  cache.clear();
  check('Please calm down.');
  await new Promise((r) => setTimeout(r, 0));
  expect(check('Please calm down.')).toEqual([]);
});
