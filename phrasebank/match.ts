/**
 * The linear matcher: walks a compiled automaton over tokens once. Threads are deduplicated
 * per state (keeping the earliest start), so the work per token is bounded by the
 * automaton's size, never by the text: no backtracking, no regex.
 */
import type { CompiledAutomaton } from './compile/automaton';
import type { CompiledBank, CompiledRule } from './compile/compile';
import type { Language } from './finding';
import type { Token, TokenColumns } from './tokenize';
import type { SentencePosition } from './types';

const ANY = -1;

/** A rule's match in token indices, already filtered by negation and exceptions. */
export interface TokenMatch {
  rule: number;
  first: number;
  last: number;
}

const NEGATORS: Record<Language, Set<string>> = {
  en: new Set(['not', 'no', 'never', 'nor', 'neither']),
  pl: new Set(['nie', 'ani', 'nigdy']),
  ru: new Set(['не', 'ни', 'нет', 'никогда']),
};
const NEGATION_WINDOW = 3;
const MEMO_LIMIT = 50_000;

/**
 * What the matcher needs about one normalized word, gathered once per word (drafts reuse
 * their words). Its number lists lie one after another in Matcher.pool, each from its field's
 * offset to the next field's: a draft's words then take a few cache lines each, not a dozen
 * scattered arrays (what a check pays for when other work has evicted them from the caches).
 */
interface WordInfo {
  /** the memo key it was made for (see Matcher.info) */
  spelling: string;
  /** the symbols the word belongs to */
  syms: number;
  /** patterns anchored on one of those symbols */
  anchored: number;
  /** required sets (see Matcher.requiredSets) holding one of those symbols */
  requiredSets: number;
  /** [state, pattern, …]: where a match starting with this word goes */
  starts: number;
  /** the lexicons an entry of which starts with this word (to lexiconsEnd) */
  lexicons: number;
  lexiconsEnd: number;
  /** per lexicon of `lexicons`, in order: the walk over its entries starting with this word */
  lexWalks: LexWalk[];
  /**
   * the same as anchored and requiredSets for exception patterns (see exceptionGates):
   * anchored on the word, and sets only they require. Read only in the sentences where
   * those patterns may run.
   */
  lateAnchored: number;
  lateSets: number;
  end: number;
  /**
   * the starts by pattern, for words that start many patterns ("the", "to"): looking up the
   * few patterns enabled in a sentence beats scanning them all at every occurrence
   */
  startsByPattern: PairTable | null;
  /** per wide state met after this word, where its word edges lead on it (see wideTargets) */
  wide: Map<number, number[]> | null;
  /** its bit in a sentence's common words (see Matcher.setWords), or 0; then how often it was met */
  bit: number;
  seen: number;
}

/**
 * Where a walk over a lexicon's entries can be after some words: a set of the lexicon's
 * states, the lexicons an entry of which ends there, and where each next word leads (NOWHERE
 * when no entry goes on with it), filled in as drafts need it. Entries share first words
 * ("the warehouse", "the courier"): a walk over their separate states, repeated at every
 * "the", becomes one cached step per word.
 */
interface LexWalk {
  states: Int32Array;
  accepts: Int32Array;
  /** whether a state has word edges (else every next word leads nowhere) */
  goesOn: boolean;
  next: Map<WordInfo, LexWalk>;
}

/** The walk in no state: where a word no entry continues with leads. */
const NOWHERE: LexWalk = { states: new Int32Array(0), accepts: new Int32Array(0), goesOn: false, next: new Map() };

/**
 * A word with this many required sets, met this many times, becomes a common word (while bits
 * last): "the" alone made a fifth of English's set marks, the ten commonest words most of them.
 */
const COMMON_SETS = 16;
const COMMON_SEEN = 4;

/** A word's starts are indexed by pattern from this many on. */
const MANY_STARTS = 16;

/**
 * Stamps that mark "seen in this sentence / at this token" without clearing arrays. A
 * counter, not a sentence number: a stale stamp must never look current.
 */
class Stamps {
  private last = 0;
  /** `reset` forgets every stamp given so far (zeroes the arrays that hold them) */
  constructor(private readonly reset: () => void) {}
  next(): number {
    if (this.last === 0x7fffffff) {
      this.reset();
      this.last = 0;
    }
    return ++this.last;
  }
}

/**
 * Where a state's record in Matcher.graph holds its thread (the generation a thread last
 * entered it, and that thread's start) and whether it is wide (see Matcher.wideEdges); its
 * lists begin at LISTS.
 */
const GEN = 5;
const START = 6;
const WIDE = 7;
const LISTS = 8;

