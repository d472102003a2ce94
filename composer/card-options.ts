/**
 * What a suggestion card offers for a finding, in order: its replacements, then the phrase
 * modules its rule recommends that exist in the draft's language. Enter picks the first.
 */
import type { Finding } from '../phrasebank/finding';
import type { PhraseModule } from '../phrasebank/types';

export type CardOption = { kind: 'replace'; text: string } | { kind: 'module'; module: PhraseModule };

export function cardOptions(finding: Finding, modules: readonly PhraseModule[] | null): CardOption[] {
  const options: CardOption[] = [];
  for (const s of finding.suggestions) if (s.kind === 'replace') options.push({ kind: 'replace', text: s.text });
  const byId = new Map((modules ?? []).map((m) => [m.id, m]));
  for (const s of finding.suggestions) {
    const module = s.kind === 'module' ? byId.get(s.moduleId) : undefined;
    if (module) options.push({ kind: 'module', module });
  }
  return options;
}
