/**
 * The linear matcher: walks a compiled automaton over tokens once. Threads are deduplicated
 * per state (keeping the earliest start), so the work per token is bounded by the
 * automaton's size, never by the text: no backtracking, no regex.
 */
import type { CompiledBank, CompiledRule } from './compile/compile';
import type { Language } from './finding';
import type { Token } from './tokenize';

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

export class Matcher {
  readonly rules: CompiledRule[];
  readonly language: Language;
  private readonly words: Map<string, number[]>;
  private readonly prefixes: Map<string, number[]>;
  private readonly prefixLengths: number[];
  /** per state: [symbol, target, …] word edges */
  private readonly wordEdges: (Int32Array | null)[];
  private readonly wideEdges: (Map<number, number[]> | undefined)[] = [];
  /** per state: targets of "any word" (gap) edges */
  private readonly anyEdges: (number[] | null)[];
  /** per state: [lexicon, target, …] edges that consume a whole lexicon entry */
  private readonly lexEdges: (number[] | null)[];
  private readonly lexAccepts: (number[] | null)[];
  /** symbol → [state, lexicon, …]: where lexicon entries start */
  private readonly lexStarts: (number[] | undefined)[];
  /** lexicon id → [state, pattern, …] for patterns that start with that lexicon */
  private readonly lexPatternStarts = new Map<number, number[]>();
  /** per pattern: lexicons it can start with */
  private readonly startsWithLexicon: number[][] = [];
  /** per lexicon: the sentence mark in which an enabled pattern starts with it */
  private readonly lexiconNeeded: Int32Array;
  private readonly accepts: (Int32Array | null)[];
  // symbol-indexed arrays, not Maps: symbols are dense ids and this is the hot path
  private readonly starts: (Int32Array | undefined)[]; // [state, pattern, …]
  private readonly memo = new Map<string, readonly number[]>();
  /** symbol → patterns anchored on it */
  private readonly patternsBySymbol: (number[] | undefined)[];
  /** per pattern: other symbol sets it needs (one symbol of each) */
  private readonly requires: number[][][];
  /** per symbol: the sentence mark it was last seen in */
  private readonly presentIn: Int32Array;
  /** per pattern: the sentence (+1) it was last enabled for */
  private readonly enabledIn: Int32Array;
  // per-state scratch: generation stamp and the earliest start seen in that generation
  private readonly stamp: Int32Array;
  private readonly startOf: Int32Array;
  private generation = 0;

