/**
 * Bank validation, the same everywhere (CLI, options import, team sync): JSON syntax,
 * the JSON Schema, then meaning (unique and sorted ids, references, patterns that
 * compile). Every problem names its JSON path; nothing throws.
 */
import { type CompileOptions, compileBank } from './compile/compile';
import { validate as validateSchema } from './schema-validator.generated.js';
import { type Bank, BankError, type BankProblem } from './types';

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const KNOWN_VARIABLES = new Set(['customer.name', 'agent.name', 'company.name', 'date', 'ticket.id', 'cursor']);

export type LoadResult = { ok: true; bank: Bank; problems: BankProblem[] } | { ok: false; problems: BankProblem[] };

/** Parses and validates bank JSON text; warnings do not make a bank invalid. */
export function loadBank(json: string, options: CompileOptions = {}): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, problems: [{ path: '/', message: `not valid JSON: ${(e as Error).message}`, severity: 'error' }] };
  }
  const problems = lintBank(data, options);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, bank: data as Bank, problems };
}

export function lintBank(data: unknown, options: CompileOptions = {}): BankProblem[] {
  if (!validateSchema(data)) {
    const errors = ((validateSchema as unknown as { errors: AjvError[] }).errors ?? []).map(schemaProblem);
    return dedupe(errors);
  }
  const bank = data as Bank;
  const problems: BankProblem[] = [];
  const error = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  const warn = (path: string, message: string) => problems.push({ path, message, severity: 'warning' });

  checkIds(bank.rules, '/rules', 'rule', error);
  checkIds(bank.modules, '/modules', 'module', error);

  const moduleIds = new Set(bank.modules.map((m) => m.id));
  const usedLexicons = new Set<string>();
  bank.rules.forEach((rule, i) => {
    rule.modules?.forEach((id, k) => {
      if (!moduleIds.has(id)) error(`/rules/${i}/modules/${k}`, `rule "${rule.id}" refers to module "${id}", which does not exist`);
    });
    for (const p of [...rule.patterns, ...(rule.exceptions ?? []), ...(rule.unlessSentence ?? [])]) {
      for (const m of p.matchAll(/@([\p{L}\p{N}_-]+)/gu)) usedLexicons.add(m[1]);
    }
    if (rule.message.includes('\n')) error(`/rules/${i}/message`, 'a message is one line');
  });
  // lexicons may use lexicons: collect every reference before judging any
  for (const entries of Object.values(bank.lexicons ?? {})) {
    for (const e of entries) for (const m of e.matchAll(/@([\p{L}\p{N}_-]+)/gu)) usedLexicons.add(m[1]);
  }
  for (const name of Object.keys(bank.lexicons ?? {})) {
    if (!usedLexicons.has(name)) warn(`/lexicons/${name}`, `lexicon "${name}" is not used by any pattern`);
  }
  bank.modules.forEach((module, i) => {
    for (const m of module.text.matchAll(/\{([^}|]*)(\|[^}]*)?\}/g)) {
      if (!KNOWN_VARIABLES.has(m[1].trim())) {
        error(`/modules/${i}/text`, `module "${module.id}" uses unknown variable {${m[1]}}; known: ${[...KNOWN_VARIABLES].join(', ')}`);
      }
    }
  });

  try {
    compileBank(bank, options);
  } catch (e) {
    if (e instanceof BankError) problems.push(...e.problems);
    else error('/', `cannot compile: ${(e as Error).message}`);
  }
  return problems;
}

function checkIds(items: { id: string }[], path: string, what: string, error: (path: string, message: string) => void) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) error(`${path}/${i}/id`, `duplicate ${what} id "${item.id}" (first at ${path}/${first})`);
    else seen.set(item.id, i);
    if (i > 0 && items[i - 1].id > item.id) {
      error(`${path}/${i}/id`, `${what} ids must be sorted: "${item.id}" comes before "${items[i - 1].id}"`);
    }
  });
}

function schemaProblem(e: AjvError): BankProblem {
  const path = e.instancePath || '/';
  let message = e.message ?? e.keyword;
  if (e.keyword === 'additionalProperties') message = `unknown property "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'required') message = `missing required property "${String(e.params.missingProperty)}"`;
  if (e.keyword === 'enum') message = `must be one of: ${(e.params.allowedValues as string[]).join(', ')}`;
  if (e.keyword === 'const') message = `must be ${JSON.stringify(e.params.allowedValue)}`;
  return { path, message, severity: 'error' };
}

function dedupe(problems: BankProblem[]): BankProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
