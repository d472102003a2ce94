import { describe, expect, it } from 'vitest';
import { OWNERSHIP } from '../../../phrasebank/compile/ownership-frames';
import type { Language } from '../../../phrasebank/finding';

const owns = (language: Language, sentence: string) => new RegExp(OWNERSHIP[language], 'iu').test(sentence);

/** each sentence matches the language's frames (`expected` true) or does not */
function expectEach(language: Language, expected: boolean, sentences: string[]) {
  for (const s of sentences) expect(owns(language, s), s).toBe(expected);
}

describe('OWNERSHIP: sentences where we own the problem', () => {
  it('English: a denial of someone else’s part followed by ours, or a plain admission', () => {
    expectEach('en', true, [
      "It wasn't the courier — we packed it without the ice pack",
      'It wasn’t the catering team’s fault, I entered the wrong numbers',
      'the delay isnt down to the courier, it’s us: we sent it a day late',
      'It was never handed to the courier, because I had not finished the inspection',
      "The courier is late, and that's on us",
      'That was our mistake, and I am sorry',
      'This was an error in our booking software',
    ]);
  });

  it('English: not blame pushed on, not "not our fault", not a denial of our own part', () => {
    expectEach('en', false, [
      'The warehouse messed up your order',
      "It's not our fault, the courier lost it",
      'The delay was not because of us, the courier lost it',
      "The courier didn't call and the driver never came",
      'It works fine on our end, so it must be your wifi',
      'It was not delivered yet',
    ]);
  });

  it('Polish: with and without diacritics, first-person verbs count as ours', () => {
    expectEach('pl', true, [
      'To nie fotograf się pomylił – to ja przy rezerwacji wpisałam złą godzinę',
      'To nie magazyn sie pomylil – to ja wpisalam w zamowieniu zły rozmiar',
      'Nie była to wina ekipy sprzątającej – źle wpisałam godzinę',
      'To nasz błąd i bardzo przepraszam',
      'Błąd jest po naszej stronie',
      'To błąd w naszym oprogramowaniu, a nie w konfiguracji',
    ]);
  });

  it('Polish: not "nie nasza wina", not a problem of others', () => {
    expectEach('pl', false, [
      'To nie nasza wina, hurtownia znowu nie dowiozła towaru',
      'Magazyn się pomylił, a kurier zgubił dokumenty',
      'To nie leży po naszej stronie',
      'Problem nie jest po naszej stronie, to wina dostawcy',
    ]);
  });

  it('Russian: a denial then ours, or an admission; ё and е alike', () => {
    expectEach('ru', true, [
      'Водитель ни при чём — ошибку сделали мы при комплектации заказа',
      'Водитель ни при чем — это мы ошиблись',
      'Это не ошибка курьера — мы собрали заказ неправильно',
      'Задержка не из-за службы доставки — мы передали им коробки позже',
      'Это наша ошибка, простите',
      'Сбой при бронировании на нашей стороне',
      'Мастер — наш сотрудник, и за его работу отвечаем мы',
    ]);
  });

  it('Russian: not "мы тут ни при чём", not "не наша ошибка", not someone else’s fault', () => {
    expectEach('ru', false, [
      'Это туроператор всё перепутал с бронированием, мы тут ни при чём',
      'Это не наша ошибка, склад всё перепутал',
      'Проблема не на нашей стороне — подключение делали монтажники',
      'Задержка произошла не из-за нас, а из-за закройщицы',
    ]);
  });

  it('stays linear: a long sentence of denials and clause breaks with no word of ours', () => {
    const long = `${"it wasn't the courier, ".repeat(20_000)}end`;
    for (const language of ['en', 'pl', 'ru'] as const) {
      const t0 = performance.now();
      owns(language, long);
      // a quadratic scan of 460,000 characters would take minutes
      expect(performance.now() - t0).toBeLessThan(5_000);
    }
  });
});
