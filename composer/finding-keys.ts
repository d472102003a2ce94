/**
 * A finding's identity across re-checks, where offsets shift with every keystroke: its
 * rule, its text and which occurrence of that pair in the draft it is.
 */
import type { Finding } from '../phrasebank/finding';

/** One key per finding, in the findings' order (which must be the draft's order). */
export function occurrenceKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}\u0000${f.text.toLowerCase()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0000${n}`;
  });
}
