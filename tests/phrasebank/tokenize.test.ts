import { describe, expect, it } from 'vitest';
import { emptyColumns, fold, hashOf, type Token, type TokenColumns, tokenColumns, tokenize, WordTable } from '../../phrasebank/tokenize';

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

describe('sentence ends and abbreviations', () => {
  const sentences = (text: string, language: 'en' | 'pl' | 'ru') => {
    const out: string[][] = [];
    for (const t of tokenize(text, language)) {
      out[t.sentence] ??= [];
      out[t.sentence].push(text.slice(t.start, t.end));
    }
    return out.filter(Boolean).map((s) => s.join(' '));
  };

  it('does not end a sentence after a known abbreviation', () => {
    expect(sentences('Proszę podać np. nr zamówienia, tel. kontaktowy, ul. i godz. dostawy.', 'pl')).toHaveLength(1);
    expect(sentences('Kurier przyjedzie m.in. do Krakowa, tzn. jutro.', 'pl')).toHaveLength(1);
    expect(sentences('Уточните адрес, т.е. ул. Ленина, тел. и т.к. курьер ждёт.', 'ru')).toHaveLength(1);
    expect(sentences('Ask Mr. Smith, Mrs. Jones or Dr. Brown, e.g. by phone, i.e. today, approx. at noon.', 'en')).toHaveLength(1);
  });

  it('ends a sentence after an abbreviation that can close one when a capital follows', () => {
    expect(sentences('Kurier będzie za ok. 15 minut.', 'pl')).toHaveLength(1);
    expect(sentences('Wszystko jest ok. Proszę czekać.', 'pl')).toEqual(['Wszystko jest ok', 'Proszę czekać']);
    expect(sentences('Książki, płyty itd. Proszę wybrać.', 'pl')).toHaveLength(2);
    expect(sentences('Order no. 12345 is late.', 'en')).toHaveLength(1);
    expect(sentences('No. We refund.', 'en')).toEqual(['No', 'We refund']);
    expect(sentences('Books, pens etc. are in stock.', 'en')).toHaveLength(1);
    expect(sentences('Стоимость 500 руб. Оплата картой.', 'ru')).toHaveLength(2);
    expect(sentences('Стоимость 500 руб. за штуку.', 'ru')).toHaveLength(1);
    expect(sentences('Заказ от 5 мая 2024 г. доставлен, как и др. заказы.', 'ru')).toHaveLength(1);
  });

  it('does not end a sentence inside a decimal number or a time', () => {
    expect(sentences('Kurier będzie o 12.30 pod domem.', 'pl')).toHaveLength(1);
    expect(sentences('It costs 3.5 dollars. Thanks.', 'en')).toEqual(['It costs 3 5 dollars', 'Thanks']);
  });

  it('does not end a sentence inside an e-mail or web address', () => {
    expect(sentences('Write to refunds@shop.com for that. Thanks.', 'en')).toHaveLength(2);
    expect(sentences('Proszę zajrzeć na www.sklep.pl/pomoc, tam jest wszystko.', 'pl')).toHaveLength(1);
    expect(sentences('Пишите на help@магазин.рф и ждите.', 'ru')).toHaveLength(1);
  });

  it('keeps other periods as sentence ends', () => {
    expect(sentences('Napisał np. Tak.', 'pl')).toHaveLength(1); // "np." never closes a sentence
    expect(sentences('Done. Next.', 'en')).toEqual(['Done', 'Next']);
    expect(sentences('Call 12. Then wait.', 'en')).toEqual(['Call 12', 'Then wait']);
  });
});

describe('exact spellings (for #words)', () => {
  it('keeps the diacritics of Polish and Russian words whose norm folded them', () => {
    const text = 'Gwarantuję, gwarantuje Всё все don’t';
    expect(tokenize(text, 'pl').map((t) => t.exact)).toEqual([undefined, undefined, undefined, undefined, undefined]); // not asked for
    expect(tokenize(text, 'pl', 0, text.length, 0, true).map((t) => [t.norm, t.exact])).toEqual([
      ['gwarantuje', 'gwarantuję'],
      ['gwarantuje', undefined],
      ['все', 'всё'],
      ['все', undefined],
      ["don't", undefined],
    ]);
  });
  it('carries none in English', () => {
    expect(tokenize('Zażółć', 'en', 0, 6, 0, true).map((t) => t.exact)).toEqual([undefined]);
  });
});

