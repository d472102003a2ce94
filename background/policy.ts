/**
 * The policy as the background needs it: the parsed settings part (settings/policy.ts) plus
 * the inline bank, validated once per policy text. A bad inline bank is reported, never used.
 */
import type { BankProblemView } from '../composer/messages';
import type { CompileOptions } from '../phrasebank/compile/compile';
import type { Bank } from '../phrasebank/types';
import type { ManagedPolicy } from '../settings/policy';
import { parseBankText } from './bank-text';

export interface BackgroundPolicy {
  policy: ManagedPolicy;
  banks: Bank[];
  problems: BankProblemView[];
}

export class PolicyBanks {
  private cached: { text: string | null; banks: Bank[]; problems: BankProblemView[] } | null = null;

  constructor(
    private readonly load: () => Promise<ManagedPolicy>,
    private readonly options: CompileOptions,
  ) {}

  async current(): Promise<BackgroundPolicy> {
    const policy = await this.load();
    if (!this.cached || this.cached.text !== policy.inlineBank) {
      const result = policy.inlineBank ? parseBankText(policy.inlineBank, this.options) : null;
      this.cached = {
        text: policy.inlineBank,
        banks: result?.ok ? result.banks : [],
        problems: result ? (result.ok ? result.warnings : result.problems) : [],
      };
    }
    return { policy, banks: this.cached.banks, problems: this.cached.problems };
  }
}
