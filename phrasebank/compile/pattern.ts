/**
 * The trainer's pattern language (FORMAT.md) → a small syntax tree. No regex is ever
 * built from trainer input: the tree becomes a token automaton (automaton.ts).
 */
import type { Language } from '../finding';
import { exactSpelling, fold, tokenize } from '../tokenize';

export type PatternNode =
  | { kind: 'word'; norms: string[] }
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
const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '|', '@', '…']);

/** Exactly the characters of the regex class \s, without running a regex per character. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function parsePattern(source: string, language: Language): PatternNode {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new PatternError(message, source, at);
  };
  const skipSpace = () => {
    while (i < source.length && isSpace(source.charCodeAt(i))) i++;
  };
  const isGapAt = () => source[i] === '…' || source.startsWith('...', i);

  function parseAlternation(close: string | null): PatternNode {
    const options: PatternNode[] = [parseSequence(close)];
    while (source[i] === '|') {
      i++;
      options.push(parseSequence(close));
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  function parseSequence(close: string | null): PatternNode {
    const items: PatternNode[] = [];
    for (;;) {
      skipSpace();
      if (i >= source.length) {
        if (close) fail(`missing "${close}"`);
        break;
      }
      const c = source[i];
      if (c === '|' || c === close) break;
      if (c === ')' || c === ']') fail(`unexpected "${c}"`);
      if (c === '(' || c === '[') {
        const start = i++;
        const inner = parseAlternation(c === '(' ? ')' : ']');
        if (source[i] !== (c === '(' ? ')' : ']')) fail(`unclosed "${c}"`, start);
        i++;
        if (isEmpty(inner)) fail(`empty "${c}…"`, start);
        items.push(c === '(' ? inner : { kind: 'opt', item: inner });
      } else if (isGapAt()) {
        i += source[i] === '…' ? 1 : 3;
        const digits = /^\d+/.exec(source.slice(i));
        let max = DEFAULT_GAP;
        if (digits) {
          max = Number(digits[0]);
          i += digits[0].length;
          if (max < 1 || max > MAX_GAP) fail(`a gap allows 1 to ${MAX_GAP} words, not ${max}`);
        }
        items.push({ kind: 'gap', max });
      } else if (c === '{') {
        const end = source.indexOf('}', i);
        if (end < 0) fail('unclosed "{"');
        const lemma = source.slice(i + 1, end).trim();
        if (!/^[\p{L}\p{N}'’-]+$/u.test(lemma)) fail('"{…}" holds exactly one word');
        items.push({ kind: 'lemma', lemma: fold(lemma) });
        i = end + 1;
      } else if (c === '@') {
        const name = /^@([\p{L}\p{N}_-]+)/u.exec(source.slice(i));
        if (!name) fail('"@" must be followed by a lexicon name');
        items.push({ kind: 'lexicon', name: name![1] });
        i += name![0].length;
      } else if (c === '#') {
        items.push(parseExact());
      } else if (c === '}') {
        fail('unexpected "}"');
      } else {
        // a literal chunk up to the next space or special character
        const start = i;
        while (i < source.length && !isSpace(source.charCodeAt(i)) && !SPECIAL.has(source[i]) && !isGapAt()) i++;
        const chunk = source.slice(start, i);
        if (chunk.endsWith('*')) {
          const stem = fold(chunk.slice(0, -1));
          if (!/^[\p{L}\p{N}'-]+$/u.test(stem)) fail('"*" ends a word stem, e.g. zepsu*', start);
          if ([...stem].length < MIN_PREFIX) fail(`a stem needs at least ${MIN_PREFIX} letters before "*"`, start);
          items.push({ kind: 'prefix', prefix: stem });
        } else {
          if (chunk.includes('*')) fail('"*" may only end a word', start);
          if (chunk.includes('#')) fail('"#" goes before a word: #gwarantuję', start + chunk.indexOf('#'));
          const stray = /[?+^$\\/=<>!.;"“”«»„]/.exec(chunk);
          if (stray) {
            fail(`"${stray[0]}" has no meaning here (patterns are not regular expressions: use [optional] words or (a | b))`, start + stray.index);
          }
          if (/^['’]s$/.test(chunk)) {
            items.push({ kind: 'word', norms: ["'s"] }); // the possessive on its own
            continue;
          }
          for (const token of tokenize(chunk, language)) items.push({ kind: 'word', norms: [token.norm] });
        }
      }
    }
    return items.length === 1 ? items[0] : { kind: 'seq', items };
  }

  /** #word: one word that must be spelled exactly so (its diacritics are not folded). */
  function parseExact(): PatternNode {
    const start = i++;
    while (i < source.length && !isSpace(source.charCodeAt(i)) && !SPECIAL.has(source[i]) && !isGapAt()) i++;
    const word = source.slice(start + 1, i);
    if (language === 'en') fail('"#" (exact spelling) is for Polish and Russian words: English matching folds no letters', start);
    if (!/^[\p{L}\p{N}'’-]+$/u.test(word)) fail('"#" is followed by one whole word, e.g. #gwarantuję (no stem, no lemma)', start);
    const tokens = tokenize(word, language);
    if (tokens.length !== 1) fail('"#" is followed by one whole word, e.g. #gwarantuję', start);
    return { kind: 'exact', spelling: exactSpelling(word), norm: tokens[0].norm };
  }

  const tree = parseAlternation(null);
  if (i < source.length) fail(`unexpected "${source[i]}"`);
  if (isEmpty(tree)) fail('the pattern has no words');
  if (!startsWithWord(tree)) fail('a pattern must start with a word (not a gap)', 0);
  if (canBeEmpty(tree)) fail('a pattern must require at least one word', 0);
  return tree;
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