export class Matcher {
  readonly rules: CompiledRule[];
  readonly language: Language;
  private readonly words: Map<string, number[]>;
  private readonly prefixes: Map<string, number[]>;
  private readonly prefixLengths: number[];
  /** #word spellings → symbols; null when the bank has none (then tokens' `exact` is never read) */
  private readonly exact: Map<string, number[]> | null;
  /** the bank has #words: tokenize with exact spellings */
  readonly needsExactSpellings: boolean;
  /**
   * The automaton's states in one array, each state's lists one after another (a thread's
   * step reads a cache line or two, not five scattered arrays). A state is known by where its
   * record begins: five ends, its thread and wide flag (GEN, START, WIDE), then its lists,
   * each ending where the header says: [anyEnd, wordEnd, lexEnd, acceptEnd, lexAcceptEnd]
   * "any word" (gap) targets, [symbol, target, …] word edges, [lexicon, target, …] edges that
   * consume a whole lexicon entry, accept markers, lexicons an entry of which ends there. (The
   * thread sits in the record, not in an array by state number: entering a state and stepping
   * from it then read one cache line, where three arrays cost a miss each.)
   */
  private readonly graph: Int32Array;
  /** the word edges of states with many (a gap before a long alternation), by (state, symbol) */
  private readonly wideEdges: PairTable;
  /** symbol → [state, lexicon, …]: where lexicon entries start */
  private readonly lexStarts: (number[] | undefined)[];
  /** lexicon id → [state, pattern, …] for patterns that start with that lexicon */
  private readonly lexPatternStarts = new Map<number, number[]>();
  /** per pattern: lexicons it can start with */
  private readonly startsWithLexicon: number[][] = [];
  /** per lexicon: the sentence mark in which an enabled pattern starts with it */
  private readonly lexiconNeeded: Int32Array;
  // symbol-indexed arrays, not Maps: symbols are dense ids and this is the hot path
  private readonly starts: (number[] | undefined)[]; // [state, pattern, …]
  private readonly memo = new Map<string, WordInfo>();
  /** the memo's number lists (see WordInfo), poolSize of them in use */
  private pool = new Int32Array(4096);
  private poolSize = 0;
  /** the memo's entries by token id (see Token.id) */
  private readonly byId: WordInfo[] = [];
  /** symbol → patterns anchored on it */
  private readonly patternsBySymbol: (number[] | undefined)[];
  /**
   * per pattern: ids of the other symbol sets it needs one symbol of each of. Patterns share
   * sets (a lexicon's words), so each distinct set gets one id, and a sentence marks the
   * sets its words belong to instead of every pattern scanning its sets' symbols. All
   * patterns' in one array: pattern p's from requiredAt[p] to requiredAt[p + 1].
   */
  private readonly requiredAt: Int32Array;
  private readonly requiredFlat: Int32Array;
  /** symbol → ids of the required sets holding it */
  private readonly setsBySymbol: (number[] | undefined)[];
  /** per required set: the sentence mark it was last met in */
  private readonly setMetIn: Int32Array;
  /**
   * per required set: the bits of the common words holding it. A common word marks its bit in
   * the sentence's mask (sentenceWords) instead of marking each of its sets in setMetIn; a set
   * is met when either says so.
   */
  private readonly setWords: Int32Array;
  private sentenceWords = 0;
  /** the bits given to common words so far (they start over with the memo) */
  private commonWords = 0;
  /** per pattern: the sentence mark it was last considered in, and last enabled in */
  private readonly consideredIn: Int32Array;
  private readonly enabledIn: Int32Array;
  /** per pattern: the token index of its last anchor word in the current sentence (a match starts at or before it) */
  private readonly lastAnchorAt: Int32Array;
  private readonly sentenceMarks: Stamps;
  /** per pattern: the rule it only excuses (see exceptionGates), or -1 */
  private readonly gateRule: Int32Array;
  /** per required set: a pattern that is not an exception requires it */
  private readonly setNeededEarly: Uint8Array;
  /** per rule: the sentence mark in which one of its patterns matched */
  private readonly ruleFoundIn: Int32Array;
  private readonly tokenMarks: Stamps;
  /** lex walks by their states (see walkOf), and how many steps they and wideTargets cache */
  private readonly walks = new Map<string, LexWalk>();
  private walkSteps = 0;
  /**
   * Thread buffers of matchSentence (a state holds at most one thread per step, so a buffer
   * as long as the automaton always suffices) and the step's new threads.
   */
  private readonly threadsA: Int32Array;
  private readonly threadsB: Int32Array;
  private readonly startsA: Int32Array;
  private readonly startsB: Int32Array;
  private nextStates: Int32Array;
  private nextCount = 0;
  /** lexiconHits' hits, read before its next call */
  private readonly hits: number[] = [];
  /** per lexicon: the token stamp at which its entries are wanted */
  private readonly lexiconWanted: Int32Array;
  private readonly generations: Stamps;
  /** the current generation (one per token step), shared by enter() and resume() */
  private generation = 0;

