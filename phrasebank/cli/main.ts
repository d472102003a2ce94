/**
 * `tactful` — the trainers' command line: check drafts, lint banks, run banks' examples,
 * fill Polish/Russian word forms. Exit codes: 0 clean, 1 findings/failures, 2 usage or bank error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Engine } from '../check';
import { compileBank, mergeBanks } from '../compile/compile';
import { loadModels } from './bundled-models';
import { defaultForms } from '../compile/english-forms';
import { detectLanguage } from '../detect-language';
import { runExamples } from '../examples';
import { LANGUAGES, type Language } from '../finding';
import { loadBank } from '../lint';
import type { Bank, BankProblem } from '../types';

const USAGE = `Usage:
  tactful check [--lang auto|en|pl|ru] [--bank FILE]... [--no-default-banks] [--format text|json] FILE...|-
  tactful lint BANK...
  tactful test BANK...
  tactful forms BANK [--write]    (fill "forms" for {lemma} patterns from Hunspell dictionaries; pl/ru)

Exit status: 0 nothing found / all passed, 1 findings or failures, 2 usage or bank error.`;

class UsageError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (path: string) => string;
  readStdin: () => string;
}

/** The bundled bank of a language, read from disk when needed (a trainer may lint one alone). */
function bundledBank(language: Language): Bank {
  return JSON.parse(readFileSync(new URL(`../banks/${language}.json`, import.meta.url), 'utf8')) as Bank;
}

const nodeIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
};

export function formatProblems(file: string, problems: BankProblem[]): string[] {
  return problems.map((p) => `${file}: ${p.severity} at ${p.path}: ${p.message}`);
}

/** Reads and validates bank files; throws UsageError-like exit 2 on the first invalid one. */
function readBanks(files: string[], io: Io): Bank[] {
  const banks: Bank[] = [];
  let bad = false;
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (e) {
      io.err(`${file}: cannot read: ${(e as Error).message}`);
      bad = true;
      continue;
    }
    const result = loadBank(text, { forms: defaultForms });
    for (const line of formatProblems(file, result.problems)) io.err(line);
    if (result.ok) banks.push(result.bank);
    else bad = true;
  }
  if (bad) throw new BankFailure();
  return banks;
}

class BankFailure extends Error {}

function checkCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'auto' },
      bank: { type: 'string', multiple: true, default: [] },
      'no-default-banks': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
    },
  });
  const lang = values.lang as string;
  if (lang !== 'auto' && !LANGUAGES.includes(lang as Language)) throw new UsageError(`unknown --lang ${lang}`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format ${values.format}`);
  if (positionals.length === 0) throw new UsageError('check needs at least one FILE (or - for standard input)');
  const extra = readBanks(values.bank as string[], io);
  const byLanguage = new Map<Language, Bank[]>();
  if (!values['no-default-banks']) for (const l of LANGUAGES) byLanguage.set(l, [bundledBank(l)]);
  for (const bank of extra) byLanguage.set(bank.language, [...(byLanguage.get(bank.language) ?? []), bank]);
  if (byLanguage.size === 0) throw new UsageError('no banks: --no-default-banks needs at least one --bank');
  // the bundled standard's sentence models (scripts/train-models.ts) check with the bundled
  // banks alone, as in the extension: a trainer's own bank gets its rules only
  const models = values['no-default-banks'] ? null : loadModels();
  const engine = new Engine(
    [...byLanguage].map(([language, banks]) => {
      const compiled = compileBank(mergeBanks(banks), { forms: defaultForms });
      const model = banks.length === 1 ? models?.[language] : undefined;
      return model ? { ...compiled, model } : compiled;
    }),
  );

  const results = positionals.map((file) => {
    const text = file === '-' ? io.readStdin() : io.readFile(file);
    textCache.set(file, text);
    const language = lang === 'auto' ? detectLanguage(text, engine.languages[0]) : (lang as Language);
    return { file, lang: language, findings: engine.check(text, language) };
  });
  if (values.format === 'json') io.out(JSON.stringify(results, null, 2));
  else {
    for (const r of results) {
      for (const f of r.findings) {
        const { line, column } = lineColumn(io, r.file, f.start);
        const fixes = f.suggestions.filter((s) => s.kind === 'replace').map((s) => (s as { text: string }).text);
        io.out(`${r.file}:${line}:${column}: ${f.category} [${f.ruleId}] "${f.text}" — ${f.message}`);
        if (fixes.length) io.out(`    try: ${fixes.map((x) => `"${x}"`).join(' / ')}`);
      }
    }
    const total = results.reduce((n, r) => n + r.findings.length, 0);
    io.out(`${total} finding${total === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}`);
  }
  return results.some((r) => r.findings.length > 0) ? 1 : 0;
}

const textCache = new Map<string, string>();
function lineColumn(io: Io, file: string, offset: number) {
  let text = textCache.get(file);
  if (text === undefined) {
    text = io.readFile(file);
    textCache.set(file, text);
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function lintCommand(argv: string[], io: Io): number {
  if (argv.length === 0) throw new UsageError('lint needs at least one BANK file');
  let errors = 0;
  for (const file of argv) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (e) {
      io.err(`${file}: cannot read: ${(e as Error).message}`);
      errors++;
      continue;
    }
    const result = loadBank(text, { forms: defaultForms });
    for (const line of formatProblems(file, result.problems)) io.out(line);
    const n = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - n;
    errors += n;
    if (n === 0) {
      const size = result.ok ? `${result.bank.rules.length} rules, ${result.bank.modules.length} modules` : '';
      // "ok" alone would hide the warnings printed above it
      const warned = warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
      io.out(`${file}: ok (${size}${warned})`);
    }
  }
  return errors > 0 ? 2 : 0;
}

function testCommand(argv: string[], io: Io): number {
  if (argv.length === 0) throw new UsageError('test needs at least one BANK file');
  let passed = 0;
  let failed = 0;
  for (const [k, bank] of readBanks(argv, io).entries()) {
    const report = runExamples(bank, { forms: defaultForms });
    for (const f of report.failures) {
      const why = f.kind === 'flag' ? 'should flag but did not' : 'should pass but was flagged';
      io.out(
        `FAIL ${argv[k]} ${f.ruleId} (${why}): "${f.sentence}"${f.found.length ? ` — found: ${f.found.join(', ')}` : ''}`,
      );
    }
    passed += report.passed;
    failed += report.failed;
  }
  io.out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return checkCommand(rest, io);
      case 'lint':
        return lintCommand(rest, io);
      case 'test':
        return testCommand(rest, io);
      case 'forms': {
        const { formsCommand } = await import('./forms-command');
        return formsCommand(rest, io);
      }
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof BankFailure) return 2;
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`tactful: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if ((e as { code?: string }).code === 'ENOENT') {
      io.err(`tactful: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}

export { UsageError };
