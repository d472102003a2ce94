/**
 * Pattern trees → one token-level automaton for a whole bank (Thompson construction,
 * then epsilon-free). Each word position becomes a *symbol*: a set of normalized words
 * or a word stem. Matching (../match.ts) walks the automaton once over the draft's
 * tokens, so its time is linear in the text whatever the trainer wrote.
 */
import type { PatternNode } from './pattern';

export const ANY = -1;
/** The edge symbol that consumes one entry of lexicon `id`. */
export const lexiconSymbol = (id: number) => -2 - id;

/** The automaton in plain JSON: what the content script receives and loads. */
export interface CompiledAutomaton {
  /** normalized word → symbols it belongs to */
  words: Record<string, number[]>;
  /** word stem → symbols; a token belongs to every symbol whose stem starts it */
  prefixes: Record<string, number[]>;
  /**
   * per state: [symbol, target, …]; symbol ANY (-1) is any word (gaps); symbol -(2 + L)
   * consumes a whole entry of lexicon L (lexicons are compiled once, not per use)
   */
  edges: number[][];
  /** per state: lexicons an entry of which ends there */
  lexAccepts: number[][];
  /** symbol → [state, lexicon, …] entered when a lexicon entry starts with that symbol */
  lexStarts: Record<string, number[]>;
  /** per state: accept markers reached there (marker = ruleIndex * 2 + (exception ? 1 : 0)) */
  accepts: number[][];
  /** symbol (or lexicon symbol) → [state, pattern, …] entered when a match starts with it */
  starts: Record<string, number[]>;
  /**
   * Per pattern: symbols of which every match needs at least one (its rarest required
   * words). A pattern only starts threads in sentences holding one of its anchors, and
   * sentences holding none are skipped before the automaton runs.
   */
  anchors: number[][];
  /**
   * Per pattern: up to two more symbol sets a match needs one symbol of each (its other
   * required words, smallest sets first): a sentence lacking one cannot match.
   */
  requires: number[][][];
}

/** Function words are poor anchors: nearly every sentence has them. */
const COMMON = new Set(
  'a an the i you we it is are was be to of in on at for and or not no do does did have has can will would this that my your our me us '
    .concat('w z na nie sie się to i a o do ze że za od po jest sa są pan pani panu pana panie panstwo państwo mam ma moge mogę juz już tak ')
    .concat('я вы мы не на в с и а о к по за от до это так уже вам вас нам нас он она они его её мой ваш наш можно нет да')
    .split(' '),
);

export class AutomatonBuilder {
  private readonly eps: number[][] = [];
  private readonly symEdges: number[][] = [];
  private readonly acceptAt: number[][] = [];
  private readonly lexAcceptAt: number[][] = [];
  private readonly lexiconIds = new Map<string, number>();
  private readonly lexiconStarts: number[] = [];
  private readonly patternStarts: number[] = [];
  private readonly anchors: number[][] = [];
  private readonly requires: number[][][] = [];
  private readonly symbolKeys = new Map<string, number>();
  private readonly words = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();

  constructor(
    /** how often a normalized word occurs in ordinary text (e.g. the bank's own modules) */
    private readonly frequency: (word: string) => number,
    /** word forms of a lemma, already normalized */
    private readonly lemmaForms: (lemma: string) => string[],
    /** a lexicon's entries as trees */
    private readonly lexicon: (name: string) => PatternNode,
  ) {}

  private state(): number {
    this.eps.push([]);
    this.symEdges.push([]);
    this.acceptAt.push([]);
    this.lexAcceptAt.push([]);
    return this.eps.length - 1;
  }

  private symbolFor(kind: 'w' | 'p', values: string[]): number {
    const sorted = [...new Set(values)].sort();
    const key = `${kind}:${sorted.join('\u0000')}`;
    let id = this.symbolKeys.get(key);
    if (id !== undefined) return id;
    id = this.symbolKeys.size;
    this.symbolKeys.set(key, id);
    const table = kind === 'w' ? this.words : this.prefixes;
    for (const v of sorted) {
      const list = table.get(v);
      if (list) list.push(id);
      else table.set(v, [id]);
    }
    return id;
  }

  /** The id of lexicon `name`, compiling its entries once into their own sub-automaton. */
  private lexiconId(name: string): number {
    let id = this.lexiconIds.get(name);
    if (id !== undefined) return id;
    id = this.lexiconIds.size;
    this.lexiconIds.set(name, id);
    const start = this.state();
    const end = this.build(this.lexicon(name), start, true);
    this.lexAcceptAt[end].push(id);
    this.lexiconStarts.push(start);
    return id;
  }

