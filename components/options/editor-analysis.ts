/**
 * What the editor shows about a draft: lint problems with their JSON paths, and when the bank
 * compiles, an engine for the try-it area and the rules' own examples run through it. The
 * same lint, compiler, engine and example runner as the CLI and CI.
 */
import { Engine } from '../../phrasebank/check';
import { type CompileOptions, compileBank } from '../../phrasebank/compile/compile';
import { type ExampleReport, runExamples } from '../../phrasebank/examples';
import { lintBank } from '../../phrasebank/lint';
import type { Bank, BankProblem } from '../../phrasebank/types';
import { normalizeDraft } from './editor-model';

export interface Analysis {
  problems: BankProblem[];
  engine: Engine | null;
  report: ExampleReport | null;
}

export function analyse(draft: Bank, options: CompileOptions): Analysis {
  const bank = normalizeDraft(draft);
  const problems = lintBank(bank, options);
  if (problems.some((p) => p.severity === 'error')) return { problems, engine: null, report: null };
  try {
    const engine = new Engine([compileBank(bank, options)]);
    return { problems, engine, report: runExamples(bank, options, engine) };
  } catch (e) {
    return {
      problems: [...problems, { path: '/', message: (e as Error).message, severity: 'error' }],
      engine: null,
      report: null,
    };
  }
}
