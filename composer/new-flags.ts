/**
 * Which findings are new to this composer session: each rule+text occurrence counts once,
 * however often the draft is re-checked (stats and the screen-reader summary rely on it).
 */
import type { Finding } from '../phrasebank/finding';
import { occurrenceKeys } from './finding-keys';

export class NewFlagTracker {
  private readonly seen = new Set<string>();

  newOnes(findings: readonly Finding[], keys: readonly string[] = occurrenceKeys(findings)): Finding[] {
    const fresh: Finding[] = [];
    findings.forEach((f, i) => {
      if (this.seen.has(keys[i])) return;
      this.seen.add(keys[i]);
      fresh.push(f);
    });
    return fresh;
  }
}
