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
   * every state's edges, one state after another, as [symbol, target, …]: state s's are the
   * edgeLengths[s] numbers after those of the states before it (match.ts's stateOffsets gives
   * where each begins). Symbol ANY (-1) is any word (gaps); symbol -(2 + L) consumes a whole entry of
   * lexicon L (lexicons are compiled once, not per use). Flat lists with lengths, not a list
   * per state: a few arrays instead of tens of thousands to build, send and parse.
   */
  edges: number[];
  edgeLengths: number[];
  /** per state in turn (lexAcceptLengths[s] of them): lexicons an entry of which ends there */
  lexAccepts: number[];
  lexAcceptLengths: number[];
  /** symbol → [state, lexicon, …] entered when a lexicon entry starts with that symbol */
  lexStarts: Record<string, number[]>;
  /**
   * per state in turn (acceptLengths[s] of them): accept markers reached there, ruleIndex * 2
   * for a pattern, ruleIndex * 2 + 1 for an exception, -1 - ruleIndex for an unlessSentence
   * pattern (negative, so compiled banks without them read as before)
   */
  accepts: number[];
  acceptLengths: number[];
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
   * required words, smallest sets first), as indices into requiredSets: a sentence lacking
   * one cannot match.
   */
  requires: number[][];
  /**
   * The distinct required sets. Patterns share them (a lexicon's words), so each is listed
   * once: the matcher in every page reads them as they are, with nothing to sort or compare.
   */
  requiredSets: number[][];
}

/** Function words are poor anchors: nearly every sentence has them. */
const COMMON = new Set(
  'a an the i you we it is are was be to of in on at for and or not no do does did have has can will would this that my your our me us '
    .concat(
      'w z na nie sie się to i a o do ze że za od po jest sa są pan pani panu pana panie panstwo państwo mam ma moge mogę juz już tak ',
    )
    .concat(
      'я вы мы не на в с и а о к по за от до это так уже вам вас нам нас он она они его её мой ваш наш можно нет да',
    )
    .split(' '),
);

/**
 * The empty accept list most states have (and the edge list of states that only end a match),
 * shared and frozen: one array instead of tens of thousands for the collector to copy (the
 * compiled bank is read, never changed).
 */
const NONE = Object.freeze([]) as unknown as number[];

/** Object.fromEntries(map), a few times faster for thousands of keys (plain assignment; "__proto__" defined, not set). */
function toRecord(map: Map<string, number[]>): Record<string, number[]> {
  const record: Record<string, number[]> = {};
  for (const [key, value] of map) {
    if (key === '__proto__')
      Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    else record[key] = value;
  }
  return record;
}

/** scratch for sortedUnique (never shrunk: that would drop its storage) */
const SORTING: string[] = [];

/** [...new Set(values)].sort(), by insertion for the short lists most symbols have. */
function sortedUnique(values: string[]): string[] {
  if (values.length > 16) return [...new Set(values)].sort();
  let n = 0;
  for (let m = 0; m < values.length; m++) {
    const v = values[m];
    let k = n;
    while (k > 0 && SORTING[k - 1] > v) k--;
    if (k > 0 && SORTING[k - 1] === v) continue;
    for (let j = n; j > k; j--) SORTING[j] = SORTING[j - 1];
    SORTING[k] = v;
    n++;
  }
  return SORTING.slice(0, n);
}

type WordLike = Extract<PatternNode, { kind: 'word' | 'lemma' | 'prefix' | 'exact' }>;

/**
 * A set of symbols one of which every match of some part of a pattern contains, with a cost
 * (lower = rarer). An alternation's set is the union of its options' best sets: it keeps
 * those as `parts` and is spelled out only if chosen (lexicon sets hold hundreds of symbols).
 */
type AnchorOption = {
  cost: number;
  symbol: number;
  parts: AnchorOption[] | null;
  /**
   * a lexicon's option (shared by every pattern using the lexicon): its distinct symbols,
   * spelled out once, not walked again per pattern (null for the others)
   */
  spelled: number[] | null;
};

interface AltParts {
  single: Extract<PatternNode, { kind: 'word' }> | null;
  symbol?: number;
  rest: PatternNode[];
}

/** A growable list of int32, for the builder's tables: no object per state for the collector to copy. */
class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    return this.length++;
  }
}

