/**
 * Writes phrasebank/compile/english-forms.generated.json: compromise's forms of every
 * {lemma} the bundled English bank uses, and of common customer-service words so that
 * trainers' own banks mostly find theirs there too. Compiling then needs no compromise.
 * Run `npm run gen-english-forms` after adding a {lemma} to phrasebank/banks/en.json;
 * tests/phrasebank/compile/english-table.test.ts fails while the table is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileBank } from '../phrasebank/compile/compile';
import { inflectEnglish } from '../phrasebank/compile/english-forms';
import type { Bank } from '../phrasebank/types';

export const TABLE_PATH = resolve(import.meta.dirname, '../phrasebank/compile/english-forms.generated.json');

/** Verbs and nouns agents write about orders, deliveries, payments and each other. */
export const COMMON_WORDS = `
accept access account activate add address adjust advise agent agree allow annoy answer apologise apologize app
appeal apply approve argue arrange arrive ask assign assist assume attach authorise authorize avoid bill block
book booking boss bother box bring buy call cancel card care case change charge chase cheat check choose claim
clarify close collect colleague come company compensate complain complaint complete confirm confuse connect
consider contact continue correct cost courier credit customer damage day deadline deal decide decline delay
delete deliver delivery deny department deposit deserve disappoint discount dispatch dispute double-check download
driver email end ensure enter error escalate exchange expect expire explain fail fault fee feel fill find finish
fix follow form forward give go guarantee handle happen hear help hold hour hurry ignore improve inform install
insist investigate invoice issue item keep know label leave lie listen look mail manage manager mean mention
message minute mistake misunderstand month move need note notice notify offer open order overcharge owe package
parcel password pay payment phone pick place policy post prefer prepare price problem process product promise
provide purchase push put question queue raise reach read realise realize receipt receive recommend record reduce
refund refuse register reject release remember remind remove renew repair repeat replace reply report request
require reschedule reset resolve respond restart restore return review ring rush say scan see sell service settle
shipment shipping shop shout sign solve sort speak staff start stay stop store submit subscribe subscription
suggest supervisor supplier supply support suspend switch system take talk team thank think ticket track transfer
try turn understand unsubscribe update upgrade upset use validate verify voucher waive wait want warehouse warn
warranty website week work worry write yell
`
  .split(/\s+/)
  .filter(Boolean);

/** The lemmas compileBank asks the forms provider for when it compiles the bundled English bank. */
export function bundledLemmas(): string[] {
  const bank = JSON.parse(readFileSync(resolve(import.meta.dirname, '../phrasebank/banks/en.json'), 'utf8')) as Bank;
  const lemmas = new Set<string>();
  compileBank(bank, {
    forms: (lemma, language) => {
      if (language !== 'en') return null;
      lemmas.add(lemma);
      return inflectEnglish(lemma);
    },
  });
  return [...lemmas];
}

/** The table's text: lemma → forms, sorted by lemma, one lemma a line. */
export function generateEnglishForms(): string {
  const lemmas = [...new Set([...bundledLemmas(), ...COMMON_WORDS])].sort();
  const lines = lemmas.map((lemma) => `  ${JSON.stringify(lemma)}: ${JSON.stringify(inflectEnglish(lemma))}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(TABLE_PATH, generateEnglishForms());
  console.log(`wrote ${TABLE_PATH}`);
}
