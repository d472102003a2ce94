/**
 * Property tests over random banks and texts: the compiler fails only with BankError,
 * offsets always slice to `text`, incremental re-checks equal full checks, and matching
 * stays linear on adversarial input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraftChecker, type Engine } from '../../phrasebank/check';
import { compileBank } from '../../phrasebank/compile/compile';
import { BankError } from '../../phrasebank/types';
import { bankWith, engineFor } from './helpers';

const WORDS = ['a', 'the', 'calm', 'down', 'warehouse', 'messed', 'up', "don't", 'know', 'nie', 'wiem', 'zepsuł'];
const word = fc.constantFrom(...WORDS);
const piece = fc.oneof(
  word,
  word.map((w) => `[${w}]`),
  fc.tuple(word, word).map(([a, b]) => `(${a} | ${b})`),
  fc.constantFrom('...', '...2', '…', 'zep*', 'war*', '{mess}', '@lex', '(', ')', '[', ']', '|', '*', '{', '}'),
);
const pattern = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(' '));
// abbreviations, numbers and capitals exercise the periods that do not end a sentence (abbreviations.ts)
const textChar = fc.constantFrom(...'abcdnwtm .,!?\n"“”>', ...WORDS.map((w) => ` ${w} `), ' e.g', ' etc', ' no', 'Mr', '12', 'W');
const text = fc.array(textChar, { maxLength: 80 }).map((c) => c.join(''));

describe('compiler robustness', () => {
  it('never throws anything but BankError, whatever the patterns', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 5 }), (patterns) => {
        const bank = bankWith(patterns.map((p) => ({ patterns: [p] })), { lexicons: { lex: ['warehouse', 'a b'] } });
        try {
          compileBank(bank);
        } catch (e) {
          expect(e).toBeInstanceOf(BankError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('matching robustness', () => {
  const engines: Engine[] = [];
  // rules take turns at each sentence position, so edits that move sentence ends are felt
  const POSITIONS = [undefined, 'whole-sentence', 'sentence-start', 'sentence-end'] as const;
  const compiled = (patterns: string[]): Engine | null => {
    try {
      const rules = patterns.map((p, i) => ({
        patterns: [p],
        position: POSITIONS[i % POSITIONS.length],
        unlessSentence: i % 2 === 1 ? ['know', 'calm ... up'] : undefined,
        // most with a replacement: side-by-side findings become one flag with a joined one
        replacements: i % 3 === 2 ? undefined : [`fix${i}`],
      }));
      return engineFor(bankWith(rules, { lexicons: { lex: ['warehouse'] } }));
    } catch {
      return null;
    }
  };

  it('offsets always slice to the finding text', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), text, (patterns, t) => {
        const engine = compiled(patterns);
        if (!engine) return;
        engines.push(engine);
        for (const f of engine.check(t, 'en')) {
          expect(t.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeLessThan(f.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an incremental re-check equals a full check after any edit sequence', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.constantFrom('', 'a', ' ', '.', 'calm down', '"', '\n', 'x', '1', 'E', 'g.', ' etc. '));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), text, fc.array(edit, { maxLength: 12 }), (patterns, t0, edits) => {
        const engine = compiled(patterns);
        if (!engine) return;
        const draft = new DraftChecker(engine, 'en');
        let t = t0;
        expect(draft.update(t)).toEqual(engine.check(t, 'en'));
        for (const [at, del, ins] of edits) {
          const pos = t.length ? at % (t.length + 1) : 0;
          t = t.slice(0, pos) + ins + t.slice(pos + del);
          expect(draft.update(t)).toEqual(engine.check(t, 'en'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on a 1 MB adversarial draft', () => {
    // every token starts many threads; gaps keep them alive as long as allowed
    const engine = engineFor(
      bankWith([
        { patterns: ['a ...8 a ...8 a ...8 a ...8 b'] },
        { patterns: ['(a | a a | a a a) ...8 (a | a a) ...8 c'] },
        { patterns: ['aaa* ...8 aaa* ...8 aaa* ...8 z'] },
      ]),
    );
    const unit = 'a aaaa a a aaaaa a ';
    const small = unit.repeat(Math.ceil(100_000 / unit.length));
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const time = (t: string) => {
      const t0 = performance.now();
      engine.check(t, 'en');
      return performance.now() - t0;
    };
    time(small);
    // the fastest of three runs: a busy machine (other processes, a collection) only ever adds time
    const fastest = (t: string) => Math.min(time(t), time(t), time(t));
    const smallMs = fastest(small);
    const bigMs = fastest(big);
    // generous bounds: 10× the text must not cost much more than 10× the time, and 1 MB stays in seconds
    expect(bigMs).toBeLessThan(5000);
    expect(bigMs / Math.max(smallMs, 1)).toBeLessThan(30);
  });
});
