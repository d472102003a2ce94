/**
 * Bank JSON from outside (a team URL, the policy's inline bank): one bank or an array of
 * banks (one per language), each validated with the same lint as an imported file. Problems
 * keep their JSON path, prefixed with the bank's index for arrays.
 */
import type { BankProblemView } from '../composer/messages';
import type { CompileOptions } from '../phrasebank/compile/compile';
import { lintBank, loadBank } from '../phrasebank/lint';
import type { Bank } from '../phrasebank/types';

export type BankTextResult =
  | { ok: true; banks: Bank[]; warnings: BankProblemView[] }
  | { ok: false; problems: BankProblemView[] };

export function parseBankText(text: string, options: CompileOptions): BankTextResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // loadBank words the syntax error the same way as for an imported file
    const result = loadBank(text, options);
    return { ok: false, problems: result.problems };
  }
  const items = Array.isArray(data) ? data : [data];
  const prefix = (i: number, path: string) => (Array.isArray(data) ? `/${i}${path === '/' ? '' : path}` : path);
  const problems: BankProblemView[] = [];
  const banks: Bank[] = [];
  const languages = new Set<string>();
  if (items.length === 0)
    return { ok: false, problems: [{ path: '/', message: 'no bank in the array', severity: 'error' }] };
  items.forEach((item, i) => {
    const found = lintBank(item, options).map((p) => ({ ...p, path: prefix(i, p.path) }));
    problems.push(...found);
    if (found.some((p) => p.severity === 'error')) return;
    const bank = item as Bank;
    if (languages.has(bank.language)) {
      problems.push({
        path: prefix(i, '/language'),
        message: `a second bank for "${bank.language}"`,
        severity: 'error',
      });
      return;
    }
    languages.add(bank.language);
    banks.push(bank);
  });
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, banks, warnings: problems };
}
