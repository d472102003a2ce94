import { describe, expect, it } from 'vitest';
import { REPORTED_SPEECH } from '../../../phrasebank/compile/reported-speech-frames';
import type { Language } from '../../../phrasebank/finding';
import { reportedSpans } from '../../../phrasebank/reported-speech';

/** the reported words of `text` */
const reported = (text: string, language: Language) =>
  reportedSpans(text, REPORTED_SPEECH[language]).map(([a, b]) => text.slice(a, b));

describe('REPORTED_SPEECH: the frames of each language', () => {
  it('English: the customer’s words after a frame of saying, up to the end of the clause', () => {
    expect(reported('You wrote that the warehouse messed up your order. I am sorry.', 'en')).toEqual([
      'the warehouse messed up your order',
    ]);
    expect(reported('Thanks, you mentioned the driver left it in the rain; we will replace it.', 'en')).toEqual([
      'the driver left it in the rain',
    ]);
    expect(reported("I understand you've told us the courier is useless, and I want to fix it.", 'en')).toEqual([
      'the courier is useless',
    ]);
    expect(reported('You said the app crashed and we are looking into it.', 'en')).toEqual(['the app crashed']);
  });

  it('English: not agreement, not a relative clause, not a bare "that"', () => {
    expect(reported('As you said, the courier lost it.', 'en')).toEqual([]);
    expect(reported('The delay you mentioned was caused by our warehouse.', 'en')).toEqual([]);
    expect(reported('You said that, but please calm down.', 'en').join(' ')).not.toMatch(/calm/);
    expect(reported('Could you please check the box?', 'en')).toEqual([]);
  });

  it('Polish: with and without diacritics, the addressee before or after the verb', () => {
    expect(reported('Napisał Pan, że magazyn wszystko zepsuł. Przepraszam.', 'pl')).toEqual([
      'magazyn wszystko zepsuł',
    ]);
    expect(reported('Rozumiem, Pani pisze, że kurier jest beznadziejny, ale sprawdzę to.', 'pl')).toEqual([
      'kurier jest beznadziejny',
    ]);
    expect(reported('Napisal Pan, ze aplikacja to porazka – rozumiem.', 'pl')).toEqual([
      'aplikacja to porazka – rozumiem',
    ]);
    expect(reported('Jak Pan napisał, kurier zgubił paczkę.', 'pl')).toEqual([]);
    // the agent's own explanation after the reported words is the agent's
    expect(reported('Pisze Pan, że paczka nie dotarła, bo kurier ją zgubił.', 'pl')).toEqual(['paczka nie dotarła']);
  });

  it('Russian: "вы написали, что …", not "как вы написали"', () => {
    expect(reported('Вы написали, что склад всё напутал. Приношу извинения.', 'ru')).toEqual(['склад всё напутал']);
    expect(reported('Понимаю, вы пишете, что менеджер вам нагрубил, — мне очень жаль.', 'ru')).toEqual([
      'менеджер вам нагрубил',
    ]);
    expect(reported('Как вы написали, курьер потерял посылку.', 'ru')).toEqual([]);
    expect(reported('Вы написали нам вчера.', 'ru')).toEqual([]);
  });

  it('the past and "earlier": "вы писали/говорили", "вы нам писали", "you said earlier", "pisał Pan wcześniej"', () => {
    expect(reported('Вы писали, что курьер нагрубил. Разберёмся.', 'ru')).toEqual(['курьер нагрубил']);
    expect(reported('Вы нам уже говорили, что склад всё перепутал, и это правда.', 'ru')).toEqual([
      'склад всё перепутал',
    ]);
    expect(reported('You said earlier that the courier was rude. We will check.', 'en')).toEqual([
      'the courier was rude',
    ]);
    expect(reported('Pisał Pan wcześniej, że kurier był niemiły. Sprawdzę to.', 'pl')).toEqual(['kurier był niemiły']);
    // still not the agent's own voice
    expect(reported('Как вы говорили, курьер потерял посылку.', 'ru')).toEqual([]);
  });
});
