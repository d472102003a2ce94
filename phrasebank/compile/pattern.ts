/**
 * The trainer's pattern language (FORMAT.md) → a small syntax tree. No regex is ever
 * built from trainer input: the tree becomes a token automaton (automaton.ts).
 */
import type { Language } from '../finding';
import { exactSpelling, fold } from '../tokenize';
import { wordColumns } from './words';

export type PatternNode =
  /**
   * (`symbol`: the symbol the compile numbered `builder` gave the word, kept on the node by
   * AutomatonBuilder so that the words a bank repeats are looked up once; a parse leaves both unset)
   */
  | { kind: 'word'; norms: string[]; symbol?: number; builder?: number }
  /** #word: this spelling only, diacritics included (norm: its folded form, for anchor costs) */
  | { kind: 'exact'; spelling: string; norm: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'lemma'; lemma: string }
  | { kind: 'seq'; items: PatternNode[] }
  | { kind: 'alt'; options: PatternNode[] }
  | { kind: 'opt'; item: PatternNode }
  | { kind: 'gap'; max: number }
  | { kind: 'lexicon'; name: string };

export class PatternError extends Error {
  constructor(
    message: string,
    readonly pattern: string,
    readonly position: number,
  ) {
    super(`${message} (at character ${position + 1} of "${pattern}")`);
    this.name = 'PatternError';
  }
}

