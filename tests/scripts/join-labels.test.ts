import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LabelledDraft } from '../../phrasebank/evaluate';
import { LANGUAGES } from '../../phrasebank/finding';
import { joinLabels } from '../../scripts/join-labels';

const draft = (text: string, expect: LabelledDraft['expect']): LabelledDraft => ({ id: 't', text, expect });

describe('joinLabels', () => {
  it('joins labels of one category a few words apart in one sentence, from the first start to the last end', () => {
    const d = draft('Calm down and read my message. Thanks.', [
      { category: 'stop-phrase', text: 'Calm down' },
      { category: 'stop-phrase', text: 'read my message' },
    ]);
    expect(joinLabels(d, 'en')).toEqual({
      expect: [{ category: 'stop-phrase', text: 'Calm down and read my message' }],
      joins: 1,
    });
  });

  it('leaves labels of other categories, of other sentences and far apart', () => {
    const labels: LabelledDraft['expect'] = [
      { category: 'stop-phrase', text: 'Calm down' },
      { category: 'runaround', text: 'call the bank' },
      { category: 'stop-phrase', text: 'read my message' },
    ];
    expect(joinLabels(draft('Calm down, call the bank. Then read my message.', labels), 'en').joins).toBe(0);
    const far = 'Calm down, we will look at every one of the orders you sent us and read my message.';
    expect(joinLabels(draft(far, [labels[0], labels[2]]), 'en').joins).toBe(0);
  });

  it('keeps a joined label pointing at its own place when its words come twice', () => {
    const d = draft('Calm down, no. Calm down, no.', [
      { category: 'stop-phrase', text: 'Calm down', occurrence: 2 },
      { category: 'stop-phrase', text: 'no', occurrence: 2 },
    ]);
    expect(joinLabels(d, 'en').expect).toEqual([{ category: 'stop-phrase', text: 'Calm down, no', occurrence: 2 }]);
  });
});

describe.each(LANGUAGES)('the %s dev corpus', (language) => {
  it('labels one stretch as one problem (npx tsx scripts/join-labels.ts)', () => {
    const corpus = JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../corpus/${language}.json`), 'utf8'),
    ) as LabelledDraft[];
    const unjoined = corpus.filter((d) => joinLabels(d, language).joins > 0).map((d) => d.id);
    expect(unjoined).toEqual([]);
  });
});