  /**
   * Builds `node` from state `from`; returns the state where it ends. Inside a lexicon
   * (`inline`), nested lexicons are copied in; elsewhere a lexicon is one edge.
   */
  private build(node: PatternNode, from: number, inline = false): number {
    switch (node.kind) {
      case 'word':
      case 'prefix':
      case 'lemma': {
        const sym =
          node.kind === 'prefix'
            ? this.symbolFor('p', [node.prefix])
            : this.symbolFor('w', node.kind === 'word' ? node.norms : this.lemmaForms(node.lemma));
        const to = this.state();
        this.symEdges[from].push(sym, to);
        return to;
      }
      case 'seq': {
        let at = from;
        for (const item of node.items) at = this.build(item, at, inline);
        return at;
      }
      case 'alt': {
        // single-word options share one symbol: @courier = (dhl | ups | fedex | …) is one edge, not many
        const flat = node.options.flatMap((o) => (o.kind === 'lexicon' && inline ? [this.lexicon(o.name)] : [o]));
        const expanded = flat.flatMap((o) => (o.kind === 'alt' ? o.options : [o]));
        const single = expanded.filter((o): o is Extract<PatternNode, { kind: 'word' }> => o.kind === 'word');
        const rest = expanded.filter((o) => o.kind !== 'word');
        const end = this.state();
        if (single.length > 0) this.eps[this.build({ kind: 'word', norms: single.flatMap((o) => o.norms) }, from)].push(end);
        for (const option of rest) this.eps[this.build(option, from, inline)].push(end);
        return end;
      }
      case 'opt': {
        const end = this.build(node.item, from, inline);
        this.eps[from].push(end);
        return end;
      }
      case 'gap': {
        const end = this.state();
        let at = from;
        this.eps[at].push(end);
        for (let k = 0; k < node.max; k++) {
          const next = k === node.max - 1 ? end : this.state();
          this.symEdges[at].push(ANY, next);
          if (next !== end) this.eps[next].push(end);
          at = next;
        }
        return end;
      }
      case 'lexicon': {
        if (inline) return this.build(this.lexicon(node.name), from, true);
        const to = this.state();
        this.symEdges[from].push(lexiconSymbol(this.lexiconId(node.name)), to);
        return to;
      }
    }
  }

  add(tree: PatternNode, marker: number) {
    const start = this.state();
    const end = this.build(tree, start);
    this.acceptAt[end].push(marker);
    this.patternStarts.push(start);
    const [anchor, ...others] = this.requiredSets(tree);
    this.anchors.push(anchor);
    this.requires.push(others);
  }

  /** The cheapest set of symbols one of which every match of `node` contains. */
  /** The pattern's anchor (cheapest required set), then up to two more required sets, smallest first. */
  private requiredSets(node: PatternNode): number[][] {
    const options = this.anchorOptions(node);
    if (options.length === 0) throw new Error('a pattern needs at least one required word');
    let best = options[0];
    for (const o of options) if (o.cost < best.cost) best = o;
    const anchor = [...new Set(best.symbols)];
    const key = [...anchor].sort().join(',');
    const others = options
      .filter((o) => o !== best)
      .map((o) => [...new Set(o.symbols)])
      .filter((set) => [...set].sort().join(',') !== key)
      .sort((a, b) => a.length - b.length)
      .slice(0, 2);
    return [anchor, ...others];
  }

  private readonly costs = new Map<string, number>();
  private readonly lexiconAnchors = new Map<string, { symbols: number[]; cost: number }[]>();

  private wordCost(word: string): number {
    let cost = this.costs.get(word);
    if (cost === undefined) {
      cost = 1 + this.frequency(word) + (COMMON.has(word) ? 100 : 0) + 4 / Math.max(word.length, 1);
      this.costs.set(word, cost);
    }
    return cost;
  }