  constructor(bank: CompiledBank) {
    const a = bank.automaton;
    this.rules = bank.rules;
    this.language = bank.language;
    this.words = new Map(Object.entries(a.words));
    this.prefixes = new Map(Object.entries(a.prefixes));
    this.prefixLengths = [...new Set([...this.prefixes.keys()].map((p) => p.length))].sort((x, y) => x - y);
    this.anyEdges = a.edges.map(() => null);
    this.wordEdges = a.edges.map(() => null);
    const words: number[] = [];
    this.lexEdges = a.edges.map(() => null);
    this.lexAccepts = a.lexAccepts.map((l) => (l.length ? l : null));
    a.edges.forEach((e, state) => {
      for (let k = 0; k < e.length; k += 2) {
        if (e[k] === ANY) {
          this.anyEdges[state] ??= [];
          this.anyEdges[state].push(e[k + 1]);
        } else if (e[k] < ANY) {
          this.lexEdges[state] ??= [];
          this.lexEdges[state].push(-2 - e[k], e[k + 1]);
        } else {
          words.push(e[k], e[k + 1]);
        }
      }
      // most states have a few edges: a linear scan beats hashing; the odd state with many
      // (a gap before a long alternation) gets a symbol → targets map
      if (words.length > 16) {
        const bySym = new Map<number, number[]>();
        for (let k = 0; k < words.length; k += 2) {
          const list = bySym.get(words[k]);
          if (list) list.push(words[k + 1]);
          else bySym.set(words[k], [words[k + 1]]);
        }
        this.wideEdges[state] = bySym;
      } else this.wordEdges[state] = words.length ? Int32Array.from(words) : null;
      words.length = 0;
    });
    this.accepts = a.accepts.map((e) => (e.length ? Int32Array.from(e) : null));
    let symbolCount = 0;
    for (const table of [a.words, a.prefixes]) for (const syms of Object.values(table)) for (const x of syms) symbolCount = Math.max(symbolCount, x + 1);
    let lexiconCount = 0;
    for (const e of a.edges) for (let k = 0; k < e.length; k += 2) if (e[k] < ANY) lexiconCount = Math.max(lexiconCount, -1 - e[k]);
    for (const l of a.lexAccepts) for (const id of l) lexiconCount = Math.max(lexiconCount, id + 1);
    this.starts = new Array(symbolCount);
    this.lexStarts = new Array(symbolCount);
    this.patternsBySymbol = new Array(symbolCount);
    this.lexiconNeeded = new Int32Array(lexiconCount);
    for (const [k, v] of Object.entries(a.starts)) {
      const sym = Number(k);
      if (sym < ANY) {
        this.lexPatternStarts.set(-2 - sym, v);
        for (let t = 1; t < v.length; t += 2) {
          this.startsWithLexicon[v[t]] ??= [];
          this.startsWithLexicon[v[t]].push(-2 - sym);
        }
      }
      else this.starts[sym] = Int32Array.from(v);
    }
    for (const [k, v] of Object.entries(a.lexStarts)) this.lexStarts[Number(k)] = v;
    a.anchors.forEach((symbols, pattern) => {
      for (const sym of symbols) {
        const list = this.patternsBySymbol[sym];
        if (list) list.push(pattern);
        else this.patternsBySymbol[sym] = [pattern];
      }
    });
    this.enabledIn = new Int32Array(a.anchors.length);
    this.requires = a.requires;
    this.presentIn = new Int32Array(symbolCount);
    this.stamp = new Int32Array(a.edges.length).fill(-1);
    this.startOf = new Int32Array(a.edges.length);
    this.lexStamp = new Int32Array(a.edges.length).fill(-1);
  }

  private readonly lexStamp: Int32Array;
  private lexGeneration = 0;

  /**
   * Every lexicon entry starting at token `i` (within the sentence ending before `end`),
   * as [lexicon, last token, …]. Entries are short and gap-free, so this is a bounded walk.
   */
  private lexiconHits(tokenSyms: (readonly number[])[], i: number, end: number): number[] {
    const hits: number[] = [];
    let current: number[] = [];
    const gen = ++this.lexGeneration;
    for (const sym of tokenSyms[i]) {
      const entries = this.lexStarts[sym];
      if (!entries) continue;
      for (let k = 0; k < entries.length; k += 2) {
        if (this.lexStamp[entries[k]] !== gen) {
          this.lexStamp[entries[k]] = gen;
          current.push(entries[k]);
        }
      }
    }
    for (let j = i; current.length > 0; ) {
      for (const state of current) {
        const lex = this.lexAccepts[state];
        if (lex) for (const id of lex) hits.push(id, j);
      }
      if (++j >= end) break;
      const syms = tokenSyms[j];
      const next: number[] = [];
      const g = ++this.lexGeneration;
      for (const state of current) {
        const edges = this.wordEdges[state];
        if (edges) {
          for (let e = 0; e < edges.length; e += 2) {
            if (!syms.includes(edges[e])) continue;
            const to = edges[e + 1];
            if (this.lexStamp[to] !== g) {
              this.lexStamp[to] = g;
              next.push(to);
            }
          }
          continue;
        }
        const wide = this.wideEdges[state];
        if (!wide) continue;
        for (const sym of syms) {
          for (const to of wide.get(sym) ?? []) {
            if (this.lexStamp[to] !== g) {
              this.lexStamp[to] = g;
              next.push(to);
            }
          }
        }
      }
      current = next;
    }
    return hits;
  }

  /** The symbols a normalized word carries (memoized: drafts reuse their words). */
  private symbols(norm: string): readonly number[] {
    const hit = this.memo.get(norm);
    if (hit) return hit;
    let result: number[] | undefined = this.words.get(norm);
    for (const len of this.prefixLengths) {
      if (len > norm.length) break;
      const p = this.prefixes.get(norm.slice(0, len));
      if (p) result = result ? [...result, ...p] : p;
    }
    const out = result ?? [];
    if (this.memo.size > MEMO_LIMIT) this.memo.clear();
    this.memo.set(norm, out);
    return out;
  }

