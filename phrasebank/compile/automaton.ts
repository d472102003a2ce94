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
   * exact spelling (#word) → symbols, matched against a token's `exact ?? norm`. Present
   * only when a pattern uses #word, so other banks pay nothing for it.
   */
  exact?: Record<string, number[]>;
  /**
   * per state: [symbol, target, …]; symbol ANY (-1) is any word (gaps); symbol -(2 + L)
   * consumes a whole entry of lexicon L (lexicons are compiled once, not per use)
   */
  edges: number[][];
  /** per state: lexicons an entry of which ends there */
  lexAccepts: number[][];
  /** symbol → [state, lexicon, …] entered when a lexicon entry starts with that symbol */
  lexStarts: Record<string, number[]>;
  /**
   * per state: accept markers reached there: ruleIndex * 2 for a pattern, ruleIndex * 2 + 1
   * for an exception, -1 - ruleIndex for an unlessSentence pattern (negative, so compiled
   * banks without them read as before)
   */
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

const NOTHING: readonly number[] = [];

type WordLike = Extract<PatternNode, { kind: 'word' | 'lemma' | 'prefix' | 'exact' }>;
type AnchorOption = { symbols: number[]; cost: number };

interface AltParts {
  single: Extract<PatternNode, { kind: 'word' }> | null;
  symbol?: number;
  rest: PatternNode[];
}

export class AutomatonBuilder {
  // per state; most states have few of these, so each list is created on its first entry
  private readonly eps: (number[] | undefined)[] = [];
  private readonly symEdges: (number[] | undefined)[] = [];
  private readonly acceptAt: (number[] | undefined)[] = [];
  private readonly lexAcceptAt: (number[] | undefined)[] = [];
  /** per alternation, inline or not: its single-word options merged into one node, and the rest */
  private readonly altParts = [new WeakMap<PatternNode, AltParts>(), new WeakMap<PatternNode, AltParts>()];
  private readonly lexiconIds = new Map<string, number>();
  private readonly lexiconStarts: number[] = [];
  private readonly patternStarts: number[] = [];
  private readonly anchors: number[][] = [];
  private readonly requires: number[][][] = [];
  /** symbols of several words by kind and sorted words; one-word symbols by word, per kind */
  private readonly symbolKeys = new Map<string, number>();
  private readonly wordSymbols = { w: new Map<string, number>(), p: new Map<string, number>(), e: new Map<string, number>() };
  private symbolCount = 0;
  private readonly words = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly exact = new Map<string, number[]>();

  constructor(
    /** how often a normalized word occurs in ordinary text (e.g. the bank's own modules) */
    private readonly frequency: (word: string) => number,
    /** word forms of a lemma, already normalized */
    private readonly lemmaForms: (lemma: string) => string[],
    /** a lexicon's entries as trees */
    private readonly lexicon: (name: string) => PatternNode,
  ) {}

  private state(): number {
    this.eps.push(undefined);
    this.symEdges.push(undefined);
    this.acceptAt.push(undefined);
    this.lexAcceptAt.push(undefined);
    return this.eps.length - 1;
  }

  private addEps(from: number, to: number) {
    const list = this.eps[from];
    if (list) list.push(to);
    else this.eps[from] = [to];
  }

  private addEdge(from: number, symbol: number, to: number) {
    const list = this.symEdges[from];
    if (list) list.push(symbol, to);
    else this.symEdges[from] = [symbol, to];
  }

  private static add(lists: (number[] | undefined)[], state: number, value: number) {
    const list = lists[state];
    if (list) list.push(value);
    else lists[state] = [value];
  }

  /** The symbol of a word, lemma or stem node. */
  private symbolOf(node: WordLike): number {
    if (node.kind === 'prefix') return this.symbolFor('p', [node.prefix]);
    if (node.kind === 'exact') return this.symbolFor('e', [node.spelling]);
    return this.symbolFor('w', node.kind === 'word' ? node.norms : this.lemmaForms(node.lemma));
  }

  /** An alternation's single-word options as one node (one edge, not many), and its other options. */
  private partsOf(node: Extract<PatternNode, { kind: 'alt' }>, inline: boolean): AltParts {
    const memo = this.altParts[inline ? 1 : 0];
    let parts = memo.get(node);
    if (!parts) {
      const flat = node.options.flatMap((o) => (o.kind === 'lexicon' && inline ? [this.lexicon(o.name)] : [o]));
      const expanded = flat.flatMap((o) => (o.kind === 'alt' ? o.options : [o]));
      const single = expanded.filter((o): o is Extract<PatternNode, { kind: 'word' }> => o.kind === 'word');
      parts = {
        single: single.length > 0 ? { kind: 'word', norms: single.flatMap((o) => o.norms) } : null,
        rest: expanded.filter((o) => o.kind !== 'word'),
      };
      memo.set(node, parts);
    }
    return parts;
  }

  private symbolFor(kind: 'w' | 'p' | 'e', values: string[]): number {
    // most symbols are one word: looked up by the word itself, no set, sort or key string
    const sorted = values.length === 1 ? values : [...new Set(values)].sort();
    const keys = sorted.length === 1 ? this.wordSymbols[kind] : this.symbolKeys;
    const key = sorted.length === 1 ? sorted[0] : `${kind}:${sorted.join('\u0000')}`;
    let id = keys.get(key);
    if (id !== undefined) return id;
    id = this.symbolCount++;
    keys.set(key, id);
    const table = kind === 'w' ? this.words : kind === 'p' ? this.prefixes : this.exact;
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
    AutomatonBuilder.add(this.lexAcceptAt, end, id);
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
      case 'lemma':
      case 'exact': {
        const sym = this.symbolOf(node);
        const to = this.state();
        this.addEdge(from, sym, to);
        return to;
      }
      case 'seq': {
        let at = from;
        for (const item of node.items) at = this.build(item, at, inline);
        return at;
      }
      case 'alt': {
        // single-word options share one symbol: @courier = (dhl | ups | fedex | …) is one edge, not many
        const parts = this.partsOf(node, inline);
        const end = this.state();
        if (parts.single) {
          // the merged word list can be long (a lexicon's words): its symbol is looked up once
          parts.symbol ??= this.symbolOf(parts.single);
          const to = this.state();
          this.addEdge(from, parts.symbol, to);
          this.addEps(to, end);
        }
        const { rest } = parts;
        for (const option of rest) this.addEps(this.build(option, from, inline), end);
        return end;
      }
      case 'opt': {
        const end = this.build(node.item, from, inline);
        this.addEps(from, end);
        return end;
      }
      case 'gap': {
        const end = this.state();
        let at = from;
        this.addEps(at, end);
        for (let k = 0; k < node.max; k++) {
          const next = k === node.max - 1 ? end : this.state();
          this.addEdge(at, ANY, next);
          if (next !== end) this.addEps(next, end);
          at = next;
        }
        return end;
      }
      case 'lexicon': {
        if (inline) return this.build(this.lexicon(node.name), from, true);
        const to = this.state();
        this.addEdge(from, lexiconSymbol(this.lexiconId(node.name)), to);
        return to;
      }
    }
  }

  add(tree: PatternNode, marker: number) {
    const start = this.state();
    const end = this.build(tree, start);
    AutomatonBuilder.add(this.acceptAt, end, marker);
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
    const anchorSet = new Set(best.symbols);
    const anchor = [...anchorSet];
    // a set equal to the anchor adds nothing (compared as sets: lexicon sets hold hundreds of symbols)
    const sameAsAnchor = (set: number[]) => set.length === anchorSet.size && set.every((sym) => anchorSet.has(sym));
    const others = options
      .filter((o) => o !== best)
      .map((o) => [...new Set(o.symbols)])
      .filter((set) => !sameAsAnchor(set))
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
  private anchorOptions(node: PatternNode): AnchorOption[] {
    switch (node.kind) {
      case 'word':
      case 'lemma':
      case 'prefix':
      case 'exact': {
        const symbols = [this.symbolOf(node)];
        if (node.kind === 'prefix') return [{ symbols, cost: this.wordCost(node.prefix) + 0.5 }];
        if (node.kind === 'exact') return [{ symbols, cost: this.wordCost(node.norm) }];
        const words = node.kind === 'word' ? node.norms : this.lemmaForms(node.lemma);
        return [{ symbols, cost: Math.max(...words.map((w) => this.wordCost(w))) }];
      }
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
    // per target state: the closure (its owner state) that already has an edge into it
    const targetSeen = new Int32Array(n).fill(-1);
    const closure: number[] = [];
    for (let s = 0; s < n; s++) {
      if (!this.eps[s]) {
        edges.push(this.symEdges[s] ?? []);
        accepts.push(this.acceptAt[s] ?? []);
        lexAccepts.push(this.lexAcceptAt[s] ?? []);
        continue;
      }
      closure.length = 0;
      closure.push(s);
      seen[s] = s;
      for (let k = 0; k < closure.length; k++) {
        for (const t of this.eps[closure[k]] ?? NOTHING) {
          if (seen[t] !== s) {
            seen[t] = s;
            closure.push(t);
          }
        }
      }
      // union of the closure's edges (each symbol/target pair once, first-seen order) and accepts
      const e: number[] = [];
      let pairs: Set<number> | null = null; // built only when a target repeats
      const acc: number[] = [];
      const lex: number[] = [];
      for (const c of closure) {
        const se = this.symEdges[c] ?? NOTHING;
        for (let k = 0; k < se.length; k += 2) {
          const to = se[k + 1];
          if (targetSeen[to] === s) {
            if (!pairs) {
              pairs = new Set();
              for (let q = 0; q < e.length; q += 2) pairs.add((e[q] + 1_048_576) * 16_777_216 + e[q + 1]);
            }
            const key = (se[k] + 1_048_576) * 16_777_216 + to;
            if (pairs.has(key)) continue;
            pairs.add(key);
          } else {
            targetSeen[to] = s;
            pairs?.add((se[k] + 1_048_576) * 16_777_216 + to);
          }
          e.push(se[k], to);
        }
        for (const a of this.acceptAt[c] ?? NOTHING) if (!acc.includes(a)) acc.push(a);
        for (const a of this.lexAcceptAt[c] ?? NOTHING) if (!lex.includes(a)) lex.push(a);
      }
      edges.push(e);
      accepts.push(acc);
      lexAccepts.push(lex);
    }
    // keep only states a match can be in (entered through an edge), renumbered densely:
    // the compiled tables travel to every composer's page, so size matters
    const keep = new Int32Array(n).fill(-1); // old state → new number, -1 when dropped
    const queue: number[] = []; // kept states, in new-number order
    const visit = (s: number) => {
      if (keep[s] >= 0) return;
      keep[s] = queue.length;
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
    for (const old of queue) {
      outEdges.push(edges[old].map((v, k) => (k % 2 === 1 ? keep[v] : v)));
      outAccepts.push(accepts[old]);
      outLexAccepts.push(lexAccepts[old]);
    }
    const entryTable = (startStates: number[]) => {
      const table: Record<string, number[]> = {};
      startStates.forEach((start, owner) => {
        const e = edges[start];
        for (let k = 0; k < e.length; k += 2) {
          table[e[k]] ??= [];
          table[e[k]].push(keep[e[k + 1]], owner);
        }
      });
      return table;
    };
    return {
      words: Object.fromEntries(this.words),
      prefixes: Object.fromEntries(this.prefixes),
      ...(this.exact.size > 0 ? { exact: Object.fromEntries(this.exact) } : {}),
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
