/**
 * The exact text a fix or a phrase module puts into the draft, fitted to the words around
 * it: variables filled, a sentence start capitalised, no doubled full stop or space, a space
 * after the word before. And which part of the draft a module from the card replaces.
 */
import type { Span } from './caret';
import { type FilledText, fillTemplate, type VariableValues } from './variables';

/** Nothing before it, or a sentence end / line break before it. */
export const atSentenceStart = (before: string) => /(^|[.!?…]\s+|\n\s*)$/.test(before);

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A replacement for a flagged span that follows `before`. */
export function fitReplacement(replacement: string, before: string): string {
  return atSentenceStart(before) ? capitalise(replacement) : replacement;
}

/** A module's text for insertion between `before` and `after`. */
export function fitModule(template: string, values: VariableValues, before: string, after: string): FilledText {
  let { text, caret } = fillTemplate(template, values);
  if (after === '' || /^\s/.test(after)) text = text.replace(/[ \t]+$/, '');
  const last = text.charAt(text.length - 1);
  if (/[.!?]/.test(last) && after.startsWith(last)) text = text.slice(0, -1);
  caret = Math.min(caret, text.length);
  if (atSentenceStart(before)) text = capitalise(text);
  if (before !== '' && !/\s$/.test(before) && !/^\s/.test(text)) {
    text = ` ${text}`;
    caret += 1;
  }
  return { text, caret };
}

/** The sentence around text[start, end): from after the previous sentence end to its own end mark. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = start;
  while (from > 0 && !/[.!?…\n]/.test(text.charAt(from - 1))) from--;
  while (from < start && /\s/.test(text.charAt(from))) from++;
  let to = end;
  while (to < text.length && !/[.!?…\n]/.test(text.charAt(to))) to++;
  while (to < text.length && /[.!?…"'”»)]/.test(text.charAt(to))) to++;
  return { start: from, end: to };
}

const words = (text: string) => text.split(/[\s,;:.!?…"'”»(]+/).filter(Boolean).length;

/** Words besides the flag a sentence may have and still be taken over by a module ("Please", "Just"). */
const FILLER_WORDS = 2;

/**
 * A phrase module is whole sentences: it takes the place of the flagged sentence when the
 * flag is all there is to it, and of the flagged words alone otherwise (no other word of
 * the agent's is ever replaced by a module).
 */
export function moduleTarget(text: string, flag: Span): Span {
  const sentence = sentenceAround(text, flag.start, flag.end);
  const others = words(text.slice(sentence.start, flag.start)) + words(text.slice(flag.end, sentence.end));
  return others <= FILLER_WORDS ? sentence : { start: flag.start, end: flag.end };
}
