/**
 * The bundled banks are data linted like code: schema, sorted unique ids, references,
 * coverage the standard asks for, and every rule's examples pass through the real engine.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultForms } from '../../phrasebank/compile/english-forms';
import { runExamples } from '../../phrasebank/examples';
import { CATEGORIES, LANGUAGES } from '../../phrasebank/finding';
import { lintBank } from '../../phrasebank/lint';
import { type Bank, SITUATIONS } from '../../phrasebank/types';

const CORE_SITUATIONS = SITUATIONS.slice(0, 12);

describe.each(LANGUAGES)('bundled %s bank', (language) => {
  const bank = JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../phrasebank/banks/${language}.json`), 'utf8'),
  ) as Bank;

  it('lints clean', () => {
    const problems = lintBank(bank, { forms: defaultForms }).map((p) => `${p.severity} ${p.path}: ${p.message}`);
    expect(problems).toEqual([]);
  });

  it('has ≥ 60 rules, ≥ 8 per category, each with ≥ 2 flag and ≥ 2 allow examples', () => {
    expect(bank.rules.length).toBeGreaterThanOrEqual(60);
    for (const category of CATEGORIES) {
      expect(bank.rules.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(8);
    }
    for (const rule of bank.rules) {
      expect(rule.examples.flag.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.examples.allow.length, rule.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('has ≥ 40 modules covering the 12 core situations', () => {
    expect(bank.modules.length).toBeGreaterThanOrEqual(40);
    const situations = new Set(bank.modules.map((m) => m.situation));
    for (const s of CORE_SITUATIONS) expect(situations.has(s), s).toBe(true);
  });

  it('passes every rule example', () => {
    const report = runExamples(bank, { forms: defaultForms });
    const failures = report.failures.map((f) => `${f.ruleId} ${f.kind}: "${f.sentence}"`);
    expect(failures).toEqual([]);
    expect(report.passed).toBeGreaterThanOrEqual(bank.rules.length * 4);
  });
});