  constructor(
    bank: CompiledBank,
    /** words remembered before the memo starts over (tests make it small) */
    private readonly memoLimit = MEMO_LIMIT,
  ) {
    const a = bank.automaton;
    this.rules = bank.rules;
    this.language = bank.language;
    this.words = new Map(Object.entries(a.words));
    this.prefixes = new Map(Object.entries(a.prefixes));
    this.prefixLengths = [...new Set([...this.prefixes.keys()].map((p) => p.length))].sort((x, y) => x - y);
    this.exact = a.exact ? new Map(Object.entries(a.exact)) : null;
    this.needsExactSpellings = this.exact !== null;
    const wideEdges: number[] = [];
    const { edges, accepts, lexAccepts } = a;
    const n = a.edgeLengths.length;
    const edgeAt = stateOffsets(a.edgeLengths);
    const acceptAt = stateOffsets(a.acceptLengths);
    const lexAcceptAt = stateOffsets(a.lexAcceptLengths);
    // state number → its record's offset
    const at = new Int32Array(n);
    // written in place, at most this long (an "any" edge keeps only its target); built in a
    // typed array, not an array of numbers: this runs in the page when a language's tables arrive
    const graph = new Int32Array(LISTS * n + edges.length + accepts.length + lexAccepts.length);
    let size = 0;
    const words: number[] = [];
    const lexicons: number[] = [];
    for (let state = 0; state < n; state++) {
      const base = size;
      at[state] = base;
      // [anyEnd, wordEnd, lexEnd, acceptEnd, lexAcceptEnd, gen, start, wide], then the lists;
      // "any" targets first
      size += LISTS;
      for (let k = edgeAt[state]; k < edgeAt[state + 1]; k += 2) {
        if (edges[k] === ANY) graph[size++] = edges[k + 1];
        else if (edges[k] < ANY) lexicons.push(-2 - edges[k], edges[k + 1]);
        else words.push(edges[k], edges[k + 1]);
      }
      graph[base] = size;
      // most states have a few edges: a linear scan beats hashing; the odd state with many
      // (a gap before a long alternation) has them in wideEdges, by (state, symbol)
      if (words.length > 16) {
        for (let k = 0; k < words.length; k += 2) wideEdges.push(base, words[k], words[k + 1]);
        graph[base + WIDE] = 1;
      } else for (let k = 0; k < words.length; k++) graph[size++] = words[k];
      graph[base + 1] = size;
      for (let k = 0; k < lexicons.length; k++) graph[size++] = lexicons[k];
      graph[base + 2] = size;
      for (let k = acceptAt[state]; k < acceptAt[state + 1]; k++) graph[size++] = accepts[k];
      graph[base + 3] = size;
      for (let k = lexAcceptAt[state]; k < lexAcceptAt[state + 1]; k++) graph[size++] = lexAccepts[k];
      graph[base + 4] = size;
      words.length = 0;
      lexicons.length = 0;
    }
    // targets as offsets: gaps' targets, then word and lexicon edges' [symbol, target, …]
    for (let b = 0; b < size; b = graph[b + 4]) {
      for (let e = b + LISTS; e < graph[b]; e++) graph[e] = at[graph[e]];
      for (let e = graph[b] + 1; e < graph[b + 2]; e += 2) graph[e] = at[graph[e]];
    }
    for (let k = 2; k < wideEdges.length; k += 3) wideEdges[k] = at[wideEdges[k]];
    this.graph = graph.slice(0, size);
    this.wideEdges = new PairTable(wideEdges);
    /** [state, x, …] with state numbers as offsets (a new list: compiled banks are shared) */
    const offsets = (list: number[]) => list.map((x, t) => (t & 1 ? x : at[x]));
    let symbolCount = 0;
    for (const table of [a.words, a.prefixes, a.exact ?? {}])
      for (const syms of Object.values(table)) for (const x of syms) symbolCount = Math.max(symbolCount, x + 1);
    let lexiconCount = 0;
    for (let k = 0; k < edges.length; k += 2) if (edges[k] < ANY) lexiconCount = Math.max(lexiconCount, -1 - edges[k]);
    for (const id of a.lexAccepts) lexiconCount = Math.max(lexiconCount, id + 1);
    this.starts = new Array(symbolCount);
    this.lexStarts = new Array(symbolCount);
    this.patternsBySymbol = new Array(symbolCount);
    this.lexiconNeeded = new Int32Array(lexiconCount);
    for (const [k, v] of Object.entries(a.starts)) {
      const sym = Number(k);
      if (sym < ANY) {
        this.lexPatternStarts.set(-2 - sym, offsets(v));
        for (let t = 1; t < v.length; t += 2) {
          this.startsWithLexicon[v[t]] ??= [];
          this.startsWithLexicon[v[t]].push(-2 - sym);
        }
      } else this.starts[sym] = offsets(v);
    }
    for (const [k, v] of Object.entries(a.lexStarts)) this.lexStarts[Number(k)] = offsets(v);
    a.anchors.forEach((symbols, pattern) => {
      for (const sym of symbols) {
        const list = this.patternsBySymbol[sym];
        if (list) list.push(pattern);
        else this.patternsBySymbol[sym] = [pattern];
      }
    });
    // the compiler lists each distinct set once (CompiledAutomaton.requiredSets)
    this.setsBySymbol = new Array(symbolCount);
    a.requiredSets.forEach((set, id) => {
      for (const sym of set) {
        const list = this.setsBySymbol[sym];
        if (!list) this.setsBySymbol[sym] = [id];
        else if (list[list.length - 1] !== id) list.push(id);
      }
    });
    this.requiredAt = new Int32Array(a.requires.length + 1);
    a.requires.forEach((sets, p) => {
      this.requiredAt[p + 1] = this.requiredAt[p] + sets.length;
    });
    this.requiredFlat = Int32Array.from(a.requires.flat());
    this.setMetIn = new Int32Array(a.requiredSets.length);
    this.setWords = new Int32Array(a.requiredSets.length);
    this.consideredIn = new Int32Array(a.anchors.length);
    this.enabledIn = new Int32Array(a.anchors.length);
    this.lastAnchorAt = new Int32Array(a.anchors.length);
    this.gateRule = exceptionGates(a);
    this.setNeededEarly = new Uint8Array(a.requiredSets.length);
    a.requires.forEach((sets, p) => {
      if (this.gateRule[p] < 0) for (const id of sets) this.setNeededEarly[id] = 1;
    });
    this.ruleFoundIn = new Int32Array(bank.rules.length);
    this.sentenceMarks = new Stamps(() => {
      for (const marks of [this.setMetIn, this.consideredIn, this.enabledIn, this.lexiconNeeded, this.ruleFoundIn])
        marks.fill(0);
    });
    this.lexiconWanted = new Int32Array(lexiconCount);
    this.tokenMarks = new Stamps(() => this.lexiconWanted.fill(0));
    this.threadsA = new Int32Array(n);
    this.threadsB = new Int32Array(n);
    this.startsA = new Int32Array(n);
    this.startsB = new Int32Array(n);
    this.nextStates = this.threadsB;
    this.generations = new Stamps(() => {
      for (let b = 0; b < size; b = this.graph[b + 4]) this.graph[b + GEN] = 0;
    });
  }

  /**
   * Every entry of a wanted lexicon (lexiconWanted[id] === wanted) starting at token `i`
   * (within the sentence ending before `end`), as [lexicon, last token, …] in this.hits; returns
   * how many numbers that is. Entries are short and gap-free, so each walk is bounded; each
   * lexicon has states of its own, so leaving out the unwanted ones changes no hit.
   */
  private lexiconHits(infos: WordInfo[], i: number, end: number, wanted: number): number {
    const { pool, lexiconWanted, hits } = this;
    const info = infos[i];
    let hitCount = 0;
    for (let k = info.lexicons; k < info.lexiconsEnd; k++) {
      if (lexiconWanted[pool[k]] !== wanted) continue;
      let walk = info.lexWalks[k - info.lexicons];
      for (let j = i; ; ) {
        const accepts = walk.accepts;
        for (let a = 0; a < accepts.length; a++) {
          hits[hitCount++] = accepts[a];
          hits[hitCount++] = j;
        }
        if (++j >= end || !walk.goesOn) break;
        walk = walk.next.get(infos[j]) ?? this.step(walk, infos[j]);
      }
    }
    return hitCount;
  }

  /** Where `walk` goes on the word `info`, computed once (then cached in walk.next). */
  private step(walk: LexWalk, info: WordInfo): LexWalk {
    const { graph, pool } = this;
    const targets: number[] = [];
    for (const b of walk.states) {
      // (lexicon states have no gaps: their word edges begin right after the header)
      for (let e = graph[b]; e < graph[b + 1]; e += 2)
        if (holds(pool, info.syms, info.anchored, graph[e])) targets.push(graph[e + 1]);
      if (graph[b + WIDE] === 1) targets.push(...this.wideTargets(b, info));
    }
    const next = targets.length === 0 ? NOWHERE : this.walkOf(targets);
    walk.next.set(info, next);
    this.walkSteps++;
    return next;
  }

