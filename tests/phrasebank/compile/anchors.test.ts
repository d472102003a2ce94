/**
 * A pattern's anchor and required sets depend on the pattern alone (and the bank's texts),
 * not on what was compiled before it: lexicon options are spelled out once and shared, so
 * this checks patterns that share lexicons against each compiled on its own.
 */
import { describe, expect, it } from 'vitest';
import { compileBank } from '../../../phrasebank/compile/compile';
import { bankWith } from '../helpers';

const LEXICONS = {
  who: ['courier', 'warehouse', 'the driver', 'dhl | ups'],
  place: ['@who', 'depot'],
  thing: ['parcel', 'box'],
};
const PATTERNS = [
  '@who messed up',
  '(@who | @place) lost [the] @thing',
  '@place ... (@who | @thing)',
  '@thing is (@who | @place)',
  'blame (@who | them)',
  '@who',
  '(@thing | @who) (@who | @place)',
];

/** Each pattern's sets as sorted word lists (symbol numbers differ between banks). */
function setsInWords(patterns: string[]): string[][][] {
  const bank = compileBank(
    bankWith(
      patterns.map((p) => ({ patterns: [p] })),
      { lexicons: LEXICONS },
    ),
  );
  const words = new Map<number, string[]>();
  for (const [word, symbols] of Object.entries(bank.automaton.words))
    for (const s of symbols) words.set(s, [...(words.get(s) ?? []), word]);
  const spell = (set: number[]) => set.map((s) => (words.get(s) ?? []).sort().join('|')).sort();
  return bank.automaton.anchors.map((anchor, k) => [
    spell(anchor),
    ...bank.automaton.requires[k].map((id) => spell(bank.automaton.requiredSets[id])),
  ]);
}

describe('anchor sets', () => {
  it('are the same for a pattern compiled among others sharing its lexicons as on its own', () => {
    const together = setsInWords(PATTERNS);
    PATTERNS.forEach((p, k) => {
      expect(together[k]).toEqual(setsInWords([p])[0]);
    });
    // and in the reverse order
    const reversed = setsInWords([...PATTERNS].reverse()).reverse();
    expect(reversed).toEqual(together);
  });
});

describe('anchor costs', () => {
  /** The words of a one-pattern bank's anchor, given the bank's module text. */
  const anchorOf = (pattern: string, text: string) => {
    const bank = bankWith([{ patterns: [pattern] }], { modules: [{ id: 'm', title: 'm', text }] as never });
    const a = compileBank(bank).automaton;
    const spelled = (s: number) =>
      [...Object.entries(a.words), ...Object.entries(a.prefixes)]
        .filter(([, syms]) => syms.includes(s))
        .map(([w]) => w);
    return a.anchors[0].flatMap(spelled);
  };

  it('count a word by the bank texts, and a stem by every word it starts', () => {
    const text = 'xylophone xylophone refunds refunded refunding refunds. '.repeat(5);
    // "ref*" starts four words out of six, "xylophone" is two: the rarer anchors
    expect(anchorOf('ref* xylophone', text)).toEqual(['xylophone']);
    // with no texts, the longer word counts as the rarer
    expect(anchorOf('ref* xylophone', 'hello')).toEqual(['xylophone']);
    expect(anchorOf('ref* xylophone', 'xylophone xylophone refunds')).toEqual(['ref']);
    // a word counts the longer words it starts, and itself
    expect(anchorOf('refund xylophone', text)).toEqual(['xylophone']);
    expect(anchorOf('refund xylophone', 'xylophone refund refund')).toEqual(['xylophone']);
    expect(anchorOf('refund xylophone', 'xylophone xylophone refund')).toEqual(['refund']);
  });
});
