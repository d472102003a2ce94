// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Announcer, flagSummary, liveRegion } from '../../composer/announcer';
import { NewFlagTracker } from '../../composer/new-flags';
import type { Finding } from '../../phrasebank/finding';
import { useLanguage } from './fakes';

const finding = (ruleId: string, category: Finding['category'], text: string, start = 0): Finding => ({
  ruleId,
  category,
  start,
  end: start + text.length,
  text,
  message: '',
  suggestions: [],
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
  useLanguage('en');
});

describe('screen-reader summary of new flags', () => {
  it('words the summary with the count and the categories', () => {
    expect(flagSummary(2, ['stop-phrase', 'blame-shift'])).toBe('Tactful: 2 new flags — Stop-phrase, Blame-shifting');
    expect(flagSummary(1, ['overpromise'])).toBe('Tactful: 1 new flag — Overpromise');
    expect(flagSummary(3, ['runaround', 'runaround', 'badmouthing'])).toBe(
      'Tactful: 3 new flags — Runaround, Badmouthing',
    );
  });

  it('says it in Polish and Russian with their plural forms', () => {
    useLanguage('pl');
    expect([1, 2, 5, 12, 22].map((n) => flagSummary(n, ['stop-phrase']))).toEqual([
      'Tactful: 1 nowa uwaga — STOP-fraza',
      'Tactful: 2 nowe uwagi — STOP-fraza',
      'Tactful: 5 nowych uwag — STOP-fraza',
      'Tactful: 12 nowych uwag — STOP-fraza',
      'Tactful: 22 nowe uwagi — STOP-fraza',
    ]);
    useLanguage('ru');
    expect([1, 3, 5, 11, 21].map((n) => flagSummary(n, ['blame-shift', 'runaround']))).toEqual([
      'Tactful: 1 новое замечание — Перекладывание вины, «Футбол» клиента',
      'Tactful: 3 новых замечания — Перекладывание вины, «Футбол» клиента',
      'Tactful: 5 новых замечаний — Перекладывание вины, «Футбол» клиента',
      'Tactful: 11 новых замечаний — Перекладывание вины, «Футбол» клиента',
      'Tactful: 21 новое замечание — Перекладывание вины, «Футбол» клиента',
    ]);
  });

  it('is a polite live region that speaks once the agent pauses for a second', () => {
    vi.useFakeTimers();
    const region = liveRegion(document.body);
    expect(region.getAttribute('aria-live')).toBe('polite');
    const announcer = new Announcer(region, 1000);
    announcer.flags([finding('a', 'stop-phrase', 'calm down')]);
    vi.advanceTimersByTime(800);
    announcer.flags([finding('b', 'blame-shift', 'the warehouse messed up')]);
    vi.advanceTimersByTime(800);
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(300);
    expect(region.textContent).toBe('Tactful: 2 new flags — Stop-phrase, Blame-shifting');
    expect(region.lang).toBe('en');
  });

  it('counts each rule+text occurrence once per session, however often the draft is re-checked', () => {
    const tracker = new NewFlagTracker();
    const calm = finding('stop.calm', 'stop-phrase', 'calm down', 7);
    expect(tracker.newOnes([calm])).toEqual([calm]);
    expect(tracker.newOnes([{ ...calm, start: 12, end: 21 }])).toEqual([]);
    const second = { ...calm, start: 40, end: 49 };
    expect(tracker.newOnes([calm, second])).toEqual([second]);
  });
});
