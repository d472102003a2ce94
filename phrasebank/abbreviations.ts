/**
 * Where a period does NOT end a sentence: after a known abbreviation ("np.", "e.g.", "т.е.")
 * and between digits ("12.30", "3.5"). The one place that lists the abbreviations; the
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

const NEVER = new Map<Language, Set<string>>();
const UNLESS_CAPITAL = new Map<Language, Set<string>>();
for (const [language, lists] of Object.entries(ABBREVIATIONS) as [Language, (typeof ABBREVIATIONS)[Language]][]) {
  NEVER.set(language, new Set(lists.never));
  UNLESS_CAPITAL.set(language, new Set(lists.unlessCapital));
}

const ALNUM = /[\p{L}\p{N}]/u;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isAlnumOrPeriod = (ch: string) => ch === '.' || ALNUM.test(ch);
const isBlank = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u00a0';

/**
 * Does the period at `i` end a sentence? Also returns the range of text the answer depends
 * on, [readFrom, readTo): the letters, digits and periods around it with the characters
 * that bound them (-1 / text.length + 1 stand for the text's start / end), and for
 * `unlessCapital` up to the next word's first letter. The DraftChecker trusts a boundary
 * only when its edit lies outside that range.
 */
export function periodDecision(text: string, i: number, language: Language): { ends: boolean; readFrom: number; readTo: number } {
  let from = i;
  while (from > 0 && isAlnumOrPeriod(text[from - 1])) from--;
  let to = i + 1;
  while (to < text.length && isAlnumOrPeriod(text[to])) to++;
  const decided = (ends: boolean, readTo = to + 1) => ({ ends, readFrom: from - 1, readTo });
  // a decimal number or a time: 12.30, 3.5
  if (i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return decided(false);
  if (from === i) return decided(true); // no word before the period
  const chunk = text.slice(from, to).toLowerCase();
  if (NEVER.get(language)?.has(chunk)) return decided(false);
  if (UNLESS_CAPITAL.get(language)?.has(chunk)) {
    let next = to;
    while (next < text.length && isBlank(text[next])) next++;
    const ch = text[next] ?? '';
    return decided(ch !== ch.toLowerCase(), next + 1);
  }
  return decided(true);
}

/** periodDecision's verdict alone, for the tokenizer. */
export function periodEndsSentence(text: string, i: number, language: Language): boolean {
  return periodDecision(text, i, language).ends;
}
