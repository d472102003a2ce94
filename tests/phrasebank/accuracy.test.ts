/**
 * Accuracy of the bundled banks on the labelled corpus (tests/corpus): span-level
 * precision and recall per language. Floors are set from the measurement (see the
 * closing notes); a change that loses accuracy fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../phrasebank/check';
import { evaluate, type LabelledDraft } from '../../phrasebank/evaluate';
import { LANGUAGES } from '../../phrasebank/finding';
import { compileBundled } from '../../scripts/compile-banks';

// Set just under the last measurement (npm run accuracy); raise them as the banks improve.
// en precision 0.975: the fresh w14 set joined the dev corpus at 0.973 / 0.978 and pass 12
// took it to 0.979 / 0.990; most false alarms left are a second flag inside one labelled span
// or words its writer left unlabelled where other writers label them.
// One stretch, one flag (2026-11-24, late night; phrasebank/check.ts): the dev set's own drafts
// had labelled "Calm down | and read my message" as two problems (recall en 0.990 → 0.974, pl
// 0.987 → 0.963, ru 0.997 → 0.951 when the flags became one; its w13 / w14 drafts, by
// independent writers, lost 0–2 spans each), so its labels were joined by the same rule
// (scripts/join-labels.ts: en 34, pl 38, ru 58 labels), as the overpromise and blame-shift
// labels had been before: en 0.982 / 0.997, pl 0.983 / 0.998, ru 0.991 / 0.997.
const FLOORS = {
  en: { precision: 0.98, recall: 0.99 },
  pl: { precision: 0.98, recall: 0.99 },
  ru: { precision: 0.98, recall: 0.99 },
};
/** every category of every language, on the dev set */
const CATEGORY_FLOORS = { precision: 0.95, recall: 0.95 };

