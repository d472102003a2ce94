import { describe, expect, it } from 'vitest';
import { LanguageMemory } from '../../composer/draft-language';
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

describe('createChecker and the language last written in', () => {
  const recording = () => {
    const asked: Language[] = [];
    const cache = new EngineCache(async (language) => {
      asked.push(language);
      return null;
    });
    return { asked, cache };
  };

  it('preloads the remembered language for an empty draft, and never English for nothing', async () => {
    const { asked, cache } = recording();
    const memory = new LanguageMemory({ get: async () => ({ 'tactful.draftLanguage': 'pl' }), set: async () => {} });
    const check = createChecker(cache, memory);
    expect(check('')).toEqual([]);
    await memory.loaded();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual(['pl']);
    check('');
    expect(asked).toEqual(['pl']);
  });

  it('preloads English when no language is remembered yet', async () => {
    const { asked, cache } = recording();
    const memory = new LanguageMemory(null);
    createChecker(cache, memory)('');
    await memory.loaded();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual(['en']);
  });

  it('remembers the language of a draft long enough to tell, and the next empty draft starts in it', async () => {
    const { asked, cache } = recording();
    const memory = new LanguageMemory(null);
    createChecker(cache, memory)('Здравствуйте! Приносим извинения за задержку доставки, заказ уже в пути.');
    expect(memory.preferred).toBe('ru');
    createChecker(cache, memory)('');
    await memory.loaded();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual(['ru']);
  });
});

describe('createChecker().ready', () => {
  it('resolves true once the tables of the language it last checked arrive, false when they were in', async () => {
    let deliver = () => {};
    const cache = new EngineCache(
      (language) => new Promise((done) => (deliver = () => done(language === 'en' ? compiled : null))),
    );
    const check = createChecker(cache);
    expect(await check.ready!()).toBe(false); // nothing checked yet: nothing to wait for
    expect(check('Please calm down.')).toEqual([]);
    let settled = false;
    const ready = check.ready!().then((waited) => {
      settled = true;
      return waited;
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toBe(false);
    deliver();
    expect(await ready).toBe(true);
    expect(check('Please calm down.').map((f) => f.text)).toEqual(['Please calm down']);
    expect(await check.ready!()).toBe(false);
  });

  it('gives up after its time limit when the background never answers', async () => {
    const cache = new EngineCache(() => new Promise(() => {}));
    createChecker(cache)('calm down');
    expect(await cache.whenLoaded('en', 20)).toBe(true);
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
  const other = compileBank(
    { ...fixtureBank(), rules: fixtureBank().rules.filter((r) => r.id !== 'stop-phrase.calm-down') },
    { forms: defaultForms },
  );
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