  /**
   * Where a wide state's word edges lead on a word, looked up once per state and word: a
   * lookup by each of a common word's dozens of symbols, repeated at every occurrence, cost
   * more than all else a step does.
   */
  private wideTargets(state: number, info: WordInfo): number[] {
    info.wide ??= new Map();
    let targets = info.wide.get(state);
    if (!targets) {
      const { wideEdges, pool } = this;
      targets = [];
      for (let k = info.syms; k < info.anchored; k++) {
        const edge = wideEdges.find(state, pool[k]);
        if (edge >= 0)
          for (let t = wideEdges.at[edge]; t < wideEdges.at[edge + 1]; t++) targets.push(wideEdges.values[t]);
      }
      info.wide.set(state, targets);
      this.walkSteps++;
    }
    return targets;
  }

  /** The walk in these states (one object per set of states, so steps cached on it serve every way there). */
  private walkOf(states: number[]): LexWalk {
    const sorted = Int32Array.from(new Set(states)).sort();
    const key = sorted.join();
    let walk = this.walks.get(key);
    if (walk) return walk;
    const { graph } = this;
    const accepts = new Set<number>();
    let goesOn = false;
    for (const b of sorted) {
      for (let k = graph[b + 3]; k < graph[b + 4]; k++) accepts.add(graph[k]);
      if (graph[b + 1] > graph[b] || graph[b + WIDE] === 1) goesOn = true;
    }
    walk = { states: sorted, accepts: Int32Array.from(accepts), goesOn, next: new Map() };
    this.walks.set(key, walk);
    return walk;
  }

  /** The symbols a word carries: by its normalized form, and by its exact spelling for #words. */
  private symbols(norm: string, spelling: string): number[] {
    let result: number[] | undefined = this.words.get(norm);
    const exact = this.exact?.get(spelling);
    if (exact) result = result ? [...result, ...exact] : exact;
    for (const len of this.prefixLengths) {
      if (len > norm.length) break;
      const p = this.prefixes.get(norm.slice(0, len));
      if (p) result = result ? [...result, ...p] : p;
    }
    return result ?? [];
  }

  /**
   * Everything the matcher needs about a word (memoized by `spelling`: its exact spelling
   * when the bank has #words and folding changed the word, else its normalized form; the
   * two never collide, as a spelling keeps diacritics that norms never have).
   */
  private info(norm: string, spelling = norm): WordInfo {
    const hit = this.memo.get(spelling);
    if (hit) return hit;
    // sorted: holds() searches them
    const syms = Int32Array.from(this.symbols(norm, spelling)).sort();
    const anchored = new Set<number>();
    const requiredSets = new Set<number>();
    const lateAnchored = new Set<number>();
    const lateSets = new Set<number>();
    const starts: number[] = [];
    const lexStarts: number[] = [];
    for (const sym of syms) {
      for (const p of this.patternsBySymbol[sym] ?? []) (this.gateRule[p] < 0 ? anchored : lateAnchored).add(p);
      for (const id of this.setsBySymbol[sym] ?? []) (this.setNeededEarly[id] ? requiredSets : lateSets).add(id);
      starts.push(...(this.starts[sym] ?? []));
      lexStarts.push(...(this.lexStarts[sym] ?? []));
    }
    const group = (pairs: number[]) => {
      const by = new Map<number, number[]>();
      for (let k = 0; k < pairs.length; k += 2) {
        const list = by.get(pairs[k + 1]);
        if (list) list.push(pairs[k]);
        else by.set(pairs[k + 1], [pairs[k]]);
      }
      return by;
    };
    const byLexicon = group(lexStarts);
    const lists = [
      syms,
      [...anchored],
      [...requiredSets],
      starts,
      [...byLexicon.keys()],
      [...lateAnchored],
      [...lateSets],
    ];
    const offsets: number[] = [];
    let at = this.reserve(lists.reduce((n, list) => n + list.length, 0));
    for (const list of lists) {
      offsets.push(at);
      at += list.length;
    }
    lists.forEach((list, k) => {
      this.pool.set(list, offsets[k]);
    });
    this.poolSize = at;
    const [symsAt, anchoredAt, requiredSetsAt, startsAt, lexiconsAt, lateAnchoredAt, lateSetsAt] = offsets;
    const info: WordInfo = {
      spelling,
      syms: symsAt,
      anchored: anchoredAt,
      requiredSets: requiredSetsAt,
      starts: startsAt,
      lexicons: lexiconsAt,
      lexiconsEnd: lateAnchoredAt,
      lexWalks: [...byLexicon.values()].map((states) => this.walkOf(states)),
      lateAnchored: lateAnchoredAt,
      lateSets: lateSetsAt,
      end: at,
      startsByPattern: starts.length >= 2 * MANY_STARTS ? startsTable(starts) : null,
      wide: null,
      bit: 0,
      seen: 0,
    };
    this.memo.set(spelling, info);
    return info;
  }

  /** Room for `count` more numbers in the pool; returns where they go. */
  private reserve(count: number): number {
    if (this.poolSize + count > this.pool.length) {
      const bigger = new Int32Array(Math.max(this.pool.length * 2, this.poolSize + count));
      bigger.set(this.pool.subarray(0, this.poolSize));
      this.pool = bigger;
    }
    return this.poolSize;
  }

  /**
   * All rule matches among `tokens`, leftmost-longest per rule, exceptions and negation
   * applied (tokens as columns, the engine's way: no object per token; see matchTokens).
   */
  matchColumns(tokens: TokenColumns): TokenMatch[] {
    const found: TokenMatch[] = [];
    const exceptions: TokenMatch[] = [];
    // The sentence loop lives in its own method on purpose: V8 optimizes a long loop while
    // it runs (OSR), and code after it that had not yet run then deoptimized on every call
    // (3–5 ms each time on a 10,000-word draft).
    this.sentenceExceptions.length = 0;
    // the memo starts over between calls, never within one (infos point into the pool)
    // (lex walks' cached steps hold the memo's words and grow with the word pairs met, as
    // words' wide targets grow with the (state, word) pairs met: they start over with it, a
    // few MB at most)
    if (this.memo.size > this.memoLimit || this.walkSteps > this.memoLimit) {
      this.memo.clear();
      this.walks.clear();
      this.walkSteps = 0;
      this.byId.length = 0;
      this.poolSize = 0;
      this.setWords.fill(0);
      this.commonWords = 0;
    }
    this.matchSentences(tokens, found, exceptions);
    return this.select(found, exceptions, tokens);
  }

