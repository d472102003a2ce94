/**
 * Where a period does NOT end a sentence: after a known abbreviation ("np.", "e.g.", "т.е.")
 * and inside a written word: between digits ("12.30", "3.5") or letters ("shop.com"). The one place that lists the abbreviations; the
 * tokenizer and the DraftChecker's sentence regions both decide through periodEndsSentence.
 */
import type { Language } from './finding';

/**
 * Per language, lower case, with their periods. `never`: the period never ends a sentence
 * (the abbreviation always has something after it: "np. kurier", "Mr. Smith").
 * `unlessCapital`: the abbreviation can also close a sentence ("…itd. Proszę", "500 руб. Мы",
 * "Jest ok. Dziękuję", "No. We…"), so its period ends one when a capital letter follows.
 */
const ABBREVIATIONS: Record<Language, { never: string[]; unlessCapital: string[] }> = {
  en: { never: ['e.g.', 'i.e.', 'mr.', 'mrs.', 'dr.', 'approx.'], unlessCapital: ['etc.', 'no.'] },
  pl: { never: ['np.', 'tel.', 'godz.', 'nr.', 'ul.', 'm.in.', 'tzn.'], unlessCapital: ['ok.', 'itd.', 'itp.'] },
  ru: { never: ['т.е.', 'т.к.', 'ул.', 'тел.'], unlessCapital: ['г.', 'др.', 'руб.'] },
};

type Kind = 'never' | 'unlessCapital';
const KIND_OF = new Map<Language, Map<string, Kind>>();
/** per language, the longest abbreviation's length: a longer chunk before a period is no abbreviation */
const LONGEST = new Map<Language, number>();
/** per language, the letter runs abbreviations are made of ("m", "in" for "m.in."): a quick test at every period */
const PIECES = new Map<Language, Set<string>>();
for (const [language, lists] of Object.entries(ABBREVIATIONS) as [Language, (typeof ABBREVIATIONS)[Language]][]) {
  const kinds = new Map<string, Kind>();
  for (const kind of ['never', 'unlessCapital'] as const) for (const a of lists[kind]) kinds.set(a, kind);
  KIND_OF.set(language, kinds);
  LONGEST.set(language, Math.max(...[...kinds.keys()].map((a) => a.length)));
  PIECES.set(language, new Set([...kinds.keys()].flatMap((a) => a.split('.').filter(Boolean))));
}

const ALNUM = /[\p{L}\p{N}]/u;
/** Letters, digits and periods; ASCII and Cyrillic decided without a regex (the tokenizer asks at every period). */
function isAlnumOrPeriod(code: number): boolean {
  if (code < 128) return code === 46 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0x400 && code <= 0x4ff) return true;
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7; // Latin-1 and Extended (ą, ł, ż…)
  return ALNUM.test(String.fromCharCode(code));
}
const PERIOD = 46;
/** A period with a letter or digit right on both sides sits inside one written word. */
function isInWord(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return before !== PERIOD && after !== PERIOD && isAlnumOrPeriod(before) && isAlnumOrPeriod(after);
}
const isBlank = (code: number) => code === 32 || code === 9 || code === 0xa0;

/**
 * Does the period at `i` end a sentence? Also returns the range of text the answer depends
 * on, [readFrom, readTo): the letters, digits and periods around it with the characters
 * that bound them (-1 / text.length + 1 stand for the text's start / end), and for
 * `unlessCapital` up to the next word's first letter. The DraftChecker trusts a boundary
 * only when its edit lies outside that range.
 */
export function periodDecision(text: string, i: number, language: Language): { ends: boolean; readFrom: number; readTo: number } {
  let from = i;
  while (from > 0 && isAlnumOrPeriod(text.charCodeAt(from - 1))) from--;
  let to = i + 1;
  while (to < text.length && isAlnumOrPeriod(text.charCodeAt(to))) to++;
  const decided = (ends: boolean, readTo = to + 1) => ({ ends, readFrom: from - 1, readTo });
  // inside a word: a decimal number or a time (12.30, 3.5), an address (refunds@shop.com, www.example.org)
  if (i > 0 && isInWord(text, i)) return decided(false);
  if (from === i) return decided(true); // no word before the period
  // longer than every abbreviation: an ordinary word (no slice, no lower-casing)
  const kind = to - from > (LONGEST.get(language) ?? 0) ? undefined : KIND_OF.get(language)?.get(text.slice(from, to).toLowerCase());
  if (kind === 'never') return decided(false);
  if (kind === 'unlessCapital') {
    let next = to;
    while (next < text.length && isBlank(text.charCodeAt(next))) next++;
    const ch = text[next] ?? '';
    return decided(ch !== ch.toLowerCase(), next + 1);
  }
  return decided(true);
}

/** periodDecision's verdict alone, for the tokenizer (which asks at every period: the common case is cut short). */
export function periodEndsSentence(text: string, i: number, language: Language): boolean {
  if (i > 0 && isInWord(text, i)) return false;
  // the letters right before the period: unless they are a piece of an abbreviation, an ordinary sentence end
  const longest = LONGEST.get(language) ?? 0;
  let from = i;
  while (from > 0 && isAlnumOrPeriod(text.charCodeAt(from - 1)) && text.charCodeAt(from - 1) !== PERIOD) {
    if (i - --from >= longest) return true;
  }
  if (from < i && !PIECES.get(language)?.has(text.slice(from, i).toLowerCase())) return true;
  return periodDecision(text, i, language).ends;
}