describe('token ids', () => {
  const ids = (text: string, language: 'en' | 'pl', exact = false) => tokenize(text, language, 0, text.length, 0, exact).map((t) => t.id);

  it('are equal exactly when the spellings are, across calls', () => {
    const [a, b, c, d] = ids('Courier courier COURIER couriers', 'en');
    expect([a, b, c]).toEqual([a, a, a]);
    expect(d).not.toBe(a);
    // contraction parts share the ids of the words they expand to
    const [doId, notId] = ids('do not', 'en');
    expect(ids("don't dont", 'en')).toEqual([doId, notId, doId, notId]);
  });

  it('stand for the exact spelling when one is asked for, else for the norm', () => {
    const [folded, plain] = ids('gwarantuję gwarantuje', 'pl');
    expect(folded).toBe(plain);
    const [exact, norm] = ids('gwarantuję gwarantuje', 'pl', true);
    expect(exact).not.toBe(norm);
    expect(norm).toBe(plain);
  });
});

describe('tokenColumns', () => {
  const asTokens = (c: TokenColumns): Token[] =>
    Array.from({ length: c.length }, (_, k) => ({
      norm: c.norm[k],
      ...(c.exact ? { exact: c.exact[k] } : {}),
      start: c.start[k],
      end: c.end[k],
      sentence: c.sentence[k],
      id: c.id[k],
      ...(c.clauseStart[k] === 1 ? { clauseStart: true as const } : {}),
    }));

  it('holds what tokenize returns, also when reused for shorter texts and other languages', () => {
    const into = emptyColumns(0); // empty: it must grow
    const texts: [string, 'en' | 'pl' | 'ru', boolean][] = [
      ["I don't know, the courier's van. Can't say — idk", 'en', false],
      ['Gwarantuję, że zwrot już (jutro). Dziękuję', 'pl', true],
      ['Всё будет, не волнуйтесь', 'ru', false],
      ['ok', 'en', true],
      ['', 'pl', true],
    ];
    for (const [text, language, exact] of texts) {
      const c = tokenColumns(text, language, 0, text.length, 3, exact, into);
      expect(c).toBe(into);
      expect(asTokens(c)).toStrictEqual(tokenize(text, language, 0, text.length, 3, exact));
    }
  });
});

describe('the tokenizer’s word table', () => {
  const entry = (norm: string) => ({ norms: [norm], ids: [0], exact: undefined, exactId: 0 });
  const find = (table: WordTable, word: string) => table.find(`<${word}>`, 1, word.length + 1, hashOf(word, 0, word.length));

  it('finds words by their place in a text, through growth', () => {
    const table = new WordTable();
    const words = Array.from({ length: 3000 }, (_, k) => `w${k.toString(36)}x`);
    for (const w of words) table.add(w, hashOf(w, 0, w.length), entry(w.toUpperCase()));
    expect(table.size).toBe(3000);
    for (const w of words) expect(find(table, w)?.norms).toEqual([w.toUpperCase()]);
    expect(find(table, 'w0')).toBeUndefined();
    expect(find(table, 'w0xx')).toBeUndefined();
    table.clear();
    expect(find(table, words[0])).toBeUndefined();
  });

  it('compares the letters, not only the hashes', () => {
    // two words with one FNV-1a hash
    expect(hashOf('yaczf', 0, 5)).toBe(hashOf('glbpp', 0, 5));
    const table = new WordTable();
    table.add('yaczf', hashOf('yaczf', 0, 5), entry('first'));
    expect(find(table, 'glbpp')).toBeUndefined();
    table.add('glbpp', hashOf('glbpp', 0, 5), entry('second'));
    expect(find(table, 'yaczf')?.norms).toEqual(['first']);
    expect(find(table, 'glbpp')?.norms).toEqual(['second']);
  });

  it('serves tokenize: words sharing letters stay apart', () => {
    const words = Array.from({ length: 3000 }, (_, k) => `w${k.toString(36)}x`);
    const text = `${words.join(' ')} ab abc a ABC Ab ba yaczf glbpp`;
    const norms = tokenize(text, 'pl').map((t) => t.norm);
    expect(norms).toEqual([...words, 'ab', 'abc', 'a', 'abc', 'ab', 'ba', 'yaczf', 'glbpp']);
    expect(tokenize(text, 'pl').map((t) => t.norm)).toEqual(norms);
  });
});
