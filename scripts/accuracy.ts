/** `npm run accuracy`: precision/recall per language and category on tests/corpus, with the misses. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Engine } from '../phrasebank/check';
import { evaluate, type LabelledDraft } from '../phrasebank/evaluate';
import { LANGUAGES } from '../phrasebank/finding';
import { compileBundled } from './compile-banks';

const verbose = process.argv.includes('--verbose');
// --holdout, --holdout2, --holdout3 …: sets written apart from the banks (see tests/corpus/README.md)
const held = process.argv.find((arg) => /^--holdout\d*$/.test(arg));
const set = held ? `${held.slice(2)}/` : '';
const engine = new Engine(compileBundled());
const pct = (x: number) => x.toFixed(3);
for (const language of LANGUAGES) {
  const corpus = JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../tests/corpus/${set}${language}.json`), 'utf8'),
  ) as LabelledDraft[];
  const e = evaluate(engine, corpus, language);
  console.log(
    `${language}: ${corpus.length} drafts  precision ${pct(e.overall.precision)}  recall ${pct(e.overall.recall)}  (tp ${e.overall.tp}, fp ${e.overall.fp}, fn ${e.overall.fn})`,
  );
  for (const [category, s] of Object.entries(e.byCategory)) {
    console.log(
      `   ${category.padEnd(12)} P ${pct(s.precision)}  R ${pct(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    );
  }
  if (verbose) {
    for (const fp of e.falsePositives) console.log(`   FP ${fp.id} ${fp.finding.ruleId}: "${fp.finding.text}"`);
    for (const fn of e.falseNegatives) console.log(`   FN ${fn.id} ${fn.category}: "${fn.text}"`);
  }
}
