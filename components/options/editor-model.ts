/**
 * The bank editor's draft operations, pure and DOM-free: new banks, rules and modules,
 * copying a rule from the bank in effect (with the lexicons and modules it needs, so the
 * custom bank is valid on its own), and the sorted form lint expects.
 */
import type { Category, Language } from '../../phrasebank/finding';
import type { Bank, PhraseModule, Rule, Situation } from '../../phrasebank/types';

export function newBank(language: Language, id = `my-${language}`): Bank {
  return {
    format: 1,
    id,
    name: `My ${language.toUpperCase()} bank`,
    version: '1.0.0',
    language,
    lexicons: {},
    rules: [],
    modules: [],
  };
}

/** An id not used yet: base, base-2, base-3, … */
export function freeId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function newRule(bank: Bank, category: Category = 'stop-phrase'): Rule {
  return {
    id: freeId(
      `${category}.new-rule`,
      bank.rules.map((r) => r.id),
    ),
    category,
    patterns: [],
    message: '',
    examples: { flag: [], allow: [] },
  };
}

export function newModule(bank: Bank, situation: Situation = 'greeting'): PhraseModule {
  return {
    id: freeId(
      `${situation}.new-module`,
      bank.modules.map((m) => m.id),
    ),
    situation,
    title: '',
    text: '',
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Rules and modules sorted by id (lint requires it), empty optional fields dropped. */
export function normalizeDraft(bank: Bank): Bank {
  const rules = bank.rules.map(cleanRule).sort(byId);
  const modules = bank.modules.map(cleanModule).sort(byId);
  const out: Bank = { ...bank, rules, modules };
  if (out.lexicons && Object.keys(out.lexicons).length === 0) delete out.lexicons;
  if (out.forms && Object.keys(out.forms).length === 0) delete out.forms;
  if (!out.description) delete out.description;
  return out;
}

function cleanRule(rule: Rule): Rule {
  const out: Rule = { ...rule };
  for (const key of ['replacements', 'modules', 'exceptions'] as const) if (out[key]?.length === 0) delete out[key];
  if (out.negatable === undefined) delete out.negatable;
  if (!out.disabled) delete out.disabled;
  return out;
}

function cleanModule(module: PhraseModule): PhraseModule {
  const out = { ...module };
  if (out.tags?.length === 0) delete out.tags;
  return out;
}

export function replaceAt<T>(list: T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/**
 * Puts a rule of another bank into the draft (same id: it overrides the original once merged),
 * with the lexicons its patterns use and the modules it suggests, unless the draft has them.
 */
export function copyRuleInto(draft: Bank, from: Bank, ruleId: string): Bank {
  const rule = from.rules.find((r) => r.id === ruleId);
  if (!rule) return draft;
  const lexicons = { ...(draft.lexicons ?? {}) };
  const pending = [...rule.patterns, ...(rule.exceptions ?? [])];
  const texts = [...pending];
  while (pending.length > 0) {
    const pattern = pending.pop()!;
    for (const m of pattern.matchAll(/@([\p{L}\p{N}_-]+)/gu)) {
      const name = m[1];
      const entries = from.lexicons?.[name];
      if (lexicons[name] || !entries) continue;
      lexicons[name] = entries;
      pending.push(...entries);
      texts.push(...entries);
    }
  }
  const modules = [...draft.modules];
  for (const id of rule.modules ?? []) {
    const module = from.modules.find((m) => m.id === id);
    if (module && !modules.some((m) => m.id === id)) modules.push(module);
  }
  const forms = { ...(draft.forms ?? {}) };
  for (const [lemma, list] of Object.entries(from.forms ?? {})) {
    if (!forms[lemma] && texts.some((p) => p.includes(`{${lemma}}`))) forms[lemma] = list;
  }
  const rules = [...draft.rules.filter((r) => r.id !== rule.id), structuredClone(rule)];
  return normalizeDraft({ ...draft, lexicons, forms, rules, modules });
}

/** Text areas hold one item per line. */
export const toLines = (list: string[] | undefined) => (list ?? []).join('\n');
export const fromLines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
