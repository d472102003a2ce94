import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HunspellForms, type HunspellLanguage } from '../compile/hunspell';
import { fold } from '../tokenize';
import type { Io } from './main';

const USAGE = 'usage: tactful forms BANK [--write]';
const LEMMA = /\{([^}|]+)\}/g;

interface BankLike {
  language?: unknown;
  lexicons?: Record<string, unknown>;
  rules?: { patterns?: unknown; exceptions?: unknown; unlessSentence?: unknown }[];
  forms?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * `tactful forms BANK [--write]`: word forms for {lemma} in Polish and Russian banks, from
 * the Hunspell dictionaries. Prints the `forms` table, or writes it into the bank with --write.
 * Forms a trainer added by hand to a lemma's list are kept (the dictionary misses some
 * irregular forms); entries for lemmas no pattern uses any more are dropped.
 */
export function formsCommand(argv: string[], io: Io): number {
  let write: boolean;
  let file: string;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { write: { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'forms needs a BANK file' : 'forms takes one BANK file');
    write = values.write === true;
    file = positionals[0];
  } catch (e) {
    io.err(`tactful forms: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }

  let bank: BankLike;
  try {
    bank = JSON.parse(io.readFile(file)) as BankLike;
  } catch (e) {
    io.err(`${file}: ${(e as Error).message}`);
    return 2;
  }
  if (typeof bank !== 'object' || bank === null || Array.isArray(bank)) {
    io.err(`${file}: not a phrase bank (expected a JSON object)`);
    return 2;
  }
  const language = bank.language;
  if (language === 'en') {
    io.err(`${file}: an English bank needs no "forms": English {lemma} forms come from compromise at compile time`);
    return 2;
  }
  if (language !== 'pl' && language !== 'ru') {
    io.err(`${file}: "language" must be pl or ru for tactful forms (found ${JSON.stringify(language)})`);
    return 2;
  }

  const lemmas = collectLemmas(bank);
  const existing = ownForms(bank);
  const dictionary = HunspellForms.load(language as HunspellLanguage);
  const forms: Record<string, string[]> = {};
  const missing: string[] = [];
  for (const lemma of lemmas) {
    const found = dictionary.forms(lemma);
    const kept = existing.get(fold(lemma)) ?? [];
    if (!found && kept.length === 0) {
      missing.push(lemma);
      continue;
    }
    if (!found) io.err(`${file}: "{${lemma}}" is not in the ${language} dictionary; kept the bank's own forms`);
    forms[lemma] = [...new Set([...(found ?? [lemma]), ...kept])].sort();
  }
  const used = new Set(lemmas.map(fold));
  const dropped = [...existing.keys()].filter((k) => !used.has(k));
  if (dropped.length) io.err(`${file}: dropped forms of lemmas no pattern uses: ${dropped.join(', ')}`);

  if (write) {
    writeFileSync(file, `${JSON.stringify(withForms(bank, forms), null, 2)}\n`);
    io.out(`${file}: forms for ${Object.keys(forms).length} of ${lemmas.length} lemma${lemmas.length === 1 ? '' : 's'} written`);
  } else {
    io.out(JSON.stringify(forms, null, 2));
  }
  if (missing.length) {
    io.err(`${file}: not in the ${language} dictionary: ${missing.map((l) => `{${l}}`).join(', ')}`);
    io.err('  add their forms to "forms" by hand, or use a stem like zepsu* in the pattern');
    return 1;
  }
  return 0;
}

/** Every {lemma} of rules' patterns, exceptions and unlessSentence and of lexicon entries, sorted, one per folded form. */
function collectLemmas(bank: BankLike): string[] {
  const sources: string[] = [];
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  for (const rule of Array.isArray(bank.rules) ? bank.rules : []) {
    sources.push(...strings(rule?.patterns), ...strings(rule?.exceptions), ...strings(rule?.unlessSentence));
  }
  for (const entries of Object.values(bank.lexicons ?? {})) sources.push(...strings(entries));
  const byFold = new Map<string, string>();
  for (const source of sources) {
    for (const m of source.matchAll(LEMMA)) {
      const lemma = m[1].trim().toLowerCase();
      // {zepsuć} and {zepsuc} are one lemma to the compiler (keys are matched after fold).
      if (lemma && !byFold.has(fold(lemma))) byFold.set(fold(lemma), lemma);
    }
  }
  return [...byFold.values()].sort();
}

/** The bank's current forms table, keyed by folded lemma. */
function ownForms(bank: BankLike): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [lemma, list] of Object.entries(bank.forms ?? {})) {
    if (!Array.isArray(list)) continue;
    const key = fold(lemma);
    out.set(key, [...(out.get(key) ?? []), ...list.filter((s): s is string => typeof s === 'string')]);
  }
  return out;
}

/** The bank with `forms` right after `lexicons` (or before `rules`), other keys in their order. */
function withForms(bank: BankLike, forms: Record<string, string[]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const empty = Object.keys(forms).length === 0;
  const anchor = 'lexicons' in bank ? 'lexicons' : null;
  let placed = empty;
  for (const [key, value] of Object.entries(bank)) {
    if (key === 'forms') continue;
    if (!placed && !anchor && key === 'rules') {
      out.forms = forms;
      placed = true;
    }
    out[key] = value;
    if (!placed && key === anchor) {
      out.forms = forms;
      placed = true;
    }
  }
  if (!placed) out.forms = forms;
  return out;
}
