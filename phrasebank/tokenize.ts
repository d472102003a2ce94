/**
 * Text → normalized word tokens with their source offsets. Patterns go through the very
 * same function, so "don't" in a rule and "dont" in a draft meet as "do not".
 * No DOM, no dependencies: this runs in the content script on every typing pause.
 */
import { periodDecision, periodEndsSentence } from './abbreviations';
import type { Language } from './finding';

export interface Token {
  /** normalized form: lower case, folded diacritics (pl), ё→е (ru), contractions expanded (en) */
  norm: string;
  /** Polish and Russian, when asked for: the lower-case spelling with its diacritics, if folding changed it (for #words) */
  exact?: string;
  /** JS string offsets of the source word this token came from */
  start: number;
  end: number;
  /** index of the sentence the token belongs to (matches never cross sentences) */
  sentence: number;
  /**
   * `exact ?? norm` as a small number per language, for a matcher's per-word data in an
   * array. Only a hint: ids start over when a language's vocabulary grows past a limit.
   */
  id?: number;
  /** a comma, colon, dash or bracket stands between this token and the previous one */
  clauseStart?: true;
}

/** Punctuation that ends a clause inside a sentence: a negation before it does not reach past it. */
function isClauseBreak(code: number): boolean {
  return code === 44 || code === 58 || code === 0x2013 || code === 0x2014 || code === 40 || code === 41;
}

/** A sentence ends at . ! ? ; … or a line break (a period: see endsSentenceAt). */
export function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 10 || code === 0x2026;
}

const PERIOD = 46;

const LETTER = /[\p{L}\p{N}]/u;

/** Letters and digits of any script; ASCII, Latin and Cyrillic decided without a regex (hot path). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0x400 && code <= 0x4ff) return true; // Cyrillic
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7; // Latin-1 and Extended (ą, ł, ż…)
  return LETTER.test(String.fromCharCode(code));
}

/** Apostrophes and hyphens join word parts: don't, e-mail, из-за. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc || code === 45 || code === 0x2011;
}

const FOLD: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
  ё: 'е',
  '’': "'",
  ʼ: "'",
  '‑': '-',
};
const FOLDABLE = /[ąćęłńóśźżё’ʼ‑]/g;
const FOLD_CODES = new Set(Object.keys(FOLD).map((c) => c.charCodeAt(0)));

/** Case and diacritic folding shared by every language (Polish folding is harmless elsewhere). */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // a char-code scan is much cheaper than a regex test on this hot path
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 128 && FOLD_CODES.has(c)) return lower.replace(FOLDABLE, (x) => FOLD[x] ?? x);
  }
  return lower;
}

const MARKS = /[’ʼ‑]/g;

/** Lower case with apostrophes and hyphens unified but letters kept: what a #word must equal. */
export function exactSpelling(word: string): string {
  return word.toLowerCase().replace(MARKS, (x) => FOLD[x] ?? x);
}

// English contractions, with and without the apostrophe agents often skip, and chat shorthand
// agents type under pressure: "expansion:spelling spelling,…". A Map, not an object lookup:
// "constructor" must not find Object.prototype.constructor.
const CONTRACTIONS = new Map<string, readonly string[]>(
  (
    "do not:don't dont,does not:doesn't doesnt,did not:didn't didnt,can not:can't cant cannot," +
    "will not:won't wont,is not:isn't isnt ain't,are not:aren't arent,was not:wasn't wasnt," +
    "were not:weren't werent,have not:haven't havent,has not:hasn't hasnt,had not:hadn't hadnt," +
    "should not:shouldn't shouldnt,would not:wouldn't wouldnt,could not:couldn't couldnt," +
    "must not:mustn't mustnt,need not:needn't,i am:i'm im,you are:you're youre,we are:we're," +
    "they are:they're,it is:it's,that is:that's thats,there is:there's theres,what is:what's whats," +
    "here is:here's,he is:he's,she is:she's,who is:who's,let us:let's,i have:i've ive,you have:you've," +
    "we have:we've,they have:they've,i will:i'll,you will:you'll youll,we will:we'll," +
    "they will:they'll theyll,it will:it'll,that will:that'll,i would:i'd,you would:you'd,we would:we'd," +
    "they would:they'd,it would:it'd,should have:should've,could have:could've,would have:would've," +
    "must have:must've,there will:there'll,he will:he'll,she will:she'll,you:u,your:ur,i do not know:idk," +
    'do not know:dunno,going to:gonna,want to:wanna,got to:gotta'
  )
    .split(',')
    .flatMap((entry) => {
      const [expansion, spellings] = entry.split(':');
      const parts = expansion.split(' ');
      return spellings.split(' ').map((spelling) => [spelling, parts] as const);
    }),
);

/** The normalized tokens of one English word: contractions expanded, a possessive 's split off. */
function englishParts(norm: string): readonly string[] {
  const expanded = CONTRACTIONS.get(norm);
  if (expanded) return expanded;
  // possessive / clitic 's is its own token: "courier's" → courier 's
  if (norm.length > 2 && norm.endsWith("'s")) return [norm.slice(0, -2), "'s"];
  // "couriers'" (plural possessive) → couriers
  return [norm];
}