  /** Raw matches (before selection) of every sentence that can match. */
  private matchSentences(tokens: TokenColumns, found: TokenMatch[], exceptions: TokenMatch[]) {
    const infos = this.infos; // (written from 0 on: the first tokens.length entries are this call's)
    const { setMetIn, consideredIn, lastAnchorAt, byId } = this;
    const { sentence: sentences, norm: norms, id: ids } = tokens;
    // exact spellings matter only to a bank with #words
    const exacts = this.exact ? tokens.exact : null;
    // (lists are reused and counted, never emptied: setting an array's length to 0 drops its
    // storage, and refilling it allocated anew in every sentence)
    const candidates = this.candidates;
    for (let first = 0; first < tokens.length; ) {
      // one sentence at a time: [first, end)
      const sentence = sentences[first];
      const mark = this.sentenceMarks.next();
      let end = first;
      let candidateCount = 0;
      // the sentence's common words (see setWords)
      let words = 0;
      this.enabledCount = 0;
      this.startsUntil = -1;
      for (; end < tokens.length && sentences[end] === sentence; end++) {
        // by the token's id when it has one (an array read), checked against its spelling (ids are hints)
        const exact = exacts?.[end];
        const spelling = exact !== undefined ? exact : norms[end];
        const id = ids[end];
        let info = id < 0 ? undefined : byId[id];
        if (info === undefined || info.spelling !== spelling) {
          info = this.info(norms[end], spelling);
          if (id >= 0) byId[id] = info;
        }
        infos[end] = info;
        const pool = this.pool; // (after info(), which may grow it)
        if (info.bit !== 0) words |= info.bit;
        else {
          for (let k = info.requiredSets; k < info.starts; k++) setMetIn[pool[k]] = mark;
          if (info.starts - info.requiredSets >= COMMON_SETS && ++info.seen >= COMMON_SEEN && this.commonWords < 32)
            words |= this.makeCommon(info);
        }
        for (let k = info.anchored; k < info.requiredSets; k++) {
          const p = pool[k];
          lastAnchorAt[p] = end;
          if (consideredIn[p] === mark) continue;
          consideredIn[p] = mark;
          candidates[candidateCount++] = p;
        }
      }
      this.sentenceWords = words;
      // a pattern whose anchor is here runs only if its other required words are here too
      for (let k = 0; k < candidateCount; k++)
        if (this.requiresMet(candidates[k], mark)) this.enable(candidates[k], mark);
      // a sentence holding no pattern's anchor cannot match: skip it
      if (this.enabledCount === 0) {
        first = end;
        continue;
      }
      const before = found.length;
      this.matchSentence(infos, first, end, mark, found, exceptions);
      // exceptions (and unlessSentence patterns) only drop their own rule's matches, which
      // never leave their sentence: run them only where that rule matched (most never do)
      if (found.length > before) this.matchExceptions(infos, first, end, mark, found, before, exceptions);
      first = end;
    }
  }

  /** The enabling pass and the run for exception patterns, in a sentence where rules matched. */
  private matchExceptions(
    infos: WordInfo[],
    first: number,
    end: number,
    mark: number,
    found: TokenMatch[],
    before: number,
    exceptions: TokenMatch[],
  ) {
    const { setMetIn, consideredIn, lastAnchorAt, gateRule, ruleFoundIn, pool } = this;
    for (let k = before; k < found.length; k++) ruleFoundIn[found[k].rule] = mark;
    const candidates = this.candidates;
    let candidateCount = 0;
    for (let i = first; i < end; i++) {
      const info = infos[i];
      for (let k = info.lateSets; k < info.end; k++) setMetIn[pool[k]] = mark;
      for (let k = info.lateAnchored; k < info.lateSets; k++) {
        const p = pool[k];
        lastAnchorAt[p] = i;
        if (consideredIn[p] === mark) continue;
        consideredIn[p] = mark;
        if (ruleFoundIn[gateRule[p]] === mark) candidates[candidateCount++] = p;
      }
    }
    // requirements read under this sentence's mark, before a fresh one for the patterns to
    // run (enabledIn and lexiconNeeded must forget the patterns that just ran)
    let count = 0;
    for (let k = 0; k < candidateCount; k++)
      if (this.requiresMet(candidates[k], mark)) candidates[count++] = candidates[k];
    if (count === 0) return;
    const again = this.sentenceMarks.next();
    this.enabledCount = 0;
    this.startsUntil = -1;
    for (let k = 0; k < count; k++) this.enable(candidates[k], again);
    this.matchSentence(infos, first, end, again, found, exceptions);
  }

  /** per token of the current match call, its word's info (reused between calls) */
  private readonly infos: WordInfo[] = [];
  /** the candidate patterns of the current sentence (see matchSentences) */
  private readonly candidates: number[] = [];

  private enable(pattern: number, mark: number) {
    this.enabledIn[pattern] = mark;
    if (this.lastAnchorAt[pattern] > this.startsUntil) this.startsUntil = this.lastAnchorAt[pattern];
    this.enabledList[this.enabledCount++] = pattern;
    const lexicons = this.startsWithLexicon[pattern];
    if (lexicons) for (let k = 0; k < lexicons.length; k++) this.lexiconNeeded[lexicons[k]] = mark;
  }

  private requiresMet(pattern: number, mark: number): boolean {
    const { requiredAt, requiredFlat, setMetIn, setWords, sentenceWords } = this;
    for (let k = requiredAt[pattern]; k < requiredAt[pattern + 1]; k++) {
      const id = requiredFlat[k];
      if (setMetIn[id] !== mark && (setWords[id] & sentenceWords) === 0) return false;
    }
    return true;
  }

  /** Gives `info` the next common word's bit (see setWords); returns it. */
  private makeCommon(info: WordInfo): number {
    const bit = 1 << this.commonWords++;
    for (let k = info.requiredSets; k < info.starts; k++) this.setWords[this.pool[k]] |= bit;
    info.bit = bit;
    return bit;
  }