/**
 * Per-state lists in insertion order, as linked cells in flat int arrays (a state's first
 * and last cell, each cell's value(s) and next cell): most states have one or two entries.
 */
class StateLists {
  readonly head = new IntList();
  readonly tail = new IntList();
  readonly next = new IntList();
  readonly a = new IntList();
  readonly b = new IntList();

  addState() {
    this.head.push(-1);
    this.tail.push(-1);
  }

  add(state: number, a: number, b = 0) {
    const cell = this.next.push(-1);
    this.a.push(a);
    this.b.push(b);
    const last = this.tail.data[state];
    if (last < 0) this.head.data[state] = cell;
    else this.next.data[last] = cell;
    this.tail.data[state] = cell;
  }
}

/**
 * Sets of several words → their symbol, each set keyed by its words' ids, sorted and distinct:
 * an open-addressing table over int lists, so looking up an alternation's words costs a Map
 * lookup per word, not a sort of strings, a joined key string and hashing that.
 */
export class WordSetTable {
  private readonly wordIds = new Map<string, number>();
  /** the ids of the set last looked up, sorted and distinct: ids[0 … distinct) */
  private ids = new Int32Array(64);
  /** how many distinct words the set last looked up has */
  distinct = 0;
  private hash = 0;
  /** slot → set index + 1 (0: empty) */
  private slots = new Int32Array(1024);
  private readonly hashes = new IntList();
  private readonly starts = new IntList();
  private readonly lengths = new IntList();
  private readonly symbols = new IntList();
  /** every set's ids, one set after another */
  private readonly members = new IntList();

  /** word id → the word */
  private readonly wordsById: string[] = [];
  /**
   * word id → a list its owner keeps for the word (AutomatonBuilder: the word's symbols), filled
   * as ids are given so that the array stays dense (set out of order, it would turn into a dictionary)
   */
  readonly lists: (number[] | undefined)[] = [];

  /** The `k`th distinct word id of the set last looked up (ascending). */
  idAt(k: number): number {
    return this.ids[k];
  }

  /** The word of a word id. */
  wordOf(id: number): string {
    return this.wordsById[id];
  }

  /** The symbol of the set of `words` (repeats allowed), -1 when unknown: then add() gives it one. */
  lookup(words: string[]): number {
    if (this.ids.length < words.length) this.ids = new Int32Array(words.length * 2);
    const ids = this.ids;
    let n = 0;
    for (let m = 0; m < words.length; m++) {
      let id = this.wordIds.get(words[m]);
      if (id === undefined) {
        id = this.wordIds.size;
        this.wordIds.set(words[m], id);
        this.wordsById.push(words[m]);
        this.lists.push(undefined);
      }
      ids[n++] = id;
    }
    if (n > 16) ids.subarray(0, n).sort();
    else {
      for (let m = 1; m < n; m++) {
        const v = ids[m];
        let k = m;
        while (k > 0 && ids[k - 1] > v) {
          ids[k] = ids[k - 1];
          k--;
        }
        ids[k] = v;
      }
    }
    let distinct = n > 0 ? 1 : 0;
    for (let m = 1; m < n; m++) if (ids[m] !== ids[distinct - 1]) ids[distinct++] = ids[m];
    this.distinct = distinct;
    let hash = distinct;
    for (let m = 0; m < distinct; m++) hash = Math.imul(hash ^ ids[m], 0x9e3779b1) ^ (hash >>> 15);
    this.hash = hash;
    const { slots, members } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const set = slots[slot] - 1;
      if (set < 0) return -1;
      if (this.hashes.data[set] !== hash || this.lengths.data[set] !== distinct) continue;
      const start = this.starts.data[set];
      let m = 0;
      while (m < distinct && members.data[start + m] === ids[m]) m++;
      if (m === distinct) return this.symbols.data[set];
    }
  }

  /** Gives the set last looked up (and found unknown) this symbol. */
  add(symbol: number) {
    if (2 * (this.symbols.length + 1) > this.slots.length) {
      const bigger = new Int32Array(this.slots.length * 2);
      const mask = bigger.length - 1;
      for (let set = 0; set < this.symbols.length; set++) {
        let slot = this.hashes.data[set] & mask;
        while (bigger[slot] !== 0) slot = (slot + 1) & mask;
        bigger[slot] = set + 1;
      }
      this.slots = bigger;
    }
    const set = this.symbols.push(symbol);
    this.hashes.push(this.hash);
    this.starts.push(this.members.length);
    this.lengths.push(this.distinct);
    for (let m = 0; m < this.distinct; m++) this.members.push(this.ids[m]);
    const mask = this.slots.length - 1;
    let slot = this.hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = set + 1;
  }
}