/** What a source word (as written) turns into; one lookup per word on the hot path. */
interface WordEntry {
  /** its normalized tokens (English: contractions expanded) and their ids */
  norms: readonly string[];
  ids: readonly number[];
  /** Polish and Russian: the exact spelling when folding changed it, and the id of exact ?? norm */
  exact: string | undefined;
  exactId: number;
}

/**
 * Per language: source word → entry, and spelling → id. Drafts repeat their words, so both
 * stay small; past a limit they start over (between two tokenize calls, never within one).
 */
interface Vocabulary {
  entries: WordTable;
  ids: Map<string, number>;
}

/**
 * Source word → entry, looked up by the word's place in the text: hashed from its char codes
 * and compared in place, so a known word (nearly every word of a draft) costs no substring.
 */
export class WordTable {
  /** open addressing: entry index + 1, 0 for an empty slot */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  private readonly words: string[] = [];
  private readonly entries: WordEntry[] = [];

  get size(): number {
    return this.entries.length;
  }

  clear() {
    this.slots.fill(0);
    this.words.length = 0;
    this.entries.length = 0;
  }

  /** The entry of text[start, end), whose hash is `hash` (see hashOf), if known. */
  find(text: string, start: number, end: number, hash: number): WordEntry | undefined {
    const { slots, hashes, words } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const k = slots[s] - 1;
      if (k < 0) return undefined;
      if (hashes[k] !== hash) continue;
      const word = words[k];
      if (word.length !== length) continue;
      let c = 0;
      while (c < length && word.charCodeAt(c) === text.charCodeAt(start + c)) c++;
      if (c === length) return this.entries[k];
    }
  }

  add(word: string, hash: number, entry: WordEntry) {
    const k = this.entries.length;
    if (k === this.hashes.length) {
      const bigger = new Int32Array(2 * k);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.words.push(word);
    this.entries.push(entry);
    this.hashes[k] = hash;
    if (2 * (k + 1) > this.slots.length) {
      // rehash into twice the slots
      this.slots = new Int32Array(2 * this.slots.length);
      for (let j = 0; j <= k; j++) this.place(j);
    } else this.place(k);
  }

  private place(k: number) {
    const mask = this.slots.length - 1;
    let s = this.hashes[k] & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = k + 1;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over text[start, end)'s char codes. */
export function hashOf(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}
const ENTRY_LIMIT = 20_000;
const ID_LIMIT = 200_000;
const vocabularies = new Map<Language, Vocabulary>();

function vocabulary(language: Language): Vocabulary {
  let v = vocabularies.get(language);
  if (!v) {
    v = { entries: new WordTable(), ids: new Map() };
    vocabularies.set(language, v);
  }
  return v;
}

function idOf(v: Vocabulary, spelling: string): number {
  let id = v.ids.get(spelling);
  if (id === undefined) {
    id = v.ids.size;
    v.ids.set(spelling, id);
  }
  return id;
}

/** The entry of a word not in v.entries yet: text[start, end), whose hash is `hash`. */
function newEntry(
  v: Vocabulary,
  text: string,
  start: number,
  end: number,
  hash: number,
  language: Language,
): WordEntry {
  if (v.entries.size > ENTRY_LIMIT) v.entries.clear();
  const word = text.slice(start, end);
  const norm = fold(word);
  const norms = language === 'en' ? englishParts(norm) : [norm];
  let exact: string | undefined;
  if (language !== 'en') {
    exact = exactSpelling(word);
    if (exact === norm) exact = undefined;
  }
  const entry = { norms, ids: norms.map((n) => idOf(v, n)), exact, exactId: idOf(v, exact ?? norm) };
  v.entries.add(word, hash, entry);
  return entry;
}

/**
 * Tokens as columns: what the engine matches on (10,000 words make no 10,000 objects, and
 * the engine reuses one set of columns). The first `length` entries are the tokens (the
 * arrays may be longer, and hold stale entries past it); fields as
 * in Token; `exact` only when exact spellings were asked for (Polish and Russian), `id` -1
 * for none, `clauseStart` 1 for true.
 */
export interface TokenColumns {
  length: number;
  norm: string[];
  exact: (string | undefined)[] | null;
  id: Int32Array;
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  clauseStart: Uint8Array;
}

/** Empty columns with room for `capacity` tokens (they grow as needed). */
export function emptyColumns(capacity = 64): TokenColumns {
  return {
    length: 0,
    norm: [],
    exact: null,
    id: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    sentence: new Int32Array(capacity),
    clauseStart: new Uint8Array(capacity),
  };
}

function grow(c: TokenColumns) {
  const capacity = Math.max(16, c.id.length * 2);
  const bigger = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T) => {
    const b = make(capacity);
    b.set(a);
    return b;
  };
  c.id = bigger(c.id, (n) => new Int32Array(n));
  c.start = bigger(c.start, (n) => new Int32Array(n));
  c.end = bigger(c.end, (n) => new Int32Array(n));
  c.sentence = bigger(c.sentence, (n) => new Int32Array(n));
  c.clauseStart = bigger(c.clauseStart, (n) => new Uint8Array(n));
}

/**
 * Tokenizes `text` from `from` to `to` (defaults: all). Sentence indices count from
 * `firstSentence`, so a slice can be tokenized on its own. `exactSpellings`: fill tokens'
 * `exact` (only banks with #words need it; the others skip the cost).
 */
export function tokenize(
  text: string,
  language: Language,
  from = 0,
  to = text.length,
  firstSentence = 0,
  exactSpellings = false,
): Token[] {
  const c = tokenColumns(text, language, from, to, firstSentence, exactSpellings);
  const out: Token[] = new Array(c.length);
  for (let k = 0; k < c.length; k++) {
    const token: Token = c.exact
      ? { norm: c.norm[k], exact: c.exact[k], start: c.start[k], end: c.end[k], sentence: c.sentence[k], id: c.id[k] }
      : { norm: c.norm[k], start: c.start[k], end: c.end[k], sentence: c.sentence[k], id: c.id[k] };
    if (c.clauseStart[k] === 1) token.clauseStart = true;
    out[k] = token;
  }
  return out;
}

/** tokenize's tokens as columns, written into `into` (its previous tokens are overwritten) or new ones. */
export function tokenColumns(
  text: string,
  language: Language,
  from = 0,
  to = text.length,
  firstSentence = 0,
  exactSpellings = false,
  into = emptyColumns(Math.min(1024, Math.max(0, to - from) >> 2) + 16),
): TokenColumns {
  const c = into;
  const norms = c.norm;
  const exacts = exactSpellings && language !== 'en' ? (c.exact ?? []) : null;
  c.exact = exacts;
  let count = 0;
  const v = vocabulary(language);
  if (v.ids.size > ID_LIMIT) {
    v.ids.clear();
    v.entries.clear();
  }
  let sentence = firstSentence;
  let i = from;
  let clauseBreak = false;
  const end = Math.min(to, text.length);
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      if (isSentenceEnd(code)) {
        // a period after an abbreviation ("np.", "e.g.") or inside "12.30" ends nothing: see abbreviations.ts
        const ends = code !== PERIOD || periodEndsSentence(text, i, language);
        if (ends && count > 0 && c.sentence[count - 1] === sentence) sentence++;
      } else if (isClauseBreak(code)) clauseBreak = true;
      i++;
      continue;
    }
    const start = i;
    // hashOf(text, start, i), computed on the way
    let hash = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
    i++;
    for (;;) {
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (!isWordChar(c)) break;
        hash = Math.imul(hash ^ c, FNV_PRIME);
        i++;
      }
      // a joiner continues the word only when a letter follows it
      if (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) {
        hash = Math.imul(Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME) ^ text.charCodeAt(i + 1), FNV_PRIME);
        i += 2;
      } else break;
    }
    // the lookup stays in this loop: as a call of its own it cost 40 bytes of garbage per word
    const entry = v.entries.find(text, start, i, hash) ?? newEntry(v, text, start, i, hash, language);
    const parts = entry.norms;
    for (let k = 0; k < parts.length; k++) {
      if (count === c.id.length) grow(c);
      norms[count] = parts[k];
      if (exacts) {
        exacts[count] = entry.exact;
        c.id[count] = entry.exactId;
      } else c.id[count] = entry.ids[k];
      c.start[count] = start;
      c.end[count] = i;
      c.sentence[count] = sentence;
      c.clauseStart[count] = clauseBreak && k === 0 ? 1 : 0;
      count++;
    }
    if (parts.length > 0) clauseBreak = false;
  }
  // (entries past `length` are left from earlier texts: setting the arrays' length here made
  // V8 deoptimize this function for good, at 40 bytes of garbage per token from then on)
  c.length = count;
  return c;
}