// Sets written apart from the banks (tests/corpus/README.md): their floors show how far the
// banks generalise, not how well they fit the dev set. holdout/ was read for miss mechanisms on
// 2026-11-24 (its figures rose with that work); holdout2/ has never been read while tuning.
// pl holdout/ went 0.945 → 0.927 when the Polish bank took the categories of DOMAIN.md's table
// and holdout2's writers ("not our department" alone is a stop-phrase): 4 of its spans are
// labelled runaround or blame-shift by its own writer (tests/corpus/README.md). en holdout/
// went 0.893 / 0.962 → 0.875 / 0.942 with the same move in the English bank. Nearby
// overpromise and blame-shift findings became one flag (phrasebank/check.ts, chosen on the
// w6 sets and holdout/): ru holdout/ recall 0.983 → 0.948, as its writer labels the parts of
// one promise apart; holdout2 precision rose (en 0.878 → 0.901, pl 0.769 → 0.824, ru 0.833 →
// 0.867) for one en span (recall 0.677 → 0.667). ru holdout2 precision 0.867 → 0.844 when
// the Russian bank filed "не наш отдел / мы этим не занимаемся" alone as a stop-phrase (the
// fresh w6 set went 0.845 / 0.592 → 0.859 / 0.608 with the same pass): holdout2's Russian
// writer labels it runaround. The sentence models (phrasebank/model.ts, threshold 0.85 chosen
// on the fresh w7 sets) then flagged what no phrase caught: holdout2 recall en 0.677 → 0.740,
// pl 0.667 → 0.771, ru 0.720 → 0.796 at precision en 0.903 → 0.899, pl 0.824 → 0.835, ru
// 0.859 → 0.841; holdout/ (its misses are not of that kind) lost one pl span of precision.
// Trainer pass 7 (2026-11-24 afternoon) wrote rules for general forms with open slots (any
// third party after a contact verb, "we only do X", "it was X who…", insults of any target),
// learned from the fresh w8 sets, which then joined the dev corpus. Measured after, by totals
// (and used to keep the pass): holdout2 en 0.899 / 0.740 → 0.878 / 0.750, pl 0.835 / 0.771 →
// 0.854 / 0.781, ru 0.841 / 0.796 → 0.824 / 0.806; holdout3 en 0.873 / 0.632 → 0.879 / 0.669,
// pl 0.888 / 0.654 → 0.875 / 0.737, ru 0.822 / 0.580 → 0.817 / 0.594 (en +7 spans for +2 false
// alarms, pl +12 for +1, ru +3 for +3); holdout/ precision en 0.907 → 0.891, pl 0.911 → 0.895,
// ru 0.982 → 0.965 (one false alarm each, recall unchanged). Pass 8 did the same from the w7
// sets (now in the en and ru dev corpora): kept for en (holdout2 + holdout3 +1 span, −1 false
// alarm; holdout/ back to 0.907) and ru (+7 spans, +4 false alarms: holdout2 0.824 / 0.806 →
// 0.819 / 0.828, holdout3 0.817 / 0.594 → 0.804 / 0.629); reverted for pl (−3 spans, +1 false
// alarm). That choice was made on these totals, so they now flatter pass 8 a little.
// Pass 9 (2026-11-24, night) did the same from fresh w11 sets (150 replies per language): kept
// for en (holdout2 + holdout3 +8 spans, false alarms unchanged: holdout2 0.877 / 0.740 → 0.894 /
// 0.792, holdout3 0.888 / 0.681 → 0.884 / 0.699; then holdout4, seen by no decision, 0.904 / 0.707
// → 0.903 / 0.762), w11 joining the en dev corpus; not merged for pl (−1 span, +1 false alarm)
// or ru (−1 span, −1 false alarm). Pass 10 (from fresh w12 sets) for en: holdout2 + holdout3 +2
// spans, false alarms unchanged (holdout2 0.894 / 0.792 → 0.882 / 0.781, holdout3 0.884 / 0.699
// → 0.893 / 0.718; holdout4 0.903 / 0.762 → 0.911 / 0.762). For pl, passes 9 and 10 together (w11
// and w12 now in the pl dev corpus) were kept on holdout2 + holdout3 totals: +2 spans, −1 false
// alarm (holdout2 0.854 / 0.781 → 0.859 / 0.810, holdout3 0.875 / 0.737 → 0.882 / 0.729); on
// holdout4, seen by no decision, they found 3 more and raised 2 more false alarms (0.875 / 0.675 →
// 0.860 / 0.702). Passes 9 and 10 for ru were not merged (holdout3 −3 spans, +1 false alarm).
// Pass 11 (2026-11-24, late evening) tuned on fresh w13 sets (150 replies per language, now in
// the dev corpora; measured as they came in: en 0.875 / 0.783, pl 0.821 / 0.752, ru 0.828 /
// 0.752). holdout2 + holdout3 totals: en +2 spans, −1 false alarm; ru +7, −1; pl +3, +1 (kept:
// F1 of the two sets 0.815 → 0.820). holdout2 en 0.882 / 0.781 → 0.884 / 0.792, pl 0.859 / 0.810
// → 0.857 / 0.800, ru 0.819 / 0.828 → 0.813 / 0.839; holdout3 en 0.893 / 0.718 → 0.901 / 0.724,
// pl 0.882 / 0.729 → 0.878 / 0.759, ru 0.804 / 0.629 → 0.828 / 0.671. holdout4, seen by no
// decision: en 0.911 / 0.762 unchanged, pl 0.860 / 0.702 → 0.863 / 0.719, ru 0.856 / 0.718 →
// 0.857 / 0.726. holdout/ (read before): pl 0.895 / 0.927 → 0.909 / 0.909, ru 0.965 / 0.948 →
// 0.948 / 0.948 (one more false alarm). Pass 12 (fresh w14 sets, now in the en dev corpus):
// en holdout2 + holdout3 +4 spans, +1 false alarm (kept: F1 0.815 → 0.823; holdout2 0.884 /
// 0.792 → 0.886 / 0.813, holdout3 0.901 / 0.724 → 0.896 / 0.736); holdout4 0.911 / 0.762 →
// 0.919 / 0.769 and holdout5 0.765 / 0.802 → 0.769 / 0.817, both seen by no decision. The
// Russian pass 12 was not merged (−1 span, +1 false alarm).
// One flag per stretch (2026-11-24, late night): findings of one category up to six words apart in a
// sentence became one in every category, not only overpromise and blame-shift (their gap grew
// from three words). Kept on holdout2 + holdout3 totals: en 198 spans / 24 false alarms →
// 198 / 22, pl 185 / 28 → 185 / 17, ru 174 / 38 → 173 / 25. On the sets no decision has seen,
// holdout4 + holdout5 + holdout6 together: en 536 / 100 → 533 / 76, pl 534 / 116 → 531 / 92,
// ru 498 / 128 → 496 / 96 (precision en 0.843 → 0.875, pl 0.822 → 0.852, ru 0.796 → 0.838).
// holdout/ (read before) lost en 1 and ru 3 spans: its writer labels the parts apart.
// Then the sentence model also flags a sentence that rules flagged for another category only
// (rules may catch one problem of a sentence and miss another; phrasebank/check.ts): holdout2
// + holdout3 en +1 span / 0 false alarms, pl 0 / 0, ru +2 / +1 (F1 0.797 → 0.801); holdout4–6
// en +3 / +3, pl +4 / 0, ru +5 / +1. With those two changes the model's threshold went 0.85 →
// 0.75 (scripts/train-models.ts), chosen on holdout2 + holdout3 by F1 (0.50–0.90 tried): en
// 199 / 22 → 203 / 26 (F1 0.829 → 0.832), pl 185 / 17 → 189 / 18 (0.841 → 0.849), ru 175 / 26 →
// 181 / 29 (0.801 → 0.812). holdout4–6 together, seen by no decision: en 0.872 / 0.754 →
// 0.863 / 0.782, pl 0.853 / 0.751 → 0.842 / 0.777, ru 0.838 / 0.728 → 0.825 / 0.751.
const HOLDOUT_FLOORS = {
  holdout: {
    en: { precision: 0.92, recall: 0.92 },
    pl: { precision: 0.89, recall: 0.9 },
    ru: { precision: 0.94, recall: 0.87 },
  },
  holdout2: {
    en: { precision: 0.89, recall: 0.8 },
    pl: { precision: 0.91, recall: 0.82 },
    ru: { precision: 0.84, recall: 0.83 },
  },
  // 150 long e-mails per language by three more independent writers (2026-11-24 afternoon),
  // first measured as they came in (en 0.873 / 0.632, pl 0.888 / 0.654, ru 0.822 / 0.580)
  holdout3: {
    en: { precision: 0.87, recall: 0.76 },
    pl: { precision: 0.91, recall: 0.76 },
    ru: { precision: 0.87, recall: 0.71 },
  },
  // 150 mixed replies per language by three more independent writers (2026-11-24, evening),
  // written after the last bank change and measured once: no decision has seen them. The
  // session's first commit (333ba22) scored en 0.899 / 0.667, pl 0.862 / 0.658, ru 0.850 / 0.685
  holdout4: {
    en: { precision: 0.92, recall: 0.78 },
    pl: { precision: 0.86, recall: 0.76 },
    ru: { precision: 0.84, recall: 0.74 },
  },
  // 150 mixed replies per language by three more independent writers (2026-11-24, late evening:
  // internet providers, driving schools, florists, parking operators…), written after pass 11
  // and measured then (cb6c5cb): no decision has seen them
  holdout5: {
    en: { precision: 0.78, recall: 0.84 },
    pl: { precision: 0.8, recall: 0.8 },
    ru: { precision: 0.84, recall: 0.79 },
  },
  // 450 replies per language (the w15, w16 and w17 sets of nine more independent writers, 2026-11-24,
  // night), written after pass 12 and measured then (01a3369): no decision and nobody tuning has
  // seen them. The largest unseen set, and the lowest figures
  holdout6: {
    en: { precision: 0.86, recall: 0.76 },
    pl: { precision: 0.84, recall: 0.77 },
    ru: { precision: 0.81, recall: 0.73 },
  },
  // 150 replies per language by three more independent writers (2026-11-24, late night: bike
  // sharing, wedding venues, test labs, phone repair, ski schools, self-storage…), written after
  // this night's engine changes and measured once (b4ea87e); the engine of the session's start
  // (bcb9bc6) scored en 0.818 / 0.853, pl 0.848 / 0.760, ru 0.835 / 0.802 on it
  holdout7: {
    en: { precision: 0.84, recall: 0.87 },
    pl: { precision: 0.86, recall: 0.79 },
    ru: { precision: 0.86, recall: 0.83 },
  },
  // 300 replies per language by six more independent writers (2026-11-25: garden centres, coach
  // tours, escape rooms, vending, payroll software, kitchen fitters…), written as training data
  // and measured first with the engine of 54ab987 (rules alone en 0.920 / 0.687, pl 0.824 / 0.652,
  // ru 0.874 / 0.643). As training data they moved no set beyond the model's own spread
  // (holdout2 + holdout3, en 203 / 25 → 205 / 26 spans found / false alarms, pl 189 / 17 → 191 / 17,
  // ru 181 / 29 → 180 / 27), so they became the largest unseen set instead
  holdout8: {
    en: { precision: 0.84, recall: 0.81 },
    pl: { precision: 0.82, recall: 0.74 },
    ru: { precision: 0.85, recall: 0.77 },
  },
  // 150 replies per language by three more independent writers (2026-11-25: hearing-aid clinics,
  // funeral homes, rail freight, piano tuners, roofers, cat hotels, tax returns, hostels…), who
  // read only DOMAIN.md and the seeds; first measured with the engine of 22e692e
  holdout9: {
    en: { precision: 0.92, recall: 0.82 },
    pl: { precision: 0.95, recall: 0.75 },
    ru: { precision: 0.82, recall: 0.79 },
  },
};

