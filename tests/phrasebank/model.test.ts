import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../phrasebank/finding';
import { ModelScorer, modelVerdict, type SentenceModel, sentenceFeatures, trainModel } from '../../phrasebank/model';

const words = (s: string) => s.toLowerCase().split(' ');

describe('sentenceFeatures', () => {
  it('gives the stems and the pairs of neighbouring stems', () => {
    expect(sentenceFeatures(['the', 'courier', 'lost', 'it'], 0)).toEqual([
      'the',
      'courier',
      'the courier',
      'lost',
      'courier lost',
      'it',
      'lost it',
    ]);
    // Polish and Russian: words cut to their first letters, so inflected forms meet
    expect(sentenceFeatures(['kurierzy', 'zgubili'], 5)).toEqual(['kurie', 'zgubi', 'kurie zgubi']);
  });
});

describe('trainModel and modelVerdict', () => {
  // a toy standard: blaming "them" is blame-shift, "we" owning it is clean
  const sentences = [
    ...['the courier lost it', 'the warehouse lost it again', 'the courier broke it', 'the supplier broke it'].map(
      (s) => ({
        norms: words(s),
        category: 'blame-shift' as const,
      }),
    ),
    ...[
      'we lost it and i am sorry',
      'we broke it and we will replace it',
      'we will send it today',
      'i am sorry we lost it',
    ].map((s) => ({ norms: words(s), category: null })),
  ];
  const categories = [...CATEGORIES];
  const trained = trainModel(sentences, categories, { stemLength: 0, minCount: 1, epochs: 30 });
  const model: SentenceModel = { threshold: 0.8, stemLength: 0, categories, ...trained, rules: [] };
  const verdict = (s: string) => modelVerdict(model, sentenceFeatures(words(s), 0));

  it('learns the category of sentences like its examples, and leaves clean ones alone', () => {
    expect(categories[verdict('the courier lost the parcel')]).toBe('blame-shift');
    expect(verdict('we lost the parcel and i am sorry')).toBe(-1);
  });

  it('flags nothing it is not confident of', () => {
    expect(verdict('hello there')).toBe(-1);
    expect(modelVerdict({ ...model, threshold: 0.9999 }, sentenceFeatures(words('the courier lost it'), 0))).toBe(-1);
  });

  it('gives the same weights for the same data (a seeded order, not Math.random)', () => {
    expect(trainModel(sentences, categories, { stemLength: 0, minCount: 1, epochs: 30 })).toEqual(trained);
  });

  it('scores alike through ModelScorer, the fast path of the engine (stems too)', () => {
    for (const stemLength of [0, 3]) {
      const m: SentenceModel = {
        ...model,
        stemLength,
        ...trainModel(sentences, categories, { stemLength, minCount: 1 }),
      };
      const scorer = new ModelScorer(m);
      for (const s of [
        'the courier lost the parcel',
        'we lost it and i am sorry',
        'hello',
        'the supplier broke it again',
      ]) {
        const norms = ['padding', ...words(s), 'padding'];
        expect(scorer.verdict(norms, 1, norms.length - 1)).toBe(
          modelVerdict(m, sentenceFeatures(words(s), stemLength)),
        );
      }
    }
  });

  it('scores alike when it reads words by token id, also after ids started over for other words', () => {
    const m: SentenceModel = { ...model, ...trainModel(sentences, categories, { stemLength: 0, minCount: 1 }) };
    const scorer = new ModelScorer(m);
    const ask = (s: string, ids: number[]) => scorer.verdict(words(s), 0, ids.length, ids);
    const blame = categories.indexOf('blame-shift');
    expect(ask('the courier lost the parcel', [0, 1, 2, 0, 3])).toBe(blame);
    // the same ids now name other words (tokenize.ts starts ids over past a limit)
    expect(ask('we lost the parcel sorry', [0, 1, 2, 3, 4])).toBe(
      modelVerdict(m, sentenceFeatures(words('we lost the parcel sorry'), 0)),
    );
    expect(ask('the courier lost the parcel', [5, 6, 7, 5, 8])).toBe(blame);
  });

  it('drops features seen in fewer sentences than minCount', () => {
    const { weights } = trainModel(sentences, categories, { stemLength: 0, minCount: 2 });
    expect(weights.courier).toBeDefined(); // in two sentences
    expect(weights.supplier).toBeUndefined(); // in one
  });
});