/**
 * A sentence end at `i` whose verdict reads only text[lo, hi) (-1 and text.length + 1 stand
 * for the text's start and end): an edit outside that range cannot move it. A period's
 * verdict depends on the word around it and sometimes on the next one.
 */
function stableEndAt(text: string, i: number, language: Language, lo: number, hi: number): boolean {
  const code = text.charCodeAt(i);
  if (!isSentenceEnd(code)) return false;
  if (code !== PERIOD) return true;
  const d = periodDecision(text, i, language);
  return d.ends && d.readFrom >= lo && d.readTo <= hi;
}

/**
 * Index just after a sentence end before `pos` (0 when none), where the end was decided
 * by text before `pos` alone: the same boundary stood there before an edit at `pos`.
 */
export function sentenceStartBefore(text: string, pos: number, language: Language): number {
  const hi = Math.min(pos, text.length);
  for (let i = hi - 1; i >= 0; i--) if (stableEndAt(text, i, language, -1, hi)) return i + 1;
  return 0;
}

/** Index just after the first sentence end at or after `pos` decided by text from `pos` on, or text.length. */
export function sentenceEndAfter(text: string, pos: number, language: Language): number {
  const lo = Math.max(pos, 0);
  for (let i = lo; i < text.length; i++) if (stableEndAt(text, i, language, lo, text.length + 1)) return i + 1;
  return text.length;
}
