/**
 * Precompiles the bundled banks (phrasebank/banks/*.json) into phrasebank/compiled/bundled.json,
 * which the content script loads as is: compromise and the compiler stay out of the page.
 * It is generated (never committed): `npm install` (postinstall) and `npm run build` run this.
 * English forms come from the generated table (english-table.ts), so compromise is not even
 * loaded unless a {lemma} is missing from it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadModels } from '../phrasebank/cli/bundled-models';
import { type CompiledBank, compileBank, type FormsProvider } from '../phrasebank/compile/compile';
import { tableFormsProvider } from '../phrasebank/compile/english-table';
import { LANGUAGES } from '../phrasebank/finding';
import type { Bank } from '../phrasebank/types';

const ROOT = resolve(import.meta.dirname, '..');
export const COMPILED_PATH = resolve(ROOT, 'phrasebank/compiled/bundled.json');

export class StaleFormsTable extends Error {
  constructor(readonly lemmas: string[]) {
    super(
      `phrasebank/compile/english-forms.generated.json lacks ${lemmas.map((l) => `{${l}}`).join(', ')}: run npx tsx scripts/gen-english-forms.ts`,
    );
    this.name = 'StaleFormsTable';
  }
}

/** The bundled banks compiled, with `forms` when given, else from the English table (StaleFormsTable when it lacks a lemma). */
export function compileBundled(forms?: FormsProvider): CompiledBank[] {
  const table = forms ? null : tableFormsProvider();
  // the sentence models of scripts/train-models.ts ride along when they were trained
  const models = loadModels();
  return LANGUAGES.map((language) => {
    const bank = JSON.parse(readFileSync(resolve(ROOT, `phrasebank/banks/${language}.json`), 'utf8')) as Bank;
    try {
      const compiled = compileBank(bank, { forms: forms ?? table!.forms });
      const model = models?.[language];
      return model ? { ...compiled, model } : compiled;
    } catch (e) {
      if (table && table.missing.size > 0) throw new StaleFormsTable([...table.missing]);
      throw e;
    }
  });
}

export function serialize(banks: CompiledBank[]): string {
  return `${JSON.stringify(banks)}\n`;
}

if (process.argv[1] === import.meta.filename) {
  let banks: CompiledBank[];
  try {
    banks = compileBundled();
  } catch (e) {
    if (!(e instanceof StaleFormsTable)) throw e;
    // the same forms, from compromise itself: the build goes on, the table should be regenerated
    console.warn(`warning: ${e.message}`);
    const { defaultForms } = await import('../phrasebank/compile/english-forms');
    banks = compileBundled(defaultForms);
  }
  mkdirSync(dirname(COMPILED_PATH), { recursive: true });
  writeFileSync(COMPILED_PATH, serialize(banks));
  console.log(`wrote ${COMPILED_PATH}`);
}
