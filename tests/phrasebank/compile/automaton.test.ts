import { describe, expect, it } from 'vitest';
import { AutomatonBuilder, WordSetTable } from '../../../phrasebank/compile/automaton';
import { compileBank } from '../../../phrasebank/compile/compile';
import { parsePattern } from '../../../phrasebank/compile/pattern';
import { stateOffsets } from '../../../phrasebank/match';
import { bankWith } from '../helpers';

describe('WordSetTable', () => {
  it('finds a set again whatever the order and repeats of its words', () => {
    const sets = new WordSetTable();
    expect(sets.lookup(['b', 'a', 'c'])).toBe(-1);
    expect(sets.distinct).toBe(3);
    sets.add(7);
    expect(sets.lookup(['c', 'b', 'a'])).toBe(7);
    expect(sets.lookup(['a', 'a', 'b', 'c', 'b'])).toBe(7);
    expect(sets.distinct).toBe(3);
    expect(sets.lookup(['a', 'a'])).toBe(-1);
    expect(sets.distinct).toBe(1);
  });

  it('tells apart sets that share words (a part, a superset, the same size)', () => {
    const sets = new WordSetTable();
    const add = (words: string[], symbol: number) => {
      expect(sets.lookup(words)).toBe(-1);
      sets.add(symbol);
    };
    add(['a', 'b'], 1);
    add(['a', 'b', 'c'], 2);
    add(['a', 'c'], 3);
    add(['b', 'c'], 4);
    expect(
      [
        ['b', 'a'],
        ['c', 'b', 'a'],
        ['c', 'a'],
        ['c', 'b'],
        ['a', 'd'],
      ].map((w) => sets.lookup(w)),
    ).toEqual([1, 2, 3, 4, -1]);
  });

  it('keeps every set as its table grows (thousands of sets, long ones sorted another way)', () => {
    const sets = new WordSetTable();
    const words = (k: number) => Array.from({ length: 2 + (k % 40) }, (_, j) => `w${(k * 7 + j * 13) % 997}`);
    for (let k = 0; k < 3000; k++) {
      if (sets.lookup(words(k)) < 0) sets.add(k);
    }
    for (let k = 0; k < 3000; k++) {
      const found = sets.lookup([...words(k)].reverse());
      // a later set equal to an earlier one was given the earlier one's symbol
      expect(sets.distinct).toBe(new Set(words(k)).size);
      expect(found).toBeGreaterThanOrEqual(0);
      expect(found).toBeLessThanOrEqual(k);
      expect(new Set(words(found))).toEqual(new Set(words(k)));
    }
  });
});

describe('compiled automaton (format 2: flat lists with per-state lengths)', () => {
  const bank = bankWith(
    [
      {
        patterns: ['calm (down | it down) ...2 now', '(you | they) [must] {calm} down'],
        exceptions: ['not calm down'],
      },
      { patterns: ['@calming down'], unlessSentence: ['we calm'] },
    ],
    { lexicons: { calming: ['calm', 'settle', 'cool it'] } },
  );
  const compiled = () => compileBank(bank, { forms: () => ['calms', 'calmed', 'calming'] }).automaton;

  it('has one length per state in each list, adding up to the list', () => {
    const a = compiled();
    const states = a.edgeLengths.length;
    expect(a.acceptLengths.length).toBe(states);
    expect(a.lexAcceptLengths.length).toBe(states);
    expect(stateOffsets(a.edgeLengths)[states]).toBe(a.edges.length);
    expect(stateOffsets(a.acceptLengths)[states]).toBe(a.accepts.length);
    expect(stateOffsets(a.lexAcceptLengths)[states]).toBe(a.lexAccepts.length);
    for (let k = 1; k < a.edges.length; k += 2) expect(a.edges[k]).toBeLessThan(states);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('compiles the same after a bigger and a smaller bank (finish reuses its scratch tables)', () => {
    const first = compiled();
    const big = bankWith(
      Array.from({ length: 40 }, (_, k) => ({ patterns: [`w${k} (x | y${k}) ...3 z${k}`, `q${k} [r] s`] })),
    );
    compileBank(big);
    compileBank(bankWith([{ patterns: ['tiny'] }]));
    expect(compiled()).toEqual(first);
  });
});

describe('word nodes keep their symbol per builder', () => {
  const build = (trees: ReturnType<typeof parsePattern>[]) => {
    const builder = new AutomatonBuilder(
      () => 0,
      (lemma) => [lemma],
      () => {
        throw new Error('no lexicons here');
      },
    );
    for (let k = 0; k < trees.length; k++) builder.add(trees[k], 2 * k);
    return builder.finish();
  };
  const parse = (source: string) => parsePattern(source, 'en');

  it('a tree built by two builders gets each one its own symbols', () => {
    const shared = parse('calm down (now | please)');
    // in the first builder "calm" is not the first symbol; in the second it is
    const first = build([parse('please stop now'), shared]);
    const second = build([shared]);
    expect(second).toEqual(build([parse('calm down (now | please)')]));
    expect(first).toEqual(build([parse('please stop now'), parse('calm down (now | please)')]));
    expect(build([shared, shared])).toEqual(
      build([parse('calm down (now | please)'), parse('calm down (now | please)')]),
    );
  });
});
