/**
 * A learned second opinion on whole sentences. Phrase rules catch what trainers listed; other
 * writers say the same things in words nobody listed (on sets written apart from the banks,
 * rules alone found 55–70 % of the problems). A small linear model per language — word stems
 * and stem pairs, one weight list per category, trained on the bank's own examples and the
 * labelled corpus (scripts/train-models.ts) — flags a sentence when it is confident that the
 * sentence is one of the five problems and no rule flagged that category there (check.ts). No
 * text leaves the machine: the weights ship with the extension like the compiled tables.
 */
import type { CompiledRule } from './compile/compile';
import type { Category } from './finding';
import { PairTable } from './match';

export interface SentenceModel {
  /** a sentence is flagged when a category's probability reaches this */
  threshold: number;
  /** Polish and Russian words are cut to this many characters (a crude stem: inflection changes endings) */
  stemLength: number;
  categories: Category[];
  bias: number[];
  /** feature (a stem, or two stems joined by a space) → its weight per category */
  weights: Record<string, number[]>;
  /** what a flag of each category says and offers (the bank's modules for that category) */
  rules: CompiledRule[];
}

/** A sentence's features: its stems and its pairs of neighbouring stems. */
export function sentenceFeatures(norms: readonly string[], stemLength: number): string[] {
  const out: string[] = [];
  let previous = '';
  for (const norm of norms) {
    const stem = stemLength > 0 ? norm.slice(0, stemLength) : norm;
    out.push(stem);
    if (previous) out.push(`${previous} ${stem}`);
    previous = stem;
  }
  return out;
}

/** The index (in model.categories) of the category the model is confident of, or -1. */
export function modelVerdict(model: SentenceModel, features: readonly string[], weights = model.weights): number {
  const z = [...model.bias];
  for (const f of features) {
    const w = weights[f];
    if (w) for (let c = 0; c < z.length; c++) z[c] += w[c];
  }
  let best = -1;
  let bestZ = Math.log(model.threshold / (1 - model.threshold)); // the threshold as a logit
  for (let c = 0; c < z.length; c++)
    if (z[c] >= bestZ) {
      best = c;
      bestZ = z[c];
    }
  return best;
}

/**
 * modelVerdict for the engine's hot path: the weights in one typed array (a feature's are a few
 * adjacent numbers, not an array object of their own), a pair found by its stems' numbers in
 * one hash table (no string built per word; a Map per first stem, looked up at nearly every
 * word, cost more than the rest of the scoring, and a binary search in the first stem's
 * sorted pairs, dozens for common words, a twentieth of a check), and each word's entry
 * remembered.
 */
interface WordWeights {
  /** the word's normalized form (a token id is only a hint: ids start over) */
  norm: string;
  /** where its stem's own weights begin in ModelScorer.rows, or -1 */
  single: number;
  /** its stem's numbers as the first and as the second of a pair, or -1 (none begins or ends one) */
  first: number;
  second: number;
}

export class ModelScorer {
  /** every feature's weights, one row of categories.length numbers after another */
  private readonly rows: Float64Array;
  private readonly single = new Map<string, number>();
  /** a stem that begins a pair, and one that ends a pair → its number as such */
  private readonly firsts = new Map<string, number>();
  private readonly seconds = new Map<string, number>();
  /** (first stem's number, second's) → where the pair's weights begin in rows */
  private readonly pairs: PairTable;
  private readonly words = new Map<string, WordWeights>();
  /** the same entries by token id (tokenize.ts): an array read instead of a string lookup per word */
  private readonly byId: (WordWeights | undefined)[] = [];
  private readonly logit: number;
  private readonly z: Float64Array;

  constructor(readonly model: SentenceModel) {
    const n = model.categories.length;
    const weights = Object.entries(model.weights);
    this.rows = new Float64Array(weights.length * n);
    const pairs: number[] = [];
    const number = (stems: Map<string, number>, stem: string) => {
      const id = stems.get(stem) ?? stems.size;
      stems.set(stem, id);
      return id;
    };
    weights.forEach(([feature, w], k) => {
      for (let c = 0; c < n; c++) this.rows[k * n + c] = w[c];
      const space = feature.indexOf(' ');
      if (space < 0) this.single.set(feature, k * n);
      else
        pairs.push(number(this.firsts, feature.slice(0, space)), number(this.seconds, feature.slice(space + 1)), k * n);
    });
    this.pairs = new PairTable(pairs);
    this.logit = Math.log(model.threshold / (1 - model.threshold));
    this.z = new Float64Array(n);
  }

