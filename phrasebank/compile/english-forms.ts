/**
 * English word forms through compromise, at compile time only (compromise never rides in
 * the content script): {blame} → blame, blames, blamed, blaming; {tell} → told; {fault} → faults.
 * The lemmas of the bundled banks and a few hundred common ones come from a table generated
 * from compromise (english-table.ts), which answers without compromise's ~5 ms per word.
 */
import nlp from 'compromise';
import type { FormsProvider } from './compile';
import { tableForms } from './english-table';

/** What compromise makes of a lemma, as a verb and as a noun (english-forms.generated.json holds this for its lemmas). */
export function inflectEnglish(lemma: string): string[] {
  const forms = new Set<string>([lemma]);
  const asVerb = nlp(lemma);
  asVerb.tag('Infinitive');
  const verb = asVerb.verbs().conjugate()[0] as Record<string, string> | undefined;
  for (const form of Object.values(verb ?? {})) if (!form.includes(' ')) forms.add(form.toLowerCase());
  const asNoun = nlp(lemma);
  asNoun.tag('Singular');
  const plural = asNoun.nouns().toPlural().text().toLowerCase();
  if (plural && !plural.includes(' ')) forms.add(plural);
  return [...forms];
}

const cache = new Map<string, string[]>();

export function englishForms(lemma: string): string[] {
  const hit = cache.get(lemma);
  if (hit) return hit;
  const result = tableForms(lemma) ?? inflectEnglish(lemma);
  cache.set(lemma, result);
  return result;
}

/** The forms provider for compileBank: English through compromise, other languages through bank.forms. */
export const defaultForms: FormsProvider = (lemma, language) => (language === 'en' ? englishForms(lemma) : null);