  /** Alternative anchor sets for `node`, each a disjunction of symbols with a cost (lower = rarer). */
  private anchorOptions(node: PatternNode): { symbols: number[]; cost: number }[] {
    switch (node.kind) {
      case 'word':
      case 'lemma': {
        const words = node.kind === 'word' ? node.norms : this.lemmaForms(node.lemma);
        const sym = this.symbolFor('w', words);
        return [{ symbols: [sym], cost: Math.max(...words.map((w) => this.wordCost(w))) }];
      }
      case 'prefix':
        return [{ symbols: [this.symbolFor('p', [node.prefix])], cost: this.wordCost(node.prefix) + 0.5 }];
      case 'seq':
        return node.items.flatMap((item) => this.anchorOptions(item));
      case 'alt': {
        // every option must contribute: union of each option's best set
        const symbols: number[] = [];
        let cost = 0;
        for (const option of node.options) {
          const opts = this.anchorOptions(option);
          if (opts.length === 0) return [];
          const best = opts.reduce((a, b) => (b.cost < a.cost ? b : a));
          symbols.push(...best.symbols);
          cost += best.cost;
        }
        return [{ symbols, cost }];
      }
      case 'lexicon': {
        let options = this.lexiconAnchors.get(node.name);
        if (!options) {
          options = this.anchorOptions(this.lexicon(node.name));
          this.lexiconAnchors.set(node.name, options);
        }
        return options;
      }
      case 'opt':
      case 'gap':
        return [];
    }
  }

  finish(): CompiledAutomaton {
    const n = this.eps.length;
    // epsilon-free form: a state carries the edges and accepts of every state it reaches for free
    const edges: number[][] = [];
    const accepts: number[][] = [];
    const lexAccepts: number[][] = [];
    const seen = new Int32Array(n).fill(-1);
    for (let s = 0; s < n; s++) {
      if (this.eps[s].length === 0) {
        edges.push(this.symEdges[s]);
        accepts.push(this.acceptAt[s]);
        lexAccepts.push(this.lexAcceptAt[s]);
        continue;
      }
      const closure = [s];
      seen[s] = s;
      for (let k = 0; k < closure.length; k++) {
        for (const t of this.eps[closure[k]]) {
          if (seen[t] !== s) {
            seen[t] = s;
            closure.push(t);
          }
        }
      }
      const e: number[] = [];
      const pairs = new Set<number>();
      const acc = new Set<number>();
      const lex = new Set<number>();
      for (const c of closure) {
        const se = this.symEdges[c];
        for (let k = 0; k < se.length; k += 2) {
          const key = (se[k] + 1_048_576) * 16_777_216 + se[k + 1];
          if (pairs.has(key)) continue;
          pairs.add(key);
          e.push(se[k], se[k + 1]);
        }
        for (const a of this.acceptAt[c]) acc.add(a);
        for (const a of this.lexAcceptAt[c]) lex.add(a);
      }
      edges.push(e);
      accepts.push([...acc]);
      lexAccepts.push([...lex]);
    }
    // keep only states a match can be in (entered through an edge), renumbered densely:
    // the compiled tables travel to every composer's page, so size matters
    const keep = new Map<number, number>();
    const queue: number[] = [];
    const visit = (s: number) => {
      if (keep.has(s)) return;
      keep.set(s, keep.size);
      queue.push(s);
    };
    for (const start of [...this.patternStarts, ...this.lexiconStarts]) {
      for (let k = 1; k < edges[start].length; k += 2) visit(edges[start][k]);
    }
    for (let q = 0; q < queue.length; q++) {
      const e = edges[queue[q]];
      for (let k = 1; k < e.length; k += 2) visit(e[k]);
    }
    const outEdges: number[][] = [];
    const outAccepts: number[][] = [];
    const outLexAccepts: number[][] = [];
    for (const [old] of keep) {
      outEdges.push(edges[old].map((v, k) => (k % 2 === 1 ? keep.get(v)! : v)));
      outAccepts.push(accepts[old]);
      outLexAccepts.push(lexAccepts[old]);
    }
    const entryTable = (startStates: number[]) => {
      const table: Record<string, number[]> = {};
      startStates.forEach((start, owner) => {
        const e = edges[start];
        for (let k = 0; k < e.length; k += 2) {
          table[e[k]] ??= [];
          table[e[k]].push(keep.get(e[k + 1])!, owner);
        }
      });
      return table;
    };
    return {
      words: Object.fromEntries(this.words),
      prefixes: Object.fromEntries(this.prefixes),
      edges: outEdges,
      accepts: outAccepts,
      lexAccepts: outLexAccepts,
      lexStarts: entryTable(this.lexiconStarts),
      starts: entryTable(this.patternStarts),
      anchors: this.anchors,
      requires: this.requires,
    };
  }
}
