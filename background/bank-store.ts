/**
 * The banks in effect, per language: the bundled bank, then the policy's inline banks, the
 * team banks and the agent's own banks, merged in that order (mergeBanks: a later bank's rule
 * or module with the same id overrides). Custom banks live in storage.local; the compiled
 * result is cached in memory and in storage.local, keyed by a hash of what went into it, so a
 * restarted worker does not compile again.
 */
import type { BankProblemView, BankSource, BanksOverview, BankSummary, PageReply } from '../composer/messages';
import {
  COMPILED_FORMAT,
  type CompiledBank,
  type CompileOptions,
  compileBank,
  mergeBanks,
} from '../phrasebank/compile/compile';
import { LANGUAGES, type Language } from '../phrasebank/finding';
import { loadBank } from '../phrasebank/lint';
import type { Bank, PhraseModule } from '../phrasebank/types';
import { sha256 } from './hash';
import { errorText, isQuotaError, type StorageArea } from './storage';

export const BANKS_KEY = 'tactful.banks';
export const COMPILED_CACHE_KEY = 'tactful.compiledCache';

export interface CustomBankRecord {
  bank: Bank;
  enabled: boolean;
  importedAt: number;
}

interface StoredBanks {
  custom: CustomBankRecord[];
  /** key → false for switched-off bundled and team banks (custom banks carry their own flag) */
  disabled: string[];
}

export interface BankStoreDeps {
  local: StorageArea;
  bundled: Record<Language, Bank>;
  /** the bundled banks precompiled at build time (scripts/compile-banks.ts) */
  bundledCompiled: CompiledBank[];
  compileOptions: CompileOptions;
  /** the policy's inline banks and whether agents may add their own */
  policy: () => Promise<{ banks: Bank[]; allowCustomBanks: boolean }>;
  /** the last good team banks; `managed` when the policy set the URL */
  team: () => Promise<{ banks: Bank[]; managed: boolean }>;
  /** the languages the agent checks */
  languages: () => Promise<Language[]>;
  now?: () => number;
}

interface Source {
  key: string;
  source: BankSource;
  bank: Bank;
  enabled: boolean;
  locked: boolean;
}

const keyOf = (source: BankSource, id: string) => `${source}:${id}`;

export class BankStore {
  private readonly memo = new Map<string, CompiledBank>();
  private readonly compileErrors: Partial<Record<Language, string>> = {};
  private readonly inflight = new Map<Language, Promise<CompiledBank | null>>();

  constructor(private readonly deps: BankStoreDeps) {}

  private async stored(): Promise<StoredBanks> {
    const raw = (await this.deps.local.get(BANKS_KEY))[BANKS_KEY] as Partial<StoredBanks> | undefined;
    return { custom: raw?.custom ?? [], disabled: raw?.disabled ?? [] };
  }

  private async store(next: StoredBanks): Promise<void> {
    await this.deps.local.set({ [BANKS_KEY]: next });
    this.inflight.clear();
  }

  /** Every bank Tactful knows, in merge order, with its switch. */
  private async sources(): Promise<{ sources: Source[]; customAllowed: boolean }> {
    const [stored, policy, team] = await Promise.all([this.stored(), this.deps.policy(), this.deps.team()]);
    const disabled = new Set(stored.disabled);
    const sources: Source[] = [];
    for (const language of LANGUAGES) {
      const key = keyOf('bundled', this.deps.bundled[language].id);
      sources.push({
        key,
        source: 'bundled',
        bank: this.deps.bundled[language],
        enabled: !disabled.has(key),
        locked: false,
      });
    }
    for (const bank of policy.banks)
      sources.push({ key: keyOf('policy', bank.id), source: 'policy', bank, enabled: true, locked: true });
    for (const bank of team.banks) {
      const key = keyOf('team', bank.id);
      sources.push({ key, source: 'team', bank, enabled: team.managed || !disabled.has(key), locked: team.managed });
    }
    for (const record of stored.custom) {
      sources.push({
        key: keyOf('custom', record.bank.id),
        source: 'custom',
        bank: record.bank,
        enabled: record.enabled,
        locked: false,
      });
    }
    return { sources, customAllowed: policy.allowCustomBanks };
  }

  private static inEffect(source: Source, customAllowed: boolean): boolean {
    return source.enabled && (source.source !== 'custom' || customAllowed);
  }

  async overview(): Promise<BanksOverview> {
    const { sources, customAllowed } = await this.sources();
    // compiling the languages with more than the bundled bank reveals merge clashes (compileErrors)
    await Promise.all(LANGUAGES.map((l) => this.compiled(l).catch(() => null)));
    return { banks: sources.map(summaryOf), customAllowed, compileErrors: { ...this.compileErrors } };
  }

  async get(key: string): Promise<Bank | null> {
    const { sources } = await this.sources();
    return sources.find((s) => s.key === key)?.bank ?? null;
  }

  /** Validates with the same lint as the CLI; an invalid bank never replaces the stored one. */
  async importJson(json: string): Promise<PageReply<{ summary: BankSummary; warnings: BankProblemView[] }>> {
    const { customAllowed } = await this.sources();
    if (!customAllowed) return { ok: false, error: 'Your organisation does not allow your own banks.' };
    const result = loadBank(json, this.deps.compileOptions);
    if (!result.ok) return { ok: false, error: 'The bank is not valid.', problems: result.problems };
    const stored = await this.stored();
    const previous = stored.custom.find((r) => r.bank.id === result.bank.id);
    const record: CustomBankRecord = {
      bank: result.bank,
      enabled: previous?.enabled ?? true,
      importedAt: (this.deps.now ?? Date.now)(),
    };
    const custom = previous ? stored.custom.map((r) => (r === previous ? record : r)) : [...stored.custom, record];
    const failed = await this.tryStore({ ...stored, custom });
    if (failed) return failed;
    const summary = (await this.sources()).sources.find((s) => s.key === keyOf('custom', result.bank.id));
    return { ok: true, value: { summary: summaryOf(summary!), warnings: result.problems } };
  }

