import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../phrasebank/tokenize';

describe('tokenize', () => {
  it('keeps source offsets for every token', () => {
    const text = 'Hello,  Anna! Zamówienie?';
    for (const t of tokenize(text, 'pl')) expect(text.slice(t.start, t.end).toLowerCase().length).toBeGreaterThan(0);
    expect(tokenize(text, 'pl').map((t) => text.slice(t.start, t.end))).toEqual(['Hello', 'Anna', 'Zamówienie']);
  });

  it('folds case and Polish diacritics, and ё', () => {
    expect(fold('PROSZĘ SIĘ USPOKOIĆ')).toBe('prosze sie uspokoic');
    expect(fold('Ещё')).toBe('еще');
    expect(fold('don’t')).toBe("don't");
  });

  it('expands English contractions with and without the apostrophe', () => {
    expect(tokenize("I don't know", 'en').map((t) => t.norm)).toEqual(['i', 'do', 'not', 'know']);
    expect(tokenize('I dont know', 'en').map((t) => t.norm)).toEqual(['i', 'do', 'not', 'know']);
    expect(tokenize('That’s the courier’s fault', 'en').map((t) => t.norm)).toEqual([
      'that', 'is', 'the', 'courier', "'s", 'fault',
    ]);
  });

  it('takes words named like Object.prototype members as plain words', () => {
    // "constructor" once found Object.prototype.constructor in the contraction table and threw
    expect(tokenize('The constructor toString valueOf', 'en').map((t) => t.norm)).toEqual(['the', 'constructor', 'tostring', 'valueof']);
  });

  it('does not expand contractions outside English', () => {
    expect(tokenize("dont", 'pl').map((t) => t.norm)).toEqual(['dont']);
  });

  it('numbers sentences at . ! ? ; … and line breaks', () => {
    const s = tokenize('a b. c! d? e; f… g\nh', 'en').map((t) => t.sentence);
    expect(s).toEqual([0, 0, 1, 2, 3, 4, 5, 6]);
  });

  it('tokenizes a slice with its own offsets', () => {
    const text = 'One. Two three.';
    expect(tokenize(text, 'en', 5, text.length).map((t) => [t.norm, t.start])).toEqual([
      ['two', 5],
      ['three', 9],
    ]);
  });
});