/**
 * finish()'s tables and lists, kept from one compile to the next (grown, never shrunk): a
 * compile makes garbage of them only when its bank is bigger than any before.
 */
const FINISH = { tables: new Int32Array(0), edges: new IntList(), accepts: new IntList(), lexAccepts: new IntList() };

/** data[0 … length) as a plain array (JSON), made at its exact size. */
function numbers(data: Int32Array, length: number): number[] {
  const out: number[] = new Array(length);
  for (let k = 0; k < length; k++) out[k] = data[k];
  return out;
}

/** AutomatonBuilders made so far (each numbers itself: see symbolOf) */
let builders = 0;

export class AutomatonBuilder {
  private stateCount = 0;
  /** this builder's number: a word node's cached symbol is this builder's if it carries this number */
  private readonly serial = ++builders;
  /** per state: epsilon targets (a), and symbol (a) → target (b) edges */
  private readonly eps = new StateLists();
  private readonly symEdges = new StateLists();
  /** the few states that accept something: accept markers and ended lexicons */
  private readonly acceptAt = new Map<number, number[]>();
  private readonly lexAcceptAt = new Map<number, number[]>();
  /** per state: 1 when acceptAt has it, 2 when lexAcceptAt has it (read without a Map lookup) */
  private readonly acceptFlags = new IntList();
  /**
   * per alternation of a lexicon (built inline, once per lexicon that copies it in): its
   * single-word options merged into one node, and the rest. A pattern's own alternations are
   * built once, so nothing is kept for them (buildAlternation): a WeakMap entry per
   * alternation cost every garbage collection more than it saved.
   */
  private readonly lexiconAltParts = new Map<PatternNode, AltParts>();
  private readonly lexiconIds = new Map<string, number>();
  private readonly lexiconStarts: number[] = [];
  private readonly patternStarts: number[] = [];
  private readonly anchors: number[][] = [];
  private readonly requires: number[][] = [];
  private readonly requiredSetList: number[][] = [];
  /**
   * required set → its index, by the set itself, for lexicons' sets (shared arrays, met again
   * and again; a set spelled afresh is never met again as itself), and indices by a hash of the symbols
   */
  private readonly requiredSetIds = new Map<number[], number>();
  /** per set requiredSets last gave: bit k set when sets[k] is a lexicon's shared list */
  private sharedSets = 0;
  private readonly requiredSetsByHash = new Map<number, number[]>();
  /** symbols of several words by kind and sorted words; one-word symbols by word, per kind */
  private readonly symbolKeys = new Map<string, number>();
  private readonly wordSymbols = {
    w: new Map<string, number>(),
    p: new Map<string, number>(),
    e: new Map<string, number>(),
  };
  private symbolCount = 0;
  private readonly lemmaSymbols = new Map<string, number>();
  /** symbols of several words (kind 'w'; the other kinds' go by key string, in symbolKeys) */
  private readonly wordSets = new WordSetTable();
  /** scratch: the words of the alternations being built (never shrunk: that would drop its storage) */
  private readonly normStack: string[] = [];
  private normTop = 0;
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
    this.eps.addState();
    this.symEdges.addState();
    this.acceptFlags.push(0);
    return this.stateCount++;
  }

  private addEps(from: number, to: number) {
    this.eps.add(from, to);
  }

  private addEdge(from: number, symbol: number, to: number) {
    this.symEdges.add(from, symbol, to);
  }

  private addAccept(lists: Map<number, number[]>, flag: number, state: number, value: number) {
    this.acceptFlags.data[state] |= flag;
    const list = lists.get(state);
    if (list) list.push(value);
    else lists.set(state, [value]);
  }

  /** The symbol of a word, lemma or stem node. */
  private symbolOf(node: WordLike): number {
    // a stem or #word met before: its symbol straight from its table (no list made to look it up)
    if (node.kind === 'prefix') return this.wordSymbols.p.get(node.prefix) ?? this.symbolFor('p', [node.prefix]);
    if (node.kind === 'exact') return this.wordSymbols.e.get(node.spelling) ?? this.symbolFor('e', [node.spelling]);
    if (node.kind === 'word') {
      // a word node is shared by every use of its chunk in the compile: its symbol is kept on it
      if (node.builder === this.serial) return node.symbol!;
      const id = this.symbolFor('w', node.norms);
      node.symbol = id;
      node.builder = this.serial;
      return id;
    }
    // a lemma's forms are sorted into a key once, not at every use of {make}
    let id = this.lemmaSymbols.get(node.lemma);
    if (id === undefined) {
      id = this.symbolFor('w', this.lemmaForms(node.lemma));
      this.lemmaSymbols.set(node.lemma, id);
    }
    return id;
  }

  /** A lexicon alternation's single-word options as one node (one edge, not many), and its other options. */
  private partsOf(node: Extract<PatternNode, { kind: 'alt' }>): AltParts {
    let parts = this.lexiconAltParts.get(node);
    if (!parts) {
      // one pass: inline lexicons and nested alternations flattened, words merged, the rest kept in order
      const norms: string[] = [];
      const rest: PatternNode[] = [];
      for (const option of node.options) {
        const o = option.kind === 'lexicon' ? this.lexicon(option.name) : option;
        if (o.kind === 'alt') {
          for (const x of o.options) {
            if (x.kind === 'word') for (const w of x.norms) norms.push(w);
            else rest.push(x);
          }
        } else if (o.kind === 'word') for (const w of o.norms) norms.push(w);
        else rest.push(o);
      }
      parts = {
        single: norms.length > 0 ? { kind: 'word', norms, symbol: undefined, builder: undefined } : null,
        rest,
      };
      this.lexiconAltParts.set(node, parts);
    }
    return parts;
  }

  private symbolFor(kind: 'w' | 'p' | 'e', values: string[]): number {
    if (kind === 'w' && values.length > 1) {
      // several words (alternations, lemmas' forms): by their word ids
      const sets = this.wordSets;
      const found = sets.lookup(values);
      if (found >= 0) return found;
      if (sets.distinct > 1) {
        const id = this.symbolCount++;
        sets.add(id);
        // every word's list takes the symbol; only the words new to the table need the words'
        // sorted order (the order they enter it: the compiled words' order), so only they are
        // sorted, and the others' lists are found by word id, not by the word
        const lists = sets.lists;
        let fresh: number[] | null = null;
        for (let m = 0; m < sets.distinct; m++) {
          const wordId = sets.idAt(m);
          let list = lists[wordId];
          if (list === undefined) {
            list = this.words.get(sets.wordOf(wordId));
            if (list === undefined) {
              fresh ??= [];
              fresh.push(wordId);
              continue;
            }
            lists[wordId] = list;
          }
          list.push(id);
        }
        if (fresh) {
          if (fresh.length > 1) fresh.sort((a, b) => (sets.wordOf(a) < sets.wordOf(b) ? -1 : 1));
          for (const wordId of fresh) {
            const list = [id];
            this.words.set(sets.wordOf(wordId), list);
            lists[wordId] = list;
          }
        }
        return id;
      }
      // one word however often repeated: its one-word symbol
      return this.symbolFor(kind, [values[0]]);
    }
    // most symbols are one word: looked up by the word itself, no set, sort or key string
    const sorted = values.length === 1 ? values : sortedUnique(values);
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
    this.addAccept(this.lexAcceptAt, 2, end, id);
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
        const { items } = node;
        for (let k = 0; k < items.length; k++) at = this.build(items[k], at, inline);
        return at;
      }
      case 'alt': {
        if (!inline) return this.buildAlternation(node, from);
        // single-word options share one symbol: @courier = (dhl | ups | fedex | …) is one edge, not many
        const parts = this.partsOf(node);
        const end = this.state();
        if (parts.single) {
          // the merged word list can be long (a lexicon's words): its symbol is looked up once
          parts.symbol ??= this.symbolOf(parts.single);
          const to = this.state();
          this.addEdge(from, parts.symbol, to);
          this.addEps(to, end);
        }
        const { rest } = parts;
        for (const option of rest) this.addEps(this.build(option, from, true), end);
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

  /**
   * A pattern's own alternation (built once, so nothing is kept): its single-word options,
   * nested alternations' included, become one edge, then the other options are built, as
   * partsOf gives them for a lexicon's.
   */
  private buildAlternation(node: Extract<PatternNode, { kind: 'alt' }>, from: number): number {
    const end = this.state();
    const base = this.normTop;
    for (const option of node.options) {
      if (option.kind === 'alt') {
        for (const o of option.options)
          if (o.kind === 'word') for (const w of o.norms) this.normStack[this.normTop++] = w;
      } else if (option.kind === 'word') for (const w of option.norms) this.normStack[this.normTop++] = w;
    }
    if (this.normTop > base) {
      const norms = this.normStack.slice(base, this.normTop);
      this.normTop = base;
      const to = this.state();
      this.addEdge(from, this.symbolFor('w', norms), to);
      this.addEps(to, end);
    }
    for (const option of node.options) {
      if (option.kind === 'alt') {
        for (const o of option.options) if (o.kind !== 'word') this.addEps(this.build(o, from), end);
      } else if (option.kind !== 'word') this.addEps(this.build(option, from), end);
    }
    return end;
  }

  add(tree: PatternNode, marker: number) {
    const start = this.state();
    const end = this.build(tree, start);
    this.addAccept(this.acceptAt, 1, end, marker);
    this.patternStarts.push(start);
    // (no destructuring: a rest pattern runs the iterator protocol, slow before the JIT warms up)
    const sets = this.requiredSets(tree);
    this.anchors.push(sets[0]);
    const ids: number[] = [];
    for (let k = 1; k < sets.length; k++) ids.push(this.requiredSetId(sets[k], (this.sharedSets & (1 << k)) !== 0));
    this.requires.push(ids);
  }

  private requiredSetId(set: number[], shared: boolean): number {
    let id = shared ? this.requiredSetIds.get(set) : undefined;
    if (id !== undefined) return id;
    // a set spelled afresh: the same symbols in the same order as a listed one share its index
    let hash = set.length;
    for (let k = 0; k < set.length; k++) hash = Math.imul(hash ^ set[k], 0x01000193);
    const candidates = this.requiredSetsByHash.get(hash);
    if (candidates) {
      for (const c of candidates)
        if (sameNumbers(this.requiredSetList[c], set)) {
          id = c;
          break;
        }
    }
    if (id === undefined) {
      id = this.requiredSetList.length;
      this.requiredSetList.push(set);
      if (candidates) candidates.push(id);
      else this.requiredSetsByHash.set(hash, [id]);
    }
    if (shared) this.requiredSetIds.set(set, id);
    return id;
  }

  /** per symbol: the walk that last met it (spelling out and comparing anchor sets without Sets) */
  private seenIn = new Int32Array(0);
  /** per symbol: the pattern whose anchor holds it */
  private inAnchor = new Int32Array(0);
  private walk = 0;
  private walkSize = 0;
  private walkInAnchor = true;

  /** The pattern's anchor (cheapest required set), then up to two more required sets, smallest first. */
  private requiredSets(node: PatternNode): number[][] {
    // the pattern's options are read off the scratch stack (this is its outermost use)
    this.optionTop = 0;
    this.anchorOptions(node);
    const count = this.optionTop;
    if (count === 0) throw new Error('a pattern needs at least one required word');
    const options = this.optionStack;
    this.growWalkTables();
    let best = options[0];
    for (let k = 1; k < count; k++) if (options[k].cost < best.cost) best = options[k];
    const anchor = this.spell(best);
    const anchorId = this.walk;
    for (let k = 0; k < anchor.length; k++) this.inAnchor[anchor[k]] = anchorId;
    // the two smallest other sets, earlier first among equals (what a stable sort by size
    // would give); a set equal to the anchor adds nothing
    let first: AnchorOption | null = null;
    let second: AnchorOption | null = null;
    let firstSize = 0;
    let secondSize = 0;
    for (let k = 0; k < count; k++) {
      const o = options[k];
      if (o === best) continue;
      this.walk++;
      this.walkSize = 0;
      this.walkInAnchor = true;
      this.measure(o, anchorId);
      const size = this.walkSize;
      if (size === anchor.length && this.walkInAnchor) continue;
      if (!first || size < firstSize) {
        second = first;
        secondSize = firstSize;
        first = o;
        firstSize = size;
      } else if (!second || size < secondSize) {
        second = o;
        secondSize = size;
      }
    }
    const sets = [anchor];
    this.sharedSets = 0;
    if (first) {
      if (first.spelled) this.sharedSets |= 2;
      sets.push(this.spell(first));
    }
    if (second) {
      if (second.spelled) this.sharedSets |= 1 << sets.length;
      sets.push(this.spell(second));
    }
    return sets;
  }

  /** Room in seenIn and inAnchor for every symbol so far (fresh tables start the walks over). */
  private growWalkTables() {
    if (this.seenIn.length < this.symbolCount) {
      const size = Math.max(this.symbolCount, this.seenIn.length * 2);
      this.seenIn = new Int32Array(size);
      this.inAnchor = new Int32Array(size);
      this.walk = 0;
    }
  }

  /**
   * The distinct symbols of an anchor set, in first-seen order (a lexicon option's own list,
   * shared: the compiled bank is read, never changed).
   */
  private spell(o: AnchorOption): number[] {
    // a walk of its own even when spelled already: requiredSets names the anchor by it
    this.walk++;
    if (o.spelled) return o.spelled;
    const out: number[] = [];
    this.collect(o, out);
    return out;
  }

  private collect(o: AnchorOption, out: number[]) {
    const { spelled, parts } = o;
    if (spelled) {
      for (let k = 0; k < spelled.length; k++) {
        const symbol = spelled[k];
        if (this.seenIn[symbol] !== this.walk) {
          this.seenIn[symbol] = this.walk;
          out.push(symbol);
        }
      }
    } else if (parts) for (let k = 0; k < parts.length; k++) this.collect(parts[k], out);
    else if (this.seenIn[o.symbol] !== this.walk) {
      this.seenIn[o.symbol] = this.walk;
      out.push(o.symbol);
    }
  }

  /** Counts the distinct symbols of `o` into walkSize, and whether the anchor holds them all. */
  private measure(o: AnchorOption, anchorId: number) {
    const { spelled, parts } = o;
    if (spelled) {
      for (let k = 0; k < spelled.length; k++) {
        const symbol = spelled[k];
        if (this.seenIn[symbol] !== this.walk) {
          this.seenIn[symbol] = this.walk;
          this.walkSize++;
          if (this.inAnchor[symbol] !== anchorId) this.walkInAnchor = false;
        }
      }
    } else if (parts) for (let k = 0; k < parts.length; k++) this.measure(parts[k], anchorId);
    else if (this.seenIn[o.symbol] !== this.walk) {
      this.seenIn[o.symbol] = this.walk;
      this.walkSize++;
      if (this.inAnchor[o.symbol] !== anchorId) this.walkInAnchor = false;
    }
  }

  private readonly symbolOptions: (AnchorOption | undefined)[] = [];
  /** scratch stack of anchor options (never shrunk: that would drop its storage) */
  private readonly optionStack: AnchorOption[] = [];
  private optionTop = 0;
  private readonly lexiconAnchors = new Map<string, AnchorOption[]>();

  /**
   * Not remembered: a word's cost is asked for about once (symbolOptions keeps each symbol's),
   * so a table of them cost more to fill than it saved.
   */
  private wordCost(word: string): number {
    return 1 + this.frequency(word) + (COMMON.has(word) ? 100 : 0) + 4 / Math.max(word.length, 1);
  }

  /**
   * Pushes onto the option stack the alternative anchor sets for `node`, each a disjunction
   * of symbols with a cost (lower = rarer). Options are read, never changed: lexicons and
   * words share theirs.
   */
  private anchorOptions(node: PatternNode): void {
    switch (node.kind) {
      case 'word':
      case 'lemma':
      case 'prefix':
      case 'exact': {
        const symbol = this.symbolOf(node);
        // a symbol's cost depends on its words alone: one option object per symbol
        let option = this.symbolOptions[symbol];
        if (!option) {
          let cost: number;
          if (node.kind === 'prefix') cost = this.wordCost(node.prefix) + 0.5;
          else if (node.kind === 'exact') cost = this.wordCost(node.norm);
          else {
            cost = -Infinity;
            for (const w of node.kind === 'word' ? node.norms : this.lemmaForms(node.lemma))
              cost = Math.max(cost, this.wordCost(w));
          }
          option = { symbol, cost, parts: null, spelled: null };
          this.symbolOptions[symbol] = option;
        }
        this.optionStack[this.optionTop++] = option;
        return;
      }
      case 'seq': {
        const { items } = node;
        for (let k = 0; k < items.length; k++) this.anchorOptions(items[k]);
        return;
      }
      case 'alt': {
        // every option must contribute: union of each option's best set
        // (each option's sets and the chosen bests wait on the scratch stack, above `base`)
        const stack = this.optionStack;
        const base = this.optionTop;
        let cost = 0;
        const { options } = node;
        for (let k = 0; k < options.length; k++) {
          const from = this.optionTop;
          this.anchorOptions(options[k]);
          if (this.optionTop === from) {
            this.optionTop = base;
            return;
          }
          let best = stack[from];
          for (let k = from + 1; k < this.optionTop; k++) if (stack[k].cost < best.cost) best = stack[k];
          stack[from] = best;
          this.optionTop = from + 1;
          cost += best.cost;
        }
        const parts = stack.slice(base, this.optionTop);
        this.optionTop = base;
        stack[this.optionTop++] = { symbol: -1, cost, parts, spelled: null };
        return;
      }
      case 'lexicon': {
        let options = this.lexiconAnchors.get(node.name);
        if (!options) {
          const from = this.optionTop;
          this.anchorOptions(this.lexicon(node.name));
          options = this.optionStack.slice(from, this.optionTop);
          this.optionTop = from;
          // spelled out now, outside any pattern's walk (spelling one starts a walk of its own)
          this.growWalkTables();
          for (const o of options) if (o.parts && !o.spelled) o.spelled = this.spell(o);
          this.lexiconAnchors.set(node.name, options);
        }
        for (const o of options) this.optionStack[this.optionTop++] = o;
        return;
      }
      case 'opt':
      case 'gap':
        return;
    }
  }

  finish(): CompiledAutomaton {
    const n = this.stateCount;
    const epsHead = this.eps.head.data;
    const epsNext = this.eps.next.data;
    const epsTo = this.eps.a.data;
    const symHead = this.symEdges.head.data;
    const symNext = this.symEdges.next.data;
    const symOf = this.symEdges.a.data;
    const symTo = this.symEdges.b.data;
    const acceptFlags = this.acceptFlags.data;
    // per-state tables, in scratch kept from one compile to the next (each table n long)
    if (FINISH.tables.length < 8 * n) FINISH.tables = new Int32Array(Math.max(8 * n, 2 * FINISH.tables.length));
    const table = (k: number) => FINISH.tables.subarray(k * n, (k + 1) * n);
    const seen = table(0).fill(-1);
    // per target state: the closure (its owner state) that already has an edge into it
    const targetSeen = table(1).fill(-1);
    const closure = table(2); // scratch, with its length in closureSize
    let closureSize = 0;
    let accepts: number[] = [];
    let lexAccepts: number[] = [];
    /**
     * Epsilon-free form of state `s`: its closure's edges (each symbol/target pair once,
     * first-seen order) passed to `edge`, and the closure's accepts left in `accepts` and
     * `lexAccepts`. A state carries the edges and accepts of every state it reaches for free.
     */
    const close = (s: number, edge: (symbol: number, to: number) => void) => {
      if (epsHead[s] < 0) {
        for (let c = symHead[s]; c >= 0; c = symNext[c]) edge(symOf[c], symTo[c]);
        const flags = acceptFlags[s];
        accepts = flags & 1 ? this.acceptAt.get(s)! : NONE;
        lexAccepts = flags & 2 ? this.lexAcceptAt.get(s)! : NONE;
        return;
      }
      closure[0] = s;
      closureSize = 1;
      seen[s] = s;
      for (let k = 0; k < closureSize; k++) {
        for (let c = epsHead[closure[k]]; c >= 0; c = epsNext[c]) {
          const t = epsTo[c];
          if (seen[t] !== s) {
            seen[t] = s;
            closure[closureSize++] = t;
          }
        }
      }
      let pairs: Set<number> | null = null; // built only when a target repeats
      let acc: number[] | null = null;
      let lex: number[] | null = null;
      for (let m = 0; m < closureSize; m++) {
        const state = closure[m];
        for (let c = symHead[state]; c >= 0; c = symNext[c]) {
          const symbol = symOf[c];
          const to = symTo[c];
          if (targetSeen[to] === s) {
            if (!pairs) {
              pairs = new Set();
              // the pairs so far, from the start of the closure
              for (let e = 0; e < m; e++) {
                const earlier = closure[e];
                for (let d = symHead[earlier]; d >= 0; d = symNext[d])
                  pairs.add((symOf[d] + 1_048_576) * 16_777_216 + symTo[d]);
              }
              for (let d = symHead[state]; d !== c; d = symNext[d])
                pairs.add((symOf[d] + 1_048_576) * 16_777_216 + symTo[d]);
            }
            const key = (symbol + 1_048_576) * 16_777_216 + to;
            if (pairs.has(key)) continue;
            pairs.add(key);
          } else {
            targetSeen[to] = s;
            pairs?.add((symbol + 1_048_576) * 16_777_216 + to);
          }
          edge(symbol, to);
        }
        const flags = acceptFlags[state];
        if (flags & 1) {
          acc ??= [];
          for (const a of this.acceptAt.get(state)!) if (!acc.includes(a)) acc.push(a);
        }
        if (flags & 2) {
          lex ??= [];
          for (const a of this.lexAcceptAt.get(state)!) if (!lex.includes(a)) lex.push(a);
        }
      }
      accepts = acc ?? NONE;
      lexAccepts = lex ?? NONE;
    };
    // keep only states a match can be in (entered through an edge), renumbered densely in
    // the order a breadth-first walk from the starts meets them: the compiled tables travel
    // to every composer's page, so size matters
    const keep = table(3).fill(-1); // old state → new number, -1 when dropped
    const queue = table(4); // kept states, in new-number order (queueSize of them)
    let queueSize = 0;
    const visit = (s: number) => {
      if (keep[s] >= 0) return;
      keep[s] = queueSize;
      queue[queueSize++] = s;
    };
    // the starts' edges: [symbol, old target, …] per start, patterns' then lexicons'
    const startEdges = (starts: number[]) =>
      starts.map((start) => {
        const e: number[] = [];
        close(start, (symbol, to) => {
          e.push(symbol, to);
          visit(to);
        });
        return e;
      });
    const patternEntries = startEdges(this.patternStarts);
    const lexiconEntries = startEdges(this.lexiconStarts);
    // every kept state's edges and accepts appended to flat lists, with each state's lengths
    // (in scratch: the compiled lists are copied out once, at their exact size)
    const outEdges = FINISH.edges;
    const outAccepts = FINISH.accepts;
    const outLexAccepts = FINISH.lexAccepts;
    outEdges.length = 0;
    outAccepts.length = 0;
    outLexAccepts.length = 0;
    const edgeLengths = table(5);
    const acceptLengths = table(6);
    const lexAcceptLengths = table(7);
    const renumbered = (symbol: number, to: number) => {
      visit(to);
      outEdges.push(symbol);
      outEdges.push(keep[to]);
    };
    for (let q = 0; q < queueSize; q++) {
      const before = outEdges.length;
      close(queue[q], renumbered);
      edgeLengths[q] = outEdges.length - before;
      acceptLengths[q] = accepts.length;
      for (let k = 0; k < accepts.length; k++) outAccepts.push(accepts[k]);
      lexAcceptLengths[q] = lexAccepts.length;
      for (let k = 0; k < lexAccepts.length; k++) outLexAccepts.push(lexAccepts[k]);
    }
    const entryTable = (entries: number[][]) => {
      const table: Record<string, number[]> = {};
      entries.forEach((e, owner) => {
        for (let k = 0; k < e.length; k += 2) {
          table[e[k]] ??= [];
          table[e[k]].push(keep[e[k + 1]], owner);
        }
      });
      return table;
    };
    return {
      words: toRecord(this.words),
      prefixes: toRecord(this.prefixes),
      ...(this.exact.size > 0 ? { exact: toRecord(this.exact) } : {}),
      edges: numbers(outEdges.data, outEdges.length),
      edgeLengths: numbers(edgeLengths, queueSize),
      accepts: numbers(outAccepts.data, outAccepts.length),
      acceptLengths: numbers(acceptLengths, queueSize),
      lexAccepts: numbers(outLexAccepts.data, outLexAccepts.length),
      lexAcceptLengths: numbers(lexAcceptLengths, queueSize),
      lexStarts: entryTable(lexiconEntries),
      starts: entryTable(patternEntries),
      anchors: this.anchors,
      requires: this.requires,
      requiredSets: this.requiredSetList,
    };
  }
}

function sameNumbers(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
