/**
 * English word forms from a table generated from compromise (scripts/gen-english-forms.ts):
 * every {lemma} of the bundled English bank and a few hundred common customer-service words.
 * Compiling the bundled banks needs no compromise (importing it costs ~400 ms, and each
 * word ~5 ms more); english-forms.ts asks compromise for the lemmas the table lacks.
 */
import type { FormsProvider } from './compile';
import generated from './english-forms.generated.json';

// a Map, not an object lookup: {constructor} must not find Object.prototype.constructor
const TABLE = new Map<string, string[]>(Object.entries(generated));

/** The table's forms of a (folded) lemma, exactly what compromise gives; null when it lacks the lemma. */
export function tableForms(lemma: string): string[] | null {
  return TABLE.get(lemma) ?? null;
}

/** The table's lemmas, in its (sorted) order. */
export function tableLemmas(): string[] {
  return [...TABLE.keys()];
}

/**
 * A forms provider from the table alone (other languages: bank.forms), and the English
 * lemmas it could not answer: compileBank reports those as errors, so a caller that meets
 * any can compile again with english-forms.ts's defaultForms.
 */
export function tableFormsProvider(): { forms: FormsProvider; missing: Set<string> } {
  const missing = new Set<string>();
  const forms: FormsProvider = (lemma, language) => {
    if (language !== 'en') return null;
    const found = tableForms(lemma);
    if (!found) missing.add(lemma);
    return found;
  };
  return { forms, missing };
}
