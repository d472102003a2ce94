// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Announcer, flagSummary, liveRegion } from '../../../composer/announcer';
import { NewFlagTracker } from '../../../composer/new-flags';
import type { Finding } from '../../../phrasebank/finding';

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
});

describe('screen-reader summary of new flags', () => {
  it('words the summary with the count and the categories', () => {
    expect(flagSummary(2, ['stop-phrase', 'blame-shift'])).toBe('Tactful: 2 new flags — stop-phrase, blame-shift');
    expect(flagSummary(1, ['overpromise'])).toBe('Tactful: 1 new flag — overpromise');
    expect(flagSummary(3, ['runaround', 'runaround', 'badmouthing'])).toBe(
      'Tactful: 3 new flags — runaround, badmouthing',
    );
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
    expect(region.textContent).toBe('Tactful: 2 new flags — stop-phrase, blame-shift');
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
