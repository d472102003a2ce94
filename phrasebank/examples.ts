/**
 * Every rule carries sentences that must flag and sentences that must pass; this runs
 * them through the real engine. Used by `tactful test`, CI and the options try-it panel.
 */
import { Engine } from './check';
import { type CompileOptions, compileBank } from './compile/compile';
import type { Bank } from './types';

export interface ExampleFailure {
  ruleId: string;
  kind: 'flag' | 'allow';
  sentence: string;
  /** what the engine found in the sentence (rule ids), for the trainer to see why */
  found: string[];
}

export interface ExampleReport {
  passed: number;
  failed: number;
  failures: ExampleFailure[];
}

export function runExamples(bank: Bank, options: CompileOptions = {}, engine?: Engine): ExampleReport {
  const checker = engine ?? new Engine([compileBank(bank, options)]);
  const report: ExampleReport = { passed: 0, failed: 0, failures: [] };
  for (const rule of bank.rules) {
    if (rule.disabled) continue;
    for (const kind of ['flag', 'allow'] as const) {
      for (const sentence of rule.examples[kind]) {
        const found = checker.check(sentence, bank.language, true).map((f) => f.ruleId);
        const ok = kind === 'flag' ? found.includes(rule.id) : !found.includes(rule.id);
        if (ok) report.passed++;
        else {
          report.failed++;
          report.failures.push({ ruleId: rule.id, kind, sentence, found });
        }
      }
    }
  }
  return report;
}
