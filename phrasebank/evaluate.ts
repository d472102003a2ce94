/**
 * Span-level precision and recall of the engine on a labelled corpus. A finding counts as
 * correct when it overlaps an expected span of the same category; each expected span is
 * found at most once.
 */
import type { Engine } from './check';
import { CATEGORIES, type Category, type Finding, type Language } from './finding';

export interface LabelledDraft {
  id: string;
  text: string;
  expect: { category: Category; text: string; occurrence?: number }[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  overall: Score;
  byCategory: Record<Category, Score>;
  falsePositives: { id: string; finding: Pick<Finding, 'ruleId' | 'category' | 'text'> }[];
  falseNegatives: { id: string; category: Category; text: string }[];
}

/** Where a label's text stands in its draft (its `occurrence`-th repeat). */
export function spanOf(draft: LabelledDraft, label: LabelledDraft['expect'][number]): [number, number] {
  let at = -1;
  for (let n = 0; n < (label.occurrence ?? 1); n++) {
    at = draft.text.indexOf(label.text, at + 1);
    if (at < 0)
      throw new Error(`${draft.id}: "${label.text}" (occurrence ${label.occurrence ?? 1}) is not in the text`);
  }
  return [at, at + label.text.length];
}

const score = (tp: number, fp: number, fn: number): Score => ({
  tp,
  fp,
  fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

export function evaluate(engine: Engine, corpus: LabelledDraft[], language: Language): Evaluation {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Category,
    { tp: number; fp: number; fn: number }
  >;
  const falsePositives: Evaluation['falsePositives'] = [];
  const falseNegatives: Evaluation['falseNegatives'] = [];
  for (const draft of corpus) {
    const findings = engine.check(draft.text, language);
    const expected = draft.expect.map((label) => ({ label, span: spanOf(draft, label), found: false }));
    for (const f of findings) {
      const hit = expected.find(
        (e) => !e.found && e.label.category === f.category && e.span[0] < f.end && f.start < e.span[1],
      );
      if (hit) {
        hit.found = true;
        counts[f.category].tp++;
      } else {
        counts[f.category].fp++;
        falsePositives.push({ id: draft.id, finding: { ruleId: f.ruleId, category: f.category, text: f.text } });
      }
    }
    for (const e of expected) {
      if (e.found) continue;
      counts[e.label.category].fn++;
      falseNegatives.push({ id: draft.id, category: e.label.category, text: e.label.text });
    }
  }
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, score(counts[c].tp, counts[c].fp, counts[c].fn)]),
  ) as Record<Category, Score>;
  const total = CATEGORIES.reduce(
    (t, c) => ({ tp: t.tp + counts[c].tp, fp: t.fp + counts[c].fp, fn: t.fn + counts[c].fn }),
    {
      tp: 0,
      fp: 0,
      fn: 0,
    },
  );
  return { overall: score(total.tp, total.fp, total.fn), byCategory, falsePositives, falseNegatives };
}
