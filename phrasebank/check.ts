/**
 * The engine seam: banks + text → findings.
 * WALKING SKELETON ONLY: one hard-coded stop-phrase until the phrase-bank engine lands.
 */
import type { Finding } from './finding';

export function check(text: string): Finding[] {
  const findings: Finding[] = [];
  const re = /\bcalm down\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    findings.push({
      ruleId: 'stop-phrase.calm-down',
      category: 'stop-phrase',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      message: '“Calm down” tells the customer their feelings are wrong; acknowledge them instead.',
      suggestions: [{ kind: 'replace', text: 'I understand how frustrating this is' }],
    });
  }
  return findings;
}
