/**
 * Precompiles the bundled banks (phrasebank/banks/*.json) into phrasebank/compiled/bundled.json,
 * which the content script loads as is: compromise and the compiler stay out of the page.
 * It is generated (never committed): `npm install` (postinstall) and `npm run build` run this.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type CompiledBank, compileBank } from '../phrasebank/compile/compile';
import { defaultForms } from '../phrasebank/compile/english-forms';
import { LANGUAGES } from '../phrasebank/finding';
import type { Bank } from '../phrasebank/types';

const ROOT = resolve(import.meta.dirname, '..');
export const COMPILED_PATH = resolve(ROOT, 'phrasebank/compiled/bundled.json');

export function compileBundled(): CompiledBank[] {
  return LANGUAGES.map((language) => {
    const bank = JSON.parse(readFileSync(resolve(ROOT, `phrasebank/banks/${language}.json`), 'utf8')) as Bank;
    return compileBank(bank, { forms: defaultForms });
  });
}

export function serialize(banks: CompiledBank[]): string {
  return `${JSON.stringify(banks)}\n`;
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync(dirname(COMPILED_PATH), { recursive: true });
  writeFileSync(COMPILED_PATH, serialize(compileBundled()));
  console.log(`wrote ${COMPILED_PATH}`);
}