  /** what the scorer needs of a word, once per spelling */
  private word(norm: string): WordWeights {
    let entry = this.words.get(norm);
    if (entry === undefined) {
      if (this.words.size > 50_000) {
        this.words.clear();
        this.byId.length = 0;
      }
      const { stemLength } = this.model;
      const stem = stemLength > 0 ? norm.slice(0, stemLength) : norm;
      entry = {
        norm,
        single: this.single.get(stem) ?? -1,
        first: this.firsts.get(stem) ?? -1,
        second: this.seconds.get(stem) ?? -1,
      };
      this.words.set(norm, entry);
    }
    return entry;
  }

  /** The verdict (as modelVerdict) on the sentence norms[first, end); `ids`: the tokens' ids, when known. */
  verdict(norms: readonly string[], first: number, end: number, ids?: ArrayLike<number>): number {
    const { z, model, byId, rows, pairs } = this;
    for (let c = 0; c < z.length; c++) z[c] = model.bias[c];
    let previous = -1; // the previous word's stem's number as a first
    for (let k = first; k < end; k++) {
      const id = ids ? ids[k] : -1;
      let word = id >= 0 ? byId[id] : undefined;
      if (word === undefined || word.norm !== norms[k]) {
        word = this.word(norms[k]);
        if (id >= 0) byId[id] = word;
      }
      const w = word.single;
      if (w >= 0) for (let c = 0; c < z.length; c++) z[c] += rows[w + c];
      const second = word.second;
      const pair = previous >= 0 && second >= 0 ? pairs.find(previous, second) : -1;
      // (one weight row per pair: entry e's is values[e])
      if (pair >= 0) for (let c = 0, at = pairs.values[pair]; c < z.length; c++) z[c] += rows[at + c];
      previous = word.first;
    }
    let best = -1;
    let bestZ = this.logit;
    for (let c = 0; c < z.length; c++)
      if (z[c] >= bestZ) {
        best = c;
        bestZ = z[c];
      }
    return best;
  }
}

export interface TrainingSentence {
  norms: string[];
  /** the problem the sentence holds, or null for a clean one */
  category: Category | null;
}

/**
 * One-vs-rest logistic regression with AdaGrad, in a fixed order (a seeded shuffle): the
 * same data gives the same weights.
 */
export function trainModel(
  sentences: TrainingSentence[],
  categories: Category[],
  {
    stemLength,
    epochs = 8,
    rate = 0.3,
    l2 = 1e-4,
    minCount = 3,
  }: { stemLength: number; epochs?: number; rate?: number; l2?: number; minCount?: number },
): Pick<SentenceModel, 'bias' | 'weights'> {
  // a feature seen in fewer sentences than minCount says nothing about other writers' text
  const seen = new Map<string, number>();
  const all = sentences.map((s) => [...new Set(sentenceFeatures(s.norms, stemLength))]);
  for (const x of all) for (const f of x) seen.set(f, (seen.get(f) ?? 0) + 1);
  const xs = all.map((x) => x.filter((f) => (seen.get(f) ?? 0) >= minCount));
  const ys = sentences.map((s) => (s.category ? categories.indexOf(s.category) : -1));
  const weights = new Map<string, Float64Array>();
  const squares = new Map<string, Float64Array>();
  const bias = categories.map(() => 0);
  const row = (table: Map<string, Float64Array>, f: string) => {
    let r = table.get(f);
    if (!r) {
      r = new Float64Array(categories.length);
      table.set(f, r);
    }
    return r;
  };
  const order = xs.map((_, i) => i);
  let seed = 20261124;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const x = xs[i];
      for (let c = 0; c < categories.length; c++) {
        let z = bias[c];
        for (const f of x) z += weights.get(f)?.[c] ?? 0;
        const g = 1 / (1 + Math.exp(-z)) - (ys[i] === c ? 1 : 0);
        for (const f of x) {
          const w = row(weights, f);
          const sq = row(squares, f);
          const step = g + l2 * w[c];
          sq[c] += step * step;
          w[c] -= (rate * step) / Math.sqrt(sq[c] + 1e-8);
        }
        bias[c] -= 0.05 * g;
      }
    }
  }
  const kept: Record<string, number[]> = {};
  for (const [f, w] of weights) kept[f] = [...w].map((v) => Math.round(v * 1000) / 1000);
  return { bias: bias.map((b) => Math.round(b * 1000) / 1000), weights: kept };
}