  async remove(key: string): Promise<PageReply<true>> {
    const stored = await this.stored();
    const custom = stored.custom.filter((r) => keyOf('custom', r.bank.id) !== key);
    if (custom.length === stored.custom.length) return { ok: false, error: 'Only your own banks can be removed.' };
    return (await this.tryStore({ ...stored, custom })) ?? { ok: true, value: true };
  }

  async setEnabled(key: string, enabled: boolean): Promise<PageReply<true>> {
    const { sources } = await this.sources();
    const source = sources.find((s) => s.key === key);
    if (!source) return { ok: false, error: 'No such bank.' };
    if (source.locked) return { ok: false, error: 'This bank is set by your organisation.' };
    const stored = await this.stored();
    const next: StoredBanks =
      source.source === 'custom'
        ? { ...stored, custom: stored.custom.map((r) => (keyOf('custom', r.bank.id) === key ? { ...r, enabled } : r)) }
        : {
            ...stored,
            disabled: enabled ? stored.disabled.filter((k) => k !== key) : [...new Set([...stored.disabled, key])],
          };
    return (await this.tryStore(next)) ?? { ok: true, value: true };
  }

  private async tryStore(next: StoredBanks): Promise<{ ok: false; error: string; quota: boolean } | null> {
    try {
      await this.store(next);
      return null;
    } catch (e) {
      return { ok: false, error: errorText(e), quota: isQuotaError(e) };
    }
  }

  /** Drops the compiled banks in memory (call after the policy, team banks or settings change). */
  invalidate(): void {
    this.inflight.clear();
  }

  /** The banks in effect for one language, merged; null when none is switched on. */
  private async merged(language: Language): Promise<{ bank: Bank; onlyBundled: boolean } | null> {
    const { sources, customAllowed } = await this.sources();
    const used = sources.filter((s) => s.bank.language === language && BankStore.inEffect(s, customAllowed));
    if (used.length === 0) return null;
    return {
      bank: used.length === 1 ? used[0].bank : mergeBanks(used.map((s) => s.bank)),
      onlyBundled: used.length === 1 && used[0].source === 'bundled',
    };
  }

  async modules(language: Language): Promise<PhraseModule[]> {
    return (await this.merged(language))?.bank.modules ?? [];
  }

  /**
   * The compiled bank of one language, or null when the agent does not check that language or
   * no bank of it is on. Compiled on first request; concurrent callers share one compilation.
   */
  async compiled(language: Language): Promise<CompiledBank | null> {
    if (!LANGUAGES.includes(language) || !(await this.deps.languages()).includes(language)) return null;
    let pending = this.inflight.get(language);
    if (!pending) {
      pending = this.compileLanguage(language);
      this.inflight.set(language, pending);
      pending.catch(() => this.inflight.delete(language));
    }
    return pending;
  }

  private async compileLanguage(language: Language): Promise<CompiledBank | null> {
    const bundled = this.deps.bundledCompiled.find((b) => b.language === language) ?? null;
    const merged = await this.merged(language);
    delete this.compileErrors[language];
    if (!merged) return null;
    if (merged.onlyBundled && bundled) return bundled;
    const hash = await sha256(JSON.stringify(merged.bank));
    const hit = this.memo.get(hash) ?? (await this.cachedOnDisk(language, hash));
    if (hit) {
      this.memo.set(hash, hit);
      return hit;
    }
    try {
      const compiled = compileBank(merged.bank, this.deps.compileOptions);
      this.memo.clear(); // keep one generation: old merges are not coming back
      this.memo.set(hash, compiled);
      await this.cacheOnDisk(language, hash, compiled);
      return compiled;
    } catch (e) {
      // Banks are validated one by one; a merge can still clash (e.g. a lexicon overridden badly).
      this.compileErrors[language] = errorText(e);
      return bundled;
    }
  }

  private async cachedOnDisk(language: Language, hash: string): Promise<CompiledBank | null> {
    const cache = (await this.deps.local.get(COMPILED_CACHE_KEY))[COMPILED_CACHE_KEY] as
      | Partial<Record<Language, { hash: string; compiled: CompiledBank }>>
      | undefined;
    const entry = cache?.[language];
    // a bank compiled by an earlier version in another compiled format is compiled again
    return entry?.hash === hash && entry.compiled?.format === COMPILED_FORMAT ? entry.compiled : null;
  }

  private async cacheOnDisk(language: Language, hash: string, compiled: CompiledBank): Promise<void> {
    try {
      const cache = ((await this.deps.local.get(COMPILED_CACHE_KEY))[COMPILED_CACHE_KEY] ?? {}) as Record<
        string,
        unknown
      >;
      await this.deps.local.set({ [COMPILED_CACHE_KEY]: { ...cache, [language]: { hash, compiled } } });
    } catch {
      // Only a cache: a full storage costs a compile at the next start, not correctness.
    }
  }
}

function summaryOf(s: Source): BankSummary {
  return {
    key: s.key,
    source: s.source,
    id: s.bank.id,
    name: s.bank.name,
    version: s.bank.version,
    language: s.bank.language,
    rules: s.bank.rules.length,
    modules: s.bank.modules.length,
    enabled: s.enabled,
    locked: s.locked,
  };
}
