/**
 * A deliberately plain matcher over a compiled automaton, the oracle for Matcher's
 * optimisations (anchors, required sets, per-word indexes, wanted lexicons, the exception
 * index): every pattern runs in every sentence, symbols are looked up by brute force, and
 * selection scans every exception. Same semantics: per sentence, threads deduplicated per
 * state keeping the earliest start; leftmost-longest per rule; position; exceptions;
 * unlessSentence; negation.
 */
import type { CompiledBank } from '../../phrasebank/compile/compile';
import { stateOffsets, type TokenMatch } from '../../phrasebank/match';
import type { Token } from '../../phrasebank/tokenize';

const ANY = -1;
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'neither']); // English: the tests' banks are English

/** The automaton's lists per state, out of its flat lists (each begins where the states before it end), once per automaton. */
const PER_STATE = new WeakMap<
  CompiledBank['automaton'],
  Record<'edgesOf' | 'acceptsOf' | 'lexAcceptsOf', (s: number) => number[]>
>();
function perState(a: CompiledBank['automaton']) {
  let lists = PER_STATE.get(a);
  if (!lists) {
    const split = (data: number[], lengths: number[]) => {
      const at = stateOffsets(lengths);
      const byState = lengths.map((_, s) => data.slice(at[s], at[s + 1]));
      return (s: number) => byState[s];
    };
    lists = {
      edgesOf: split(a.edges, a.edgeLengths),
      acceptsOf: split(a.accepts, a.acceptLengths),
      lexAcceptsOf: split(a.lexAccepts, a.lexAcceptLengths),
    };
    PER_STATE.set(a, lists);
  }
  return lists;
}

export function referenceMatch(bank: CompiledBank, tokens: Token[]): TokenMatch[] {
  const a = bank.automaton;
  const { edgesOf, acceptsOf, lexAcceptsOf } = perState(a);
  const symbolsOf = (norm: string, spelling: string): number[] => {
    const out = [...(a.words[norm] ?? []), ...(a.exact?.[spelling] ?? [])];
    for (const [prefix, syms] of Object.entries(a.prefixes)) if (norm.startsWith(prefix)) out.push(...syms);
    return out;
  };
  const syms = tokens.map((t) => symbolsOf(t.norm, t.exact ?? t.norm));
  const found: TokenMatch[] = [];
  const exceptions: TokenMatch[] = [];
  const sentenceExceptions: TokenMatch[] = [];
  for (let first = 0; first < tokens.length; ) {
    let end = first;
    while (end < tokens.length && tokens[end].sentence === tokens[first].sentence) end++;
    // [lexicon, last token] of every lexicon entry starting at token i
    const lexiconHits = (i: number): [number, number][] => {
      const hits: [number, number][] = [];
      let current = new Set<number>();
      for (const sym of syms[i]) {
        const entries = a.lexStarts[sym] ?? [];
        for (let k = 0; k < entries.length; k += 2) current.add(entries[k]);
      }
      for (let j = i; current.size > 0; j++) {
        for (const state of current) for (const id of lexAcceptsOf(state)) hits.push([id, j]);
        if (j + 1 >= end) break;
        const next = new Set<number>();
        for (const state of current) {
          const e = edgesOf(state);
          for (let k = 0; k < e.length; k += 2) if (e[k] >= 0 && syms[j + 1].includes(e[k])) next.add(e[k + 1]);
        }
        current = next;
      }
      return hits;
    };
    const pending = new Map<number, [number, number][]>(); // token → [state, start] entered there
    const later = (at: number, state: number, start: number) =>
      pending.set(at, [...(pending.get(at) ?? []), [state, start]]);
    let active = new Map<number, number>(); // state → earliest start
    for (let i = first; i < end; i++) {
      const next = new Map<number, number>();
      const enter = (state: number, start: number) => next.set(state, Math.min(start, next.get(state) ?? start));
      const hits = lexiconHits(i);
      for (const [state, start] of active) {
        const e = edgesOf(state);
        for (let k = 0; k < e.length; k += 2) {
          if (e[k] === ANY || (e[k] >= 0 && syms[i].includes(e[k]))) enter(e[k + 1], start);
          else if (e[k] < ANY) {
            for (const [id, last] of hits)
              if (id === -2 - e[k])
                (last === i ? enter : (s: number, st: number) => later(last, s, st))(e[k + 1], start);
          }
        }
      }
      for (const [key, targets] of Object.entries(a.starts)) {
        const sym = Number(key);
        for (let t = 0; t < targets.length; t += 2) {
          if (sym >= 0 && syms[i].includes(sym)) enter(targets[t], i);
          if (sym < ANY)
            for (const [id, last] of hits)
              if (id === -2 - sym) (last === i ? enter : (s: number, st: number) => later(last, s, st))(targets[t], i);
        }
      }
      for (const [state, start] of pending.get(i) ?? []) enter(state, start);
      for (const [state, start] of next) {
        for (const marker of acceptsOf(state)) {
          if (marker < 0) sentenceExceptions.push({ rule: -1 - marker, first: start, last: i });
          else ((marker & 1) === 1 ? exceptions : found).push({ rule: marker >> 1, first: start, last: i });
        }
      }
      active = next;
    }
    first = end;
  }
  found.sort((x, y) => x.rule - y.rule || x.first - y.first || y.last - x.last);
  const negated = (first: number) => {
    if (tokens[first].clauseStart) return false;
    for (let k = first - 1; k >= 0 && k >= first - 3 && tokens[k].sentence === tokens[first].sentence; k--) {
      if (NEGATORS.has(tokens[k].norm)) return true;
      if (tokens[k].clauseStart) return false;
    }
    return false;
  };
  const out: TokenMatch[] = [];
  for (const m of found) {
    const previous = out[out.length - 1];
    if (previous && previous.rule === m.rule && m.first <= previous.last) continue;
    const position = bank.rules[m.rule].position;
    if (position) {
      const starts = m.first === 0 || tokens[m.first - 1].sentence !== tokens[m.first].sentence;
      const ends = m.last === tokens.length - 1 || tokens[m.last + 1].sentence !== tokens[m.last].sentence;
      if (!(position === 'sentence-start' ? starts : position === 'sentence-end' ? ends : starts && ends)) continue;
    }
    if (exceptions.some((x) => x.rule === m.rule && x.first <= m.last && m.first <= x.last)) continue;
    if (sentenceExceptions.some((x) => x.rule === m.rule && tokens[x.first].sentence === tokens[m.first].sentence))
      continue;
    if (bank.rules[m.rule].negatable && negated(m.first)) continue;
    out.push(m);
  }
  return out;
}
