/**
 * Matcher against the plain reference matcher (reference-matcher.ts) on random banks and
 * drafts, and on the bundled banks with random drafts: the optimised paths must find
 * exactly what running every pattern everywhere finds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompiledBank, compileBank } from '../../phrasebank/compile/compile';
import { defaultForms } from '../../phrasebank/compile/english-forms';
import { exceptionGates, Matcher, matchTokens, PairTable, stateOffsets } from '../../phrasebank/match';
import { tokenize } from '../../phrasebank/tokenize';
import type { Bank } from '../../phrasebank/types';
import { bankWith } from './helpers';
import { referenceMatch } from './reference-matcher';

const WORDS = [
  'a',
  'the',
  'calm',
  'down',
  'warehouse',
  'messed',
  'mess',
  'up',
  'not',
  'know',
  'courier',
  'dhl',
  'fault',
  'our',
];
const word = fc.constantFrom(...WORDS);
const piece = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 1, arbitrary: word.map((w) => `[${w}]`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([x, y]) => `(${x} | ${y} the)`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('...', '...2', 'war*', 'cour*', '{mess}', '@place', '@carrier', '@place ...1'),
  },
);
const pattern = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(' '));
const rule = fc.record({
  patterns: fc.array(pattern, { minLength: 1, maxLength: 3 }),
  exceptions: fc.array(pattern, { maxLength: 1 }),
  negatable: fc.boolean(),
  position: fc.constantFrom(undefined, 'whole-sentence', 'sentence-start', 'sentence-end'),
  unlessSentence: fc.array(pattern, { maxLength: 1 }),
});
const textPart = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 1, arbitrary: fc.constantFrom(',', '.', '\n', "don't", 'UPS', 'wareh') },
);
const draft = fc.array(textPart, { maxLength: 60 }).map((parts) => parts.join(' '));
const LEXICONS = { place: ['[the] warehouse', 'our courier', 'dhl'], carrier: ['dhl', '@place up', 'the courier'] };

function compiled(rules: Parameters<typeof bankWith>[0]): CompiledBank | null {
  try {
    return compileBank(bankWith(rules, { lexicons: LEXICONS }), { forms: defaultForms });
  } catch {
    return null; // a random pattern may be invalid (e.g. it starts with a gap)
  }
}

describe('Matcher equals the plain reference matcher', () => {
  it('on random banks and drafts', () => {
    fc.assert(
      fc.property(
        fc.array(rule, { minLength: 1, maxLength: 6 }),
        fc.array(draft, { minLength: 1, maxLength: 3 }),
        (rules, drafts) => {
          const bank = compiled(rules);
          if (!bank) return;
          const matcher = new Matcher(bank);
          // one that forgets its words every few: the memo starts over between calls
          const forgetful = new Matcher(bank, 3);
          // several drafts through one matcher: its per-word memo and stamps carry over between calls
          for (const text of drafts) {
            const tokens = tokenize(text, 'en');
            const expected = referenceMatch(bank, tokens);
            expect(matchTokens(matcher, tokens)).toEqual(expected);
            expect(matchTokens(forgetful, tokens)).toEqual(expected);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on random Polish banks with #exact words, and drafts with and without diacritics', () => {
    const plWord = fc.constantFrom(
      'gwarantuję',
      'gwarantuje',
      'zwrot',
      'się',
      'sie',
      'kurier',
      'zepsuł',
      'zepsul',
      'już',
    );
    const plPiece = fc.oneof(
      { weight: 3, arbitrary: plWord },
      { weight: 3, arbitrary: plWord.map((w) => `#${w}`) },
      { weight: 1, arbitrary: fc.tuple(plWord, plWord).map(([x, y]) => `(#${x} | ${y})`) },
      { weight: 1, arbitrary: fc.constantFrom('...', 'zep*', '@who', '[#już]') },
    );
    const plPattern = fc.array(plPiece, { minLength: 1, maxLength: 4 }).map((p) => p.join(' '));
    const plRule = fc.record({
      patterns: fc.array(plPattern, { minLength: 1, maxLength: 3 }),
      negatable: fc.constant(false),
    });
    const plDraft = fc
      .array(
        fc.oneof({ weight: 6, arbitrary: plWord }, { weight: 1, arbitrary: fc.constantFrom('.', 'Gwarantuję', 'SIĘ') }),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(
        fc.array(plRule, { minLength: 1, maxLength: 5 }),
        fc.array(plDraft, { minLength: 1, maxLength: 3 }),
        (rules, drafts) => {
          let bank: CompiledBank;
          try {
            bank = compileBank(bankWith(rules, { language: 'pl', lexicons: { who: ['kurier', '#już #się'] } }));
          } catch {
            return;
          }
          const matcher = new Matcher(bank);
          for (const text of drafts) {
            const tokens = tokenize(text, 'pl', 0, text.length, 0, matcher.needsExactSpellings);
            expect(matchTokens(matcher, tokens)).toEqual(referenceMatch(bank, tokens));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with lexicon entries sharing their first words (walks over them are cached per word)', () => {
    // "the" then one of many words: a state with many word edges (a wide one, see PairTable)
    const many = [
      'a1',
      'a2',
      'a3',
      'a4',
      'a5',
      'a6',
      'a7',
      'a8',
      'a9',
      'b1',
      'b2',
      'b3',
      'b4',
      'b5',
      'b6',
      'b7',
      'b8',
      'b9',
    ];
    const lexicons = {
      team: [
        'the warehouse',
        'the warehouse team',
        'the courier',
        'the (courier | driver) team',
        'our courier',
        'the',
        'dhl',
      ],
      late: ['late', 'very late', `the (${many.map((w) => `${w} late`).join(' | ')})`],
    };
    const rules = [
      { patterns: ['@team messed up', 'blame @team', '(@team | ups) ...2 @late'] },
      { patterns: ['@late @team'], exceptions: ['the courier team'] },
    ];
    const bank = compileBank(bankWith(rules, { lexicons }), { forms: defaultForms });
    const words = fc.constantFrom(
      ...[
        'the',
        'warehouse',
        'team',
        'courier',
        'driver',
        'our',
        'dhl',
        'ups',
        'late',
        'very',
        'messed',
        'up',
        'blame',
        '.',
      ],
      ...many.slice(0, 4),
      ...['the a1 late', 'the b9 late dhl', 'the a2 very late'],
    );
    const matcher = new Matcher(bank);
    const forgetful = new Matcher(bank, 2);
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
        const tokens = tokenize(parts.join(' '), 'en');
        const expected = referenceMatch(bank, tokens);
        expect(matchTokens(matcher, tokens)).toEqual(expected);
        expect(matchTokens(forgetful, tokens)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('when token ids are stale (they are only hints: ids start over as vocabularies grow)', () => {
    const bank = compiled([{ patterns: ['calm down', 'the warehouse ... messed up'], exceptions: ['not calm'] }]);
    if (!bank) throw new Error('the bank compiles');
    const matcher = new Matcher(bank);
    const text = 'Please calm down. The warehouse messed up, not calm down.';
    const tokens = tokenize(text, 'en');
    const expected = referenceMatch(bank, tokens);
    expect(expected.length).toBeGreaterThan(1);
    expect(matchTokens(matcher, tokens)).toEqual(expected);
    // the same ids on other words: each must be looked up by its spelling again
    const shuffled = tokens.map((t, k) => ({ ...t, id: tokens[(k + 1) % tokens.length].id }));
    expect(matchTokens(matcher, shuffled)).toEqual(expected);
    expect(
      matchTokens(
        matcher,
        tokens.map((t) => ({ ...t, id: undefined })),
      ),
    ).toEqual(expected);
    expect(matchTokens(matcher, tokens)).toEqual(expected);
  });

  it('on the bundled English bank with drafts made of its corpus words', () => {
    const root = resolve(import.meta.dirname, '../..');
    const bank = compileBank(JSON.parse(readFileSync(resolve(root, 'phrasebank/banks/en.json'), 'utf8')) as Bank, {
      forms: defaultForms,
    });
    const corpus = JSON.parse(readFileSync(resolve(root, 'tests/corpus/en.json'), 'utf8')) as { text: string }[];
    const vocabulary = [...new Set(corpus.flatMap((d) => d.text.split(/\s+/)))];
    const matcher = new Matcher(bank);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 40 }), (words) => {
        const tokens = tokenize(words.join(' '), 'en');
        expect(matchTokens(matcher, tokens)).toEqual(referenceMatch(bank, tokens));
      }),
      { numRuns: 150 },
    );
    for (const d of corpus.slice(0, 40)) {
      const tokens = tokenize(d.text, 'en');
      expect(matchTokens(matcher, tokens)).toEqual(referenceMatch(bank, tokens));
    }
  });
});

describe('exceptionGates', () => {
  it('gates exception and unlessSentence patterns on their own rule, never a rule pattern', () => {
    const bank = compileBank(
      bankWith([
        { patterns: ['calm down'], exceptions: ['not calm down'] },
        { patterns: ['messed up'], unlessSentence: ['we messed'] },
      ]),
    );
    // patterns are numbered in order: rule 0's pattern and exception, then rule 1's
    expect([...exceptionGates(bank.automaton)]).toEqual([-1, 0, -1, 1]);
  });

  it('leaves out no pattern whose states another pattern reaches (their threads would meet)', () => {
    const bank = compileBank(
      bankWith([
        { patterns: ['calm down'], exceptions: ['the fault'] },
        { patterns: ['messed up'], exceptions: ['our fault'] },
      ]),
    );
    const a = bank.automaton;
    expect([...exceptionGates(a)]).toEqual([-1, 0, -1, 1]);
    const stateAfter = (word: string) => a.starts[String(a.words[word][0])][0];
    const linked = (from: string, on: string, to: number) => {
      const copy = structuredClone(a);
      // one more edge at the end of the state's: the later states' edges move up by two
      const state = stateAfter(from);
      copy.edges.splice(stateOffsets(a.edgeLengths)[state + 1], 0, a.words[on][0], to);
      copy.edgeLengths[state] += 2;
      return [...exceptionGates(copy)];
    };
    // an exception reaching into a rule pattern's states (found after that pattern's own walk)
    expect(linked('our', 'down', stateAfter('calm'))).toEqual([-1, 0, -1, -1]);
    // a rule pattern reaching into an exception's states (found after the exception's walk)
    expect(linked('messed', 'fault', a.edges[stateOffsets(a.edgeLengths)[stateAfter('the')] + 1])).toEqual([
      -1, -1, -1, 1,
    ]);
  });
});

describe('PairTable', () => {
  const targetsOf = (table: PairTable, state: number, symbol: number) => {
    const e = table.find(state, symbol);
    return e < 0 ? null : [...table.values.subarray(table.at[e], table.at[e + 1])];
  };

  it('finds each (state, symbol) pair’s targets in their order, and nothing for other pairs', () => {
    const edges: number[] = [];
    const expected = new Map<string, number[]>();
    // many states sharing symbols and symbols sharing states: keys differ in one part only
    for (let state = 0; state < 60; state++)
      for (let symbol = 0; symbol < 40; symbol += 1 + (state % 3)) {
        const targets = [state * 1000 + symbol, 7, state];
        for (const t of targets) edges.push(state * 97, symbol, t);
        expected.set(`${state * 97},${symbol}`, targets);
      }
    const table = new PairTable(edges);
    for (const [key, targets] of expected) {
      const [state, symbol] = key.split(',').map(Number);
      expect(targetsOf(table, state, symbol)).toEqual(targets);
    }
    // absent pairs, many probing past entries of the same state or the same symbol
    for (let state = 0; state < 60; state++)
      for (let symbol = 0; symbol < 40; symbol++)
        if (!expected.has(`${state * 97},${symbol}`)) expect(targetsOf(table, state * 97, symbol)).toBeNull();
    expect(targetsOf(table, 97, 1)).toBeNull(); // state 1 steps symbols by 2
    expect(targetsOf(table, 1, 0)).toBeNull();
    expect(targetsOf(table, 97 * 60, 0)).toBeNull();
  });

  it('tells apart the symbols of one state with many edges', () => {
    const edges: number[] = [];
    for (let symbol = 0; symbol < 1000; symbol += 2) edges.push(12345, symbol, symbol + 1);
    const table = new PairTable(edges);
    for (let symbol = 0; symbol < 1000; symbol++)
      expect(targetsOf(table, 12345, symbol)).toEqual(symbol % 2 ? null : [symbol + 1]);
  });

  it('groups a pair’s targets when its edges are not adjacent', () => {
    const table = new PairTable([5, 1, 10, 6, 1, 11, 5, 1, 12, 5, 2, 13]);
    expect(targetsOf(table, 5, 1)).toEqual([10, 12]);
    expect(targetsOf(table, 6, 1)).toEqual([11]);
    expect(targetsOf(table, 5, 2)).toEqual([13]);
  });

  it('is empty for no edges', () => {
    expect(new PairTable([]).find(0, 0)).toBe(-1);
  });
});
