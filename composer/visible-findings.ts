/** The findings an agent should see: categories switched on, rules not ignored here or once. */
import type { Finding } from '../phrasebank/finding';
import type { Settings } from '../settings/settings';

export interface Visibility {
  settings: Pick<Settings, 'categories' | 'ignoredRules'>;
  /** the site the agent is on (rules are ignored per site) */
  origin: string;
  /** occurrence keys (finding-keys.ts) the agent chose to ignore once */
  ignoredOnce: ReadonlySet<string>;
}

export function visibleFindings(findings: readonly Finding[], keys: readonly string[], v: Visibility): Finding[] {
  const ignoredRules = new Set(v.settings.ignoredRules[v.origin] ?? []);
  return findings.filter(
    (f, i) => v.settings.categories[f.category] !== false && !ignoredRules.has(f.ruleId) && !v.ignoredOnce.has(keys[i]),
  );
}