const engine = new Engine(compileBundled());

describe.each(LANGUAGES)('accuracy on the %s corpus', (language) => {
  const corpus = JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../corpus/${language}.json`), 'utf8'),
  ) as LabelledDraft[];

  it('is a real corpus: ≥ 100 drafts, ≥ 40 % clean, every category labelled', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(corpus.filter((d) => d.expect.length === 0).length / corpus.length).toBeGreaterThanOrEqual(0.4);
    const categories = new Set(corpus.flatMap((d) => d.expect.map((e) => e.category)));
    expect(categories.size).toBe(5);
  });

  it(`meets precision ≥ ${FLOORS[language].precision} and recall ≥ ${FLOORS[language].recall}`, () => {
    const e = evaluate(engine, corpus, language);
    const detail = [
      ...e.falsePositives.map((f) => `FP ${f.id} ${f.finding.ruleId} "${f.finding.text}"`),
      ...e.falseNegatives.map((f) => `FN ${f.id} ${f.category} "${f.text}"`),
    ].join('\n');
    expect(e.overall.precision, detail).toBeGreaterThanOrEqual(FLOORS[language].precision);
    expect(e.overall.recall, detail).toBeGreaterThanOrEqual(FLOORS[language].recall);
    for (const [category, score] of Object.entries(e.byCategory)) {
      expect(score.precision, `${category} precision\n${detail}`).toBeGreaterThanOrEqual(CATEGORY_FLOORS.precision);
      expect(score.recall, `${category} recall\n${detail}`).toBeGreaterThanOrEqual(CATEGORY_FLOORS.recall);
    }
  });
});

const HOLDOUT_SETS = Object.keys(HOLDOUT_FLOORS) as (keyof typeof HOLDOUT_FLOORS)[];

it('has floors for every set written apart from the banks (tests/corpus/holdout*/)', () => {
  const sets = readdirSync(resolve(import.meta.dirname, '../corpus')).filter((name) => /^holdout\d*$/.test(name));
  expect(sets.sort()).toEqual([...HOLDOUT_SETS].sort());
});

describe.each(HOLDOUT_SETS.flatMap((set) => LANGUAGES.map((language) => [set, language] as const)))(
  'accuracy on the %s set, %s',
  (set, language) => {
    const corpus = JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../corpus/${set}/${language}.json`), 'utf8'),
    ) as LabelledDraft[];
    const floor = HOLDOUT_FLOORS[set][language];

    it(`meets precision ≥ ${floor.precision} and recall ≥ ${floor.recall}`, () => {
      const e = evaluate(engine, corpus, language);
      expect(e.overall.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(e.overall.recall).toBeGreaterThanOrEqual(floor.recall);
    });
  },
);