export const DEFAULT_GAP = 3;
export const MAX_GAP = 8;
const MIN_PREFIX = 3;
const ONE_WORD = /^[\p{L}\p{N}'’-]+$/u;
const STEM = /^[\p{L}\p{N}'-]+$/u;
const STRAY = /[?+^$\\/=<>!.;"“”«»„]/;
const POSSESSIVE = /^['’]s$/;
// sticky: read at the parser's position without slicing the rest of the pattern
const DIGITS = /\d+/y;
const LEXICON_NAME = /@([\p{L}\p{N}_-]+)/uy;

/** Exactly the characters of the regex class \s, without running a regex per character. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** ( ) [ ] { } | @ … : the characters that end a literal word */
function isSpecial(code: number): boolean {
  return (
    code === 40 ||
    code === 41 ||
    code === 91 ||
    code === 93 ||
    code === 123 ||
    code === 125 ||
    code === 124 ||
    code === 64 ||
    code === 0x2026
  );
}

/**
 * Literal chunk → its nodes, found by the chunk's place in the pattern and a hash taken while
 * scanning it: no string is cut out of the pattern for a chunk seen before (open addressing).
 */
class ChunkTable {
  private hashes = new Int32Array(1024);
  private keys: (string | undefined)[] = new Array(1024).fill(undefined);
  private values: PatternNode[][] = new Array(1024);
  private size = 0;

  get(source: string, start: number, end: number, hash: number): PatternNode[] | undefined {
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let k = hash & mask; ; k = (k + 1) & mask) {
      const key = this.keys[k];
      if (key === undefined) return undefined;
      if (this.hashes[k] === hash && key.length === length && source.startsWith(key, start)) return this.values[k];
    }
  }

  set(key: string, hash: number, nodes: PatternNode[]) {
    if (2 * (this.size + 1) > this.hashes.length) this.grow();
    this.put(key, hash, nodes);
    this.size++;
  }

  private put(key: string, hash: number, nodes: PatternNode[]) {
    const mask = this.hashes.length - 1;
    let k = hash & mask;
    while (this.keys[k] !== undefined) k = (k + 1) & mask;
    this.keys[k] = key;
    this.hashes[k] = hash;
    this.values[k] = nodes;
  }

  private grow() {
    const { keys, hashes, values } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.keys = new Array(hashes.length * 2).fill(undefined);
    this.values = new Array(hashes.length * 2);
    for (let k = 0; k < keys.length; k++) if (keys[k] !== undefined) this.put(keys[k]!, hashes[k], values[k]);
  }
}

/**
 * Remembers what literal words and {lemmas} parse to, per language, across the patterns of
 * one compile: a bank repeats the same few thousand words tens of thousands of times. The
 * nodes it hands out are shared between trees, so nothing may change a parsed tree (but for
 * the symbol cache of word nodes, which only AutomatonBuilder.symbolOf reads).
 * Only successful parses are kept (an error names its position in its own pattern).
 */
export class ParseCache {
  private readonly byLanguage = new Map<Language, { chunks: ChunkTable; lemmas: Map<string, PatternNode> }>();

  for(language: Language) {
    let memo = this.byLanguage.get(language);
    if (!memo) {
      memo = { chunks: new ChunkTable(), lemmas: new Map() };
      this.byLanguage.set(language, memo);
    }
    return memo;
  }
}

export function parsePattern(source: string, language: Language, cache?: ParseCache): PatternNode {
  const parser = new Parser(source, language, cache?.for(language) ?? null);
  const tree = parser.parseAlternation(-1);
  if (parser.i < source.length) parser.fail(`unexpected "${source[parser.i]}"`);
  if (isEmpty(tree)) parser.fail('the pattern has no words');
  if (!startsWithWord(tree)) parser.fail('a pattern must start with a word (not a gap)', 0);
  if (canBeEmpty(tree)) parser.fail('a pattern must require at least one word', 0);
  return tree;
}

/**
 * Items of the lists being read, shared by every parse (one runs at a time): arrays are made
 * only for lists of two or more, at their exact size. It never shrinks (setting an array's
 * length to 0 drops its storage, to be grown again on the next push).
 */
const SCRATCH: PatternNode[] = [];

// A class rather than closures inside parsePattern: nothing is allocated per pattern but the parser itself.
class Parser {
  i = 0;
  /** top of SCRATCH: the items of the sequences and alternations being read, innermost last */
  private top = 0;

  constructor(
    private readonly source: string,
    private readonly language: Language,
    private readonly memo: ReturnType<ParseCache['for']> | null,
  ) {}

  private push(node: PatternNode) {
    SCRATCH[this.top++] = node;
  }

  fail(message: string, at = this.i): never {
    throw new PatternError(message, this.source, at);
  }

  private skipSpace() {
    const { source } = this;
    while (this.i < source.length && isSpace(source.charCodeAt(this.i))) this.i++;
  }

  private isGapAt(i: number): boolean {
    const { source } = this;
    const c = source.charCodeAt(i);
    return c === 0x2026 || (c === 46 && source.charCodeAt(i + 1) === 46 && source.charCodeAt(i + 2) === 46);
  }

  /** From `i` to the next space, special character or gap. */
  private wordEnd(i: number): number {
    const { source } = this;
    while (i < source.length) {
      const c = source.charCodeAt(i);
      if (isSpace(c) || isSpecial(c) || (c === 46 && this.isGapAt(i))) break;
      i++;
    }
    return i;
  }

  /** `close`: the code of the bracket that ends this list, or -1 at the top of the pattern. */
  parseAlternation(close: number): PatternNode {
    const first = this.parseSequence(close);
    if (this.source.charCodeAt(this.i) !== 124) return first;
    const base = this.top;
    SCRATCH[this.top++] = first;
    while (this.source.charCodeAt(this.i) === 124) {
      this.i++;
      const option = this.parseSequence(close);
      SCRATCH[this.top++] = option;
    }
    const options = SCRATCH.slice(base, this.top);
    this.top = base;
    return { kind: 'alt', options };
  }

  private parseSequence(close: number): PatternNode {
    const { source } = this;
    const base = this.top;
    for (;;) {
      this.skipSpace();
      if (this.i >= source.length) {
        if (close >= 0) this.fail(`missing "${String.fromCharCode(close)}"`);
        break;
      }
      // by code: source[i] would make a string of every Cyrillic or Polish character read
      const c = source.charCodeAt(this.i);
      if (c === 124 || c === close) break;
      if (c === 41 || c === 93) this.fail(`unexpected "${source[this.i]}"`);
      if (c === 40 || c === 91) {
        const start = this.i++;
        const closing = c === 40 ? 41 : 93;
        const inner = this.parseAlternation(closing);
        if (source.charCodeAt(this.i) !== closing) this.fail(`unclosed "${source[start]}"`, start);
        this.i++;
        if (isEmpty(inner)) this.fail(`empty "${source[start]}…"`, start);
        this.push(c === 40 ? inner : { kind: 'opt', item: inner });
      } else if (this.isGapAt(this.i)) {
        this.i += c === 0x2026 ? 1 : 3;
        DIGITS.lastIndex = this.i;
        const digits = DIGITS.exec(source);
        let max = DEFAULT_GAP;
        if (digits) {
          max = Number(digits[0]);
          this.i += digits[0].length;
          if (max < 1 || max > MAX_GAP) this.fail(`a gap allows 1 to ${MAX_GAP} words, not ${max}`);
        }
        this.push({ kind: 'gap', max });
      } else if (c === 123) {
        this.push(this.parseLemma());
      } else if (c === 64) {
        LEXICON_NAME.lastIndex = this.i;
        const name = LEXICON_NAME.exec(source);
        if (!name) this.fail('"@" must be followed by a lexicon name');
        this.push({ kind: 'lexicon', name: name![1] });
        this.i += name![0].length;
      } else if (c === 35) {
        this.push(this.parseExact());
      } else if (c === 125) {
        this.fail('unexpected "}"');
      } else {
        // a literal chunk up to the next space or special character
        const start = this.i;
        let hash = 0;
        let i = start;
        while (i < source.length) {
          const code = source.charCodeAt(i);
          if (isSpace(code) || isSpecial(code) || (code === 46 && this.isGapAt(i))) break;
          hash = (Math.imul(hash, 31) + code) | 0;
          i++;
        }
        this.i = i;
        let nodes = this.memo?.chunks.get(source, start, i, hash);
        if (!nodes) {
          const chunk = source.slice(start, i);
          nodes = this.literal(chunk, start);
          this.memo?.chunks.set(chunk, hash, nodes);
        }
        for (let k = 0; k < nodes.length; k++) this.push(nodes[k]);
      }
    }
    const node: PatternNode =
      this.top === base + 1 ? SCRATCH[base] : { kind: 'seq', items: SCRATCH.slice(base, this.top) };
    this.top = base;
    return node;
  }

  /** {lemma}: one word standing for all its forms. */
  private parseLemma(): PatternNode {
    const { source } = this;
    const end = source.indexOf('}', this.i);
    if (end < 0) this.fail('unclosed "{"');
    const raw = source.slice(this.i + 1, end);
    let node = this.memo?.lemmas.get(raw);
    if (!node) {
      const lemma = raw.trim();
      if (!ONE_WORD.test(lemma)) this.fail('"{…}" holds exactly one word');
      node = { kind: 'lemma', lemma: fold(lemma) };
      this.memo?.lemmas.set(raw, node);
    }
    this.i = end + 1;
    return node;
  }

  /** The nodes of a literal chunk (a stem, or the words it tokenizes to: possibly none). */
  private literal(chunk: string, start: number): PatternNode[] {
    if (chunk.endsWith('*')) {
      const stem = fold(chunk.slice(0, -1));
      if (!STEM.test(stem)) this.fail('"*" ends a word stem, e.g. zepsu*', start);
      if ([...stem].length < MIN_PREFIX) this.fail(`a stem needs at least ${MIN_PREFIX} letters before "*"`, start);
      return [{ kind: 'prefix', prefix: stem }];
    }
    if (chunk.includes('*')) this.fail('"*" may only end a word', start);
    if (chunk.includes('#')) this.fail('"#" goes before a word: #gwarantuję', start + chunk.indexOf('#'));
    const stray = STRAY.exec(chunk);
    if (stray) {
      this.fail(
        `"${stray[0]}" has no meaning here (patterns are not regular expressions: use [optional] words or (a | b))`,
        start + stray.index,
      );
    }
    if (POSSESSIVE.test(chunk)) return [{ kind: 'word', norms: ["'s"], symbol: undefined, builder: undefined }]; // the possessive on its own
    const words = wordColumns(chunk, this.language);
    const nodes: PatternNode[] = new Array(words.length);
    // (the cache fields present from the start: every word node has one shape)
    for (let k = 0; k < words.length; k++)
      nodes[k] = { kind: 'word', norms: [words.norm[k]], symbol: undefined, builder: undefined };
    return nodes;
  }

  /** #word: one word that must be spelled exactly so (its diacritics are not folded). */
  private parseExact(): PatternNode {
    const start = this.i++;
    this.i = this.wordEnd(this.i);
    const word = this.source.slice(start + 1, this.i);
    if (this.language === 'en')
      this.fail('"#" (exact spelling) is for Polish and Russian words: English matching folds no letters', start);
    if (!ONE_WORD.test(word))
      this.fail('"#" is followed by one whole word, e.g. #gwarantuję (no stem, no lemma)', start);
    const words = wordColumns(word, this.language);
    if (words.length !== 1) this.fail('"#" is followed by one whole word, e.g. #gwarantuję', start);
    return { kind: 'exact', spelling: exactSpelling(word), norm: words.norm[0] };
  }
}

function isEmpty(node: PatternNode): boolean {
  return node.kind === 'seq' && node.items.length === 0;
}

/** false when the pattern could begin with a gap: that would match everywhere */
function startsWithWord(node: PatternNode): boolean {
  switch (node.kind) {
    case 'gap':
      return false;
    case 'seq': {
      for (const item of node.items) {
        if (!startsWithWord(item)) return false;
        if (!canBeEmpty(item)) return true;
      }
      return true;
    }
    case 'alt':
      return node.options.every(startsWithWord);
    case 'opt':
      return startsWithWord(node.item);
    default:
      return true;
  }
}

export function canBeEmpty(node: PatternNode): boolean {
  switch (node.kind) {
    case 'opt':
    case 'gap':
      return true;
    case 'seq':
      return node.items.every(canBeEmpty);
    case 'alt':
      return node.options.some(canBeEmpty);
    default:
      return false;
  }
}