  /** All rule matches among `tokens`, leftmost-longest per rule, exceptions and negation applied. */
  match(tokens: Token[]): TokenMatch[] {
    const found: TokenMatch[] = [];
    const exceptions: TokenMatch[] = [];
    const tokenSyms: (readonly number[])[] = new Array(tokens.length);
    this.run++;
    for (let first = 0; first < tokens.length; ) {
      // one sentence at a time: [first, end)
      const sentence = tokens[first].sentence;
      let end = first;
      let enabled = false;
      const mark = this.mark(sentence);
      const candidates: number[] = [];
      for (; end < tokens.length && tokens[end].sentence === sentence; end++) {
        const syms = this.symbols(tokens[end].norm);
        tokenSyms[end] = syms;
        for (const sym of syms) {
          this.presentIn[sym] = mark;
          const patterns = this.patternsBySymbol[sym];
          if (patterns) for (const p of patterns) candidates.push(p);
        }
      }
      // a pattern whose anchor is here runs only if its other required words are here too
      for (const p of candidates) {
        if (this.enabledIn[p] === mark || !this.requiresMet(p, mark)) continue;
        this.enabledIn[p] = mark;
        const lexicons = this.startsWithLexicon[p];
        if (lexicons) for (const id of lexicons) this.lexiconNeeded[id] = mark;
        enabled = true;
      }
      // a sentence holding no pattern's anchor cannot match: skip it
      if (enabled) this.matchSentence(tokenSyms, first, end, mark, found, exceptions);
      first = end;
    }
    return this.select(found, exceptions, tokens);
  }

  private requiresMet(pattern: number, mark: number): boolean {
    for (const set of this.requires[pattern]) {
      let met = false;
      for (const sym of set) {
        if (this.presentIn[sym] === mark) {
          met = true;
          break;
        }
      }
      if (!met) return false;
    }
    return true;
  }

  /** Runs the automaton over tokens [first, end) of one sentence. */
  private matchSentence(
    tokenSyms: (readonly number[])[],
    first: number,
    end: number,
    mark: number,
    found: TokenMatch[],
    exceptions: TokenMatch[],
  ) {
    const { stamp, startOf, wordEdges, anyEdges, lexEdges, starts, accepts, enabledIn } = this;
    let active: number[] = []; // state, start, state, start, …
    let next: number[] = [];
    // threads inside a lexicon entry, due to resume after token `key`: [state, start, …]
    const pending = this.pending;
    pending.clear();
    for (let i = first; i < end; i++) {
      const syms = tokenSyms[i];
      const due = pending.get(i);
      if (active.length === 0 && syms.length === 0 && !due) continue; // the common case: nothing to do
      const gen = ++this.generation;
      next.length = 0;
      // lexicon entries starting here: computed only when a thread or pattern needs them
      let hits: number[] | null = null;
      // lexicalToken: some lexicon entry may start here; neededHere: one an enabled pattern starts with
      let lexicalToken = false;
      let neededHere = false;
      for (const sym of syms) {
        const entries = this.lexStarts[sym];
        if (!entries) continue;
        lexicalToken = true;
        for (let k = 1; k < entries.length && !neededHere; k += 2) neededHere = this.lexiconNeeded[entries[k]] === mark;
      }
      // advance live threads; a state reached twice keeps the earliest start (leftmost match)
      for (let k = 0; k < active.length; k += 2) {
        const state = active[k];
        const start = active[k + 1];
        const any = anyEdges[state];
        if (any) for (const to of any) this.enter(to, start, gen, next);
        if (syms.length > 0) {
          const edges = wordEdges[state];
          if (edges) {
            for (let e = 0; e < edges.length; e += 2) if (syms.includes(edges[e])) this.enter(edges[e + 1], start, gen, next);
          } else {
            const wide = this.wideEdges[state];
            if (wide) {
              for (const sym of syms) {
                const targets = wide.get(sym);
                if (targets) for (const to of targets) this.enter(to, start, gen, next);
              }
            }
          }
        }
        const lex = lexEdges[state];
        if (lex && lexicalToken) {
          hits ??= this.lexiconHits(tokenSyms, i, end);
          for (let e = 0; e < lex.length; e += 2) {
            for (let h = 0; h < hits.length; h += 2) {
              if (hits[h] === lex[e]) this.resume(hits[h + 1], i, lex[e + 1], start, next);
            }
          }
        }
      }
      // start new threads at this token, for patterns enabled in this sentence
      for (const sym of syms) {
        const targets = starts[sym];
        if (!targets) continue;
        for (let t = 0; t < targets.length; t += 2) {
          if (enabledIn[targets[t + 1]] !== mark) continue;
          const to = targets[t];
          if (stamp[to] === gen) continue; // an earlier start already holds it
          stamp[to] = gen;
          startOf[to] = i;
          next.push(to, 0);
        }
      }
      if (neededHere) {
        hits ??= this.lexiconHits(tokenSyms, i, end);
        for (let h = 0; h < hits.length; h += 2) {
          const targets = this.lexPatternStarts.get(hits[h]);
          if (!targets) continue;
          for (let t = 0; t < targets.length; t += 2) {
            if (enabledIn[targets[t + 1]] === mark) this.resume(hits[h + 1], i, targets[t], i, next);
          }
        }
      }
      if (due) {
        for (let k = 0; k < due.length; k += 2) this.enter(due[k], due[k + 1], gen, next);
        pending.delete(i);
      }
      for (let k = 0; k < next.length; k += 2) {
        const state = next[k];
        const start = startOf[state];
        next[k + 1] = start;
        const acc = accepts[state];
        if (!acc) continue;
        for (const marker of acc) {
          const m = { rule: marker >> 1, first: start, last: i };
          ((marker & 1) === 1 ? exceptions : found).push(m);
        }
      }
      [active, next] = [next, active];
    }
  }

