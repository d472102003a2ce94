import { describe, expect, it } from 'vitest';
import { fitModule, fitReplacement, moduleTarget, sentenceAround } from '../../composer/module-text';

const TYPED = 'Please calm down. The warehouse messed up your order.';

describe('fitting a fix into the draft', () => {
  it('capitalises a replacement at a sentence start only', () => {
    expect(fitReplacement('we made a mistake', '')).toBe('We made a mistake');
    expect(fitReplacement('we made a mistake', 'Sorry. ')).toBe('We made a mistake');
    expect(fitReplacement('we made a mistake', 'Sorry, ')).toBe('we made a mistake');
  });

  it('fits a module: no doubled full stop or space, a space after the word before', () => {
    const template = 'I will find out by {date|tomorrow}.{cursor}';
    expect(fitModule(template, {}, 'Thanks.', '')).toEqual({
      text: ' I will find out by tomorrow.',
      caret: 29,
    });
    expect(fitModule(template, {}, 'Hi, ', '. Bye')).toEqual({ text: 'I will find out by tomorrow', caret: 27 });
    expect(fitModule('Thank you. {cursor}', {}, '', ' The rest')).toEqual({ text: 'Thank you.', caret: 10 });
  });
});

describe('what a module from the card replaces', () => {
  it('finds the sentence around a flag', () => {
    const start = TYPED.indexOf('calm down');
    expect(sentenceAround(TYPED, start, start + 9)).toEqual({ start: 0, end: 17 });
    const w = TYPED.indexOf('warehouse');
    expect(sentenceAround(TYPED, w, w + 9)).toEqual({ start: 18, end: TYPED.length });
  });

  it('takes over a sentence that is only the flag and a filler word', () => {
    const start = TYPED.indexOf('calm down');
    expect(moduleTarget(TYPED, { start, end: start + 9 })).toEqual({ start: 0, end: 17 });
  });

  it('replaces only the flagged words when the sentence says more', () => {
    const text = 'I understand, but please calm down and send me the order number.';
    const start = text.indexOf('calm down');
    expect(moduleTarget(text, { start, end: start + 9 })).toEqual({ start, end: start + 9 });
  });
});