  /** Runs the automaton over tokens [first, end) of one sentence. */
  private matchSentence(
    infos: WordInfo[],
    first: number,
    end: number,
    mark: number,
    found: TokenMatch[],
    exceptions: TokenMatch[],
  ) {
    const { graph, enabledIn, lastAnchorAt, lexiconNeeded, lexiconWanted, pool } = this;
    // live threads: states and their starts; the step's new threads go to this.nextStates
    let activeStates = this.threadsA;
    let activeStarts = this.startsA;
    let activeCount = 0;
    let nextStates = this.threadsB;
    let nextStarts = this.startsB;
    this.pendingCount = 0;
    for (let i = first; i < end; i++) {
      const info = infos[i];
      // (threads put off: due here or later; a step with none due here changes nothing)
      const due = this.pendingCount > 0;
      // past the last anchor of every enabled pattern with no thread left, nothing more can match
      if (activeCount === 0 && !due && i > this.startsUntil) break;
      const gen = this.generations.next();
      this.generation = gen;
      this.nextStates = nextStates;
      this.nextCount = 0;
      const symsFrom = info.syms;
      const symsTo = info.anchored;
      // lexicon entries starting here: computed only when a thread or pattern needs them
      const hits = this.hits;
      let hitCount = 0;
      // neededHere: an entry of a lexicon that an enabled pattern starts with may start here
      let neededHere = false;
      if (info.lexiconsEnd > info.lexicons) {
        // the lexicons whose entries matter here: those a live thread can consume, those a pattern starts with
        const wanted = this.tokenMarks.next();
        let anyWanted = false;
        for (let k = 0; k < activeCount; k++) {
          const b = activeStates[k];
          for (let e = graph[b + 1]; e < graph[b + 2]; e += 2) {
            const id = graph[e];
            if (lexiconWanted[id] === wanted) continue;
            lexiconWanted[id] = wanted;
            anyWanted = true;
          }
        }
        for (let k = info.lexicons; k < info.lexiconsEnd; k++) {
          const id = pool[k];
          if (lexiconNeeded[id] !== mark) continue;
          neededHere = true;
          if (lexiconWanted[id] === wanted) continue;
          lexiconWanted[id] = wanted;
          anyWanted = true;
        }
        if (anyWanted) hitCount = this.lexiconHits(infos, i, end, wanted);
      }
      // start new threads at this token, for patterns enabled in this sentence whose anchor
      // still lies ahead (every match holds an anchor word, so it starts at or before the last
      // one); before the live threads advance, so that a token where nothing lives and nothing
      // starts (the common case) is left at once (a state both reach keeps the earlier start
      // either way)
      const byPattern = info.startsByPattern;
      if (byPattern && this.enabledCount * 4 < info.lexicons - info.starts) {
        const enabledList = this.enabledList;
        for (let k = 0; k < this.enabledCount; k++) {
          const p = enabledList[k];
          if (i > lastAnchorAt[p]) continue; // (before the lookup: past its last anchor, a pattern starts nothing)
          const entry = byPattern.find(p, 0);
          if (entry >= 0)
            for (let t = byPattern.at[entry]; t < byPattern.at[entry + 1]; t++)
              this.startAt(byPattern.values[t], i, gen);
        }
      } else {
        for (let t = info.starts; t < info.lexicons; t += 2) {
          const p = pool[t + 1];
          if (enabledIn[p] === mark && i <= lastAnchorAt[p]) this.startAt(pool[t], i, gen);
        }
      }
      if (activeCount === 0 && !due && this.nextCount === 0 && !neededHere) continue;
      if (activeCount > 0 && symsTo > symsFrom) {
        // advance live threads; a state reached twice keeps the earliest start (leftmost match)
        for (let k = 0; k < activeCount; k++) {
          const b = activeStates[k];
          const start = activeStarts[k];
          const anyTo = graph[b];
          for (let e = b + LISTS; e < anyTo; e++) this.enter(graph[e], start, gen);
          const wordTo = graph[b + 1];
          if (wordTo > anyTo) {
            // (a search in the word's sorted symbols: live states test a few edges, while a
            // common word carries dozens of symbols, too many to mark first)
            for (let e = anyTo; e < wordTo; e += 2)
              if (holds(pool, symsFrom, symsTo, graph[e])) this.enter(graph[e + 1], start, gen);
          } else {
            if (graph[b + WIDE] === 1) for (const to of this.wideTargets(b, info)) this.enter(to, start, gen);
          }
          const lexTo = graph[b + 2];
          if (lexTo > wordTo && hitCount > 0) {
            for (let e = wordTo; e < lexTo; e += 2) {
              for (let h = 0; h < hitCount; h += 2) {
                if (hits[h] === graph[e]) this.resume(hits[h + 1], i, graph[e + 1], start);
              }
            }
          }
        }
      } else {
        // a word without symbols only feeds gaps
        for (let k = 0; k < activeCount; k++) {
          const b = activeStates[k];
          for (let e = b + LISTS; e < graph[b]; e++) this.enter(graph[e], activeStarts[k], gen);
        }
      }
      if (neededHere) {
        for (let h = 0; h < hitCount; h += 2) {
          const starts = this.lexPatternStarts.get(hits[h]);
          if (!starts) continue;
          for (let t = 0; t < starts.length; t += 2) {
            if (enabledIn[starts[t + 1]] === mark && i <= lastAnchorAt[starts[t + 1]])
              this.resume(hits[h + 1], i, starts[t], i);
          }
        }
      }
      if (due) this.resumeDue(i, gen);
      const count = this.nextCount;
      for (let k = 0; k < count; k++) {
        const b = nextStates[k];
        const start = graph[b + START];
        nextStarts[k] = start;
        for (let m = graph[b + 2]; m < graph[b + 3]; m++) {
          const marker = graph[m];
          if (marker < 0) this.sentenceExceptions.push({ rule: -1 - marker, first: start, last: i });
          else ((marker & 1) === 1 ? exceptions : found).push({ rule: marker >> 1, first: start, last: i });
        }
      }
      const doneStates = activeStates;
      const doneStarts = activeStarts;
      activeStates = nextStates;
      activeStarts = nextStarts;
      activeCount = count;
      nextStates = doneStates;
      nextStarts = doneStarts;
    }
  }