  private readonly pending = new Map<number, number[]>();

  /** A thread that consumed a lexicon entry ending at token `last` continues in `to` after it. */
  private resume(last: number, i: number, to: number, start: number, next: number[]) {
    if (last === i) {
      this.enter(to, start, this.generation, next);
      return;
    }
    const list = this.pending.get(last);
    if (list) list.push(to, start);
    else this.pending.set(last, [to, start]);
  }

  private run = 0;

  /** A stamp unique to (this run, sentence); sentences are numbered < 2^20 per run. */
  private mark(sentence: number): number {
    return ((this.run & 0x3ff) << 20) | (sentence + 1);
  }

  /** Puts a thread in `to` for this generation; a state reached twice keeps the earliest start. */
  private enter(to: number, start: number, gen: number, next: number[]) {
    if (this.stamp[to] === gen) {
      if (start < this.startOf[to]) this.startOf[to] = start;
    } else {
      this.stamp[to] = gen;
      this.startOf[to] = start;
      next.push(to, 0);
    }
  }

  /** Leftmost-longest per rule; drop matches overlapping an exception or after a negation. */
  private select(found: TokenMatch[], exceptions: TokenMatch[], tokens: Token[]): TokenMatch[] {
    found.sort((x, y) => x.rule - y.rule || x.first - y.first || y.last - x.last);
    const out: TokenMatch[] = [];
    let lastRule = -1;
    let lastEnd = -1;
    for (const m of found) {
      if (m.rule === lastRule && m.first <= lastEnd) continue;
      if (exceptions.some((x) => x.rule === m.rule && x.first <= m.last && m.first <= x.last)) continue;
      if (this.rules[m.rule].negatable && this.negated(tokens, m.first)) continue;
      out.push(m);
      lastRule = m.rule;
      lastEnd = m.last;
    }
    return out;
  }

  private negated(tokens: Token[], first: number): boolean {
    const negators = NEGATORS[this.language];
    const sentence = tokens[first].sentence;
    // a negation reaches the match only within its clause: "Don't worry, it will arrive" keeps the flag
    if (tokens[first].clauseStart) return false;
    for (let k = first - 1; k >= 0 && k >= first - NEGATION_WINDOW; k--) {
      if (tokens[k].sentence !== sentence) break;
      if (negators.has(tokens[k].norm)) return true;
      if (tokens[k].clauseStart) break;
    }
    return false;
  }
}