  /**
   * Threads inside a lexicon entry, due to resume after its last token: [last, state, start, …],
   * pendingCount numbers of it in use (few: an array scan beats a Map's upkeep)
   */
  private readonly pending: number[] = [];
  private pendingCount = 0;

  /** Enters the threads due after token i (in the order they were put off) and forgets them. */
  private resumeDue(i: number, gen: number) {
    const pending = this.pending;
    let kept = 0;
    for (let k = 0; k < this.pendingCount; k += 3) {
      if (pending[k] === i) this.enter(pending[k + 1], pending[k + 2], gen);
      else {
        pending[kept++] = pending[k];
        pending[kept++] = pending[k + 1];
        pending[kept++] = pending[k + 2];
      }
    }
    this.pendingCount = kept;
  }
  /** matches of rules' unlessSentence patterns in the current match() call */
  private readonly sentenceExceptions: TokenMatch[] = [];
  /** the patterns enabled in the current sentence */
  private readonly enabledList: number[] = [];
  private enabledCount = 0;
  /** the last token at which an enabled pattern may start a match (its last anchor's) */
  private startsUntil = -1;

  /** A thread that consumed a lexicon entry ending at token `last` continues in `to` after it. */
  private resume(last: number, i: number, to: number, start: number) {
    if (last === i) {
      this.enter(to, start, this.generation);
      return;
    }
    const pending = this.pending;
    pending[this.pendingCount++] = last;
    pending[this.pendingCount++] = to;
    pending[this.pendingCount++] = start;
  }

  /** A new thread in `to` starting at token i, unless an earlier start already holds that state. */
  private startAt(to: number, i: number, gen: number) {
    const graph = this.graph;
    if (graph[to + GEN] === gen) return;
    graph[to + GEN] = gen;
    graph[to + START] = i;
    this.nextStates[this.nextCount++] = to;
  }

  /** Puts a thread in `to` for this generation; a state reached twice keeps the earliest start. */
  private enter(to: number, start: number, gen: number) {
    const graph = this.graph;
    if (graph[to + GEN] === gen) {
      if (start < graph[to + START]) graph[to + START] = start;
    } else {
      graph[to + GEN] = gen;
      graph[to + START] = start;
      this.nextStates[this.nextCount++] = to;
    }
  }

  /** Leftmost-longest per rule; drop matches overlapping an exception, in an excused sentence or after a negation. */
  private select(found: TokenMatch[], exceptions: TokenMatch[], tokens: TokenColumns): TokenMatch[] {
    const sentences = tokens.sentence;
    found.sort((x, y) => x.rule - y.rule || x.first - y.first || y.last - x.last);
    const excused = exceptionIndex(exceptions);
    // "rule r is excused in sentence s", as s * rules + r
    const excusedSentences = new Set<number>();
    for (const x of this.sentenceExceptions) excusedSentences.add(sentences[x.first] * this.rules.length + x.rule);
    const out: TokenMatch[] = [];
    let lastRule = -1;
    let lastEnd = -1;
    for (const m of found) {
      if (m.rule === lastRule && m.first <= lastEnd) continue;
      const position = this.rules[m.rule].position;
      if (position && !inPosition(position, sentences, tokens.length, m)) continue;
      if (excused(m)) continue;
      if (excusedSentences.size > 0 && excusedSentences.has(sentences[m.first] * this.rules.length + m.rule)) continue;
      if (this.rules[m.rule].negatable && this.negated(tokens, m.first)) continue;
      out.push(m);
      lastRule = m.rule;
      lastEnd = m.last;
    }
    return out;
  }

  private negated(tokens: TokenColumns, first: number): boolean {
    const negators = NEGATORS[this.language];
    const sentence = tokens.sentence[first];
    // a negation reaches the match only within its clause: "Don't worry, it will arrive" keeps the flag
    if (tokens.clauseStart[first] === 1) return false;
    for (let k = first - 1; k >= 0 && k >= first - NEGATION_WINDOW; k--) {
      if (tokens.sentence[k] !== sentence) break;
      if (negators.has(tokens.norm[k])) return true;
      if (tokens.clauseStart[k] === 1) break;
    }
    return false;
  }
}

/** [state, pattern, …] as a table (pattern, 0) → states. */
function startsTable(starts: number[]): PairTable {
  const triples: number[] = [];
  for (let t = 0; t < starts.length; t += 2) triples.push(starts[t + 1], 0, starts[t]);
  return new PairTable(triples);
}

/** Whether sorted list[from, to) holds x. */
function holds(list: Int32Array, from: number, to: number, x: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && list[lo] === x;
}

/**
 * (a, b) → a list of numbers, in one open-addressing table in typed arrays, probed with a few
 * int reads where a Map cost a hashed lookup: wide states' word edges by (state, symbol), a
 * common word's starts by (pattern, 0), the model's pairs by their stems' numbers (model.ts).
 * Built from [a, b, value, …]; values keep their order.
 */
export class PairTable {
  /** per entry: its pair */
  private readonly keys: Int32Array;
  /** entry e's values are values[at[e] … at[e + 1]) */
  readonly at: Int32Array;
  readonly values: Int32Array;
  /** per slot: entry + 1, 0 when empty */
  private readonly slots: Int32Array;
  private readonly shift: number;

  constructor(edges: readonly number[]) {
    const grouped = new Map<number, number[]>(); // key (a, b) as one number → [a, b, values…]
    for (let k = 0; k < edges.length; k += 3) {
      const key = edges[k] * 0x100000000 + edges[k + 1];
      const list = grouped.get(key);
      if (list) list.push(edges[k + 2]);
      else grouped.set(key, [edges[k], edges[k + 1], edges[k + 2]]);
    }
    let bits = 4;
    while (1 << bits < 2 * grouped.size) bits++;
    this.shift = 32 - bits;
    this.slots = new Int32Array(1 << bits);
    this.keys = new Int32Array(2 * grouped.size);
    this.at = new Int32Array(grouped.size + 1);
    this.values = new Int32Array(edges.length / 3);
    let e = 0;
    for (const [a, b, ...values] of grouped.values()) {
      this.keys[2 * e] = a;
      this.keys[2 * e + 1] = b;
      this.values.set(values, this.at[e]);
      this.at[e + 1] = this.at[e] + values.length;
      let s = this.slot(a, b);
      while (this.slots[s] !== 0) s = (s + 1) & (this.slots.length - 1);
      this.slots[s] = ++e;
    }
  }

  private slot(a: number, b: number): number {
    return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> this.shift;
  }

  /** The entry of (a, b), or -1. */
  find(a: number, b: number): number {
    const { slots, keys } = this;
    for (let s = this.slot(a, b); ; s = (s + 1) & (slots.length - 1)) {
      const e = slots[s] - 1;
      if (e < 0 || (keys[2 * e] === a && keys[2 * e + 1] === b)) return e;
    }
  }
}

/** Does m sit where its rule's `position` option wants it in its sentence (of `count` tokens' sentence indices)? */
export function inPosition(position: SentencePosition, sentences: Int32Array, count: number, m: TokenMatch): boolean {
  const startsSentence = m.first === 0 || sentences[m.first - 1] !== sentences[m.first];
  const endsSentence = m.last === count - 1 || sentences[m.last + 1] !== sentences[m.last];
  if (position === 'sentence-start') return startsSentence;
  if (position === 'sentence-end') return endsSentence;
  return startsSentence && endsSentence;
}

/**
 * "Does an exception match of the same rule overlap m?" in O(log n): per rule, exceptions
 * sorted by first token with the running maximum of their last token. (A linear scan of
 * every exception per match made long drafts quadratic.)
 */
function exceptionIndex(exceptions: TokenMatch[]): (m: TokenMatch) => boolean {
  if (exceptions.length === 0) return () => false;
  const byRule = new Map<number, { firsts: number[]; maxLast: number[] }>();
  exceptions.sort((x, y) => x.rule - y.rule || x.first - y.first);
  for (const x of exceptions) {
    let entry = byRule.get(x.rule);
    if (!entry) {
      entry = { firsts: [], maxLast: [] };
      byRule.set(x.rule, entry);
    }
    const previous = entry.maxLast.length ? entry.maxLast[entry.maxLast.length - 1] : -1;
    entry.firsts.push(x.first);
    entry.maxLast.push(Math.max(previous, x.last));
  }
  return (m) => {
    const entry = byRule.get(m.rule);
    if (!entry) return false;
    // the last exception starting at or before m.last; overlap iff one of those ends at or after m.first
    let lo = 0;
    let hi = entry.firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entry.firsts[mid] <= m.last) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && entry.maxLast[lo - 1] >= m.first;
  };
}

/**
 * Per pattern: the rule whose matches it only excuses (its accepts are that rule's exception
 * or unlessSentence markers), or -1. Such a pattern need not run in a sentence where its rule
 * found nothing. Only patterns whose states no other pattern reaches qualify: elsewhere
 * threads meet in a state (earliest start wins), and leaving one out could change a match.
 */
export const exceptionGates = cached((a: CompiledAutomaton): Int32Array => {
  // per pattern, the states entered on its first word or lexicon entry
  const startsOf: number[][] = a.anchors.map(() => []);
  for (const v of Object.values(a.starts)) for (let t = 0; t < v.length; t += 2) startsOf[v[t + 1]]?.push(v[t]);
  const gate = new Int32Array(a.anchors.length).fill(-1);
  const { edges, accepts } = a;
  const edgeAt = stateOffsets(a.edgeLengths);
  const acceptAt = stateOffsets(a.acceptLengths);
  const owner = new Int32Array(a.edgeLengths.length).fill(-1);
  const shared = new Uint8Array(a.anchors.length);
  const stack: number[] = [];
  startsOf.forEach((starts, p) => {
    let rule = -1;
    let onlyExceptions = true;
    stack.push(...starts);
    while (stack.length > 0) {
      const state = stack.pop() as number;
      if (owner[state] === p) continue;
      if (owner[state] >= 0) {
        // a state two patterns reach: their threads meet, so neither may be left out
        shared[p] = 1;
        shared[owner[state]] = 1;
        continue;
      }
      owner[state] = p;
      for (let m = acceptAt[state]; m < acceptAt[state + 1]; m++) {
        const marker = accepts[m];
        const r = marker < 0 ? -1 - marker : (marker & 1) === 1 ? marker >> 1 : -1;
        if (r < 0 || (rule >= 0 && r !== rule)) onlyExceptions = false;
        rule = r;
      }
      for (let k = edgeAt[state] + 1; k < edgeAt[state + 1]; k += 2) stack.push(edges[k]);
    }
    if (onlyExceptions && rule >= 0) gate[p] = rule;
  });
  for (let p = 0; p < gate.length; p++) if (shared[p]) gate[p] = -1;
  return gate;
});

/** Where each state's numbers begin in a flat list of the automaton given their lengths (edgeLengths …), and one more: the end. */
export function stateOffsets(lengths: number[]): Int32Array {
  const at = new Int32Array(lengths.length + 1);
  for (let s = 0; s < lengths.length; s++) at[s + 1] = at[s] + lengths[s];
  return at;
}

/** A function of a compiled automaton, computed once per automaton (engines share banks). */
function cached<T>(fn: (a: CompiledAutomaton) => T): (a: CompiledAutomaton) => T {
  const results = new WeakMap<CompiledAutomaton, T>();
  return (a) => {
    let result = results.get(a);
    if (result === undefined) {
      result = fn(a);
      results.set(a, result);
    }
    return result;
  };
}

/**
 * matcher.matchColumns for token objects (a function, not a method: only tests and tools
 * match token objects, and the content script's bundle leaves it out).
 */
export function matchTokens(matcher: Matcher, tokens: Token[]): TokenMatch[] {
  return matcher.matchColumns(columnsOf(tokens));
}

/** Token objects as columns (tokens made elsewhere may lack an id: -1). */
function columnsOf(tokens: Token[]): TokenColumns {
  return {
    length: tokens.length,
    norm: tokens.map((t) => t.norm),
    exact: tokens.map((t) => t.exact),
    id: Int32Array.from(tokens, (t) => t.id ?? -1),
    start: Int32Array.from(tokens, (t) => t.start),
    end: Int32Array.from(tokens, (t) => t.end),
    sentence: Int32Array.from(tokens, (t) => t.sentence),
    clauseStart: Uint8Array.from(tokens, (t) => (t.clauseStart ? 1 : 0)),
  };
}
