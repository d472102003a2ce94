import { describe, expect, it, vi } from 'vitest';
import { BANKS_KEY, BankStore, type BankStoreDeps, COMPILED_CACHE_KEY } from '../../background/bank-store';
import { Engine } from '../../phrasebank/check';
import type { Language } from '../../phrasebank/finding';
import type { Bank } from '../../phrasebank/types';
import { BUNDLED, BUNDLED_COMPILED, bank, COMPILE, MemoryArea, quotaError, rule } from './fixtures';

function store(overrides: Partial<BankStoreDeps> = {}) {
  const local = new MemoryArea();
  const deps: BankStoreDeps = {
    local,
    bundled: BUNDLED,
    bundledCompiled: BUNDLED_COMPILED,
    compileOptions: COMPILE,
    policy: async () => ({ banks: [], allowCustomBanks: true }),
    team: async () => ({ banks: [], managed: false }),
    languages: async () => ['en', 'pl', 'ru'] as Language[],
    now: () => 1000,
    ...overrides,
  };
  return { banks: new BankStore(deps), local, deps };
}

const json = (b: Bank) => JSON.stringify(b);
const custom = bank('my-en', 'en', [rule('stop-phrase.simmer-down', ['simmer down'])]);

async function findings(banks: BankStore, text: string, language: Language = 'en') {
  const compiled = await banks.compiled(language);
  return compiled ? new Engine([compiled]).check(text, language).map((f) => f.ruleId) : [];
}

describe('BankStore', () => {
  it('serves the precompiled bundled bank when nothing else is in effect', async () => {
    const { banks } = store();
    expect(await banks.compiled('en')).toBe(BUNDLED_COMPILED[0]);
    expect(await banks.modules('en')).toEqual([]);
  });

  it('imports a valid bank and merges it over the bundled one', async () => {
    const { banks } = store();
    const reply = await banks.importJson(json(custom));
    expect(reply).toMatchObject({
      ok: true,
      value: { summary: { key: 'custom:my-en', rules: 1, enabled: true, source: 'custom' } },
    });
    // (two sentences: side by side in one, the two would be one flag)
    expect(await findings(banks, 'Please calm down. Simmer down.')).toEqual([
      'stop-phrase.calm-down',
      'stop-phrase.simmer-down',
    ]);
  });

  it('lets a custom rule override a bundled rule by id', async () => {
    const { banks } = store();
    const override = bank('my-en', 'en', [rule('stop-phrase.calm-down', ['calm down'], { message: 'our own words' })]);
    await banks.importJson(json(override));
    const compiled = await banks.compiled('en');
    expect(compiled?.rules.map((r) => [r.id, r.message])).toEqual([['stop-phrase.calm-down', 'our own words']]);
  });

  it('never replaces the last good bank with an invalid one, and reports every problem with its path', async () => {
    const { banks, local } = store();
    await banks.importJson(json(custom));
    const before = structuredClone(local.data.get(BANKS_KEY));
    const bad = {
      ...custom,
      version: '2.0.0',
      rules: [{ ...custom.rules[0], category: 'rudeness', message: undefined }],
    };
    const reply = await banks.importJson(JSON.stringify(bad));
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problems?.map((p) => p.path)).toEqual(expect.arrayContaining(['/rules/0', '/rules/0/category']));
    expect(local.data.get(BANKS_KEY)).toEqual(before);
    expect((await banks.importJson('{ nope')).ok).toBe(false);
    expect(local.data.get(BANKS_KEY)).toEqual(before);
  });

  it('replaces a custom bank of the same id and keeps its switch', async () => {
    const { banks } = store();
    await banks.importJson(json(custom));
    await banks.setEnabled('custom:my-en', false);
    await banks.importJson(json({ ...custom, version: '1.1.0' }));
    const overview = await banks.overview();
    const mine = overview.banks.filter((b) => b.source === 'custom');
    expect(mine).toEqual([expect.objectContaining({ version: '1.1.0', enabled: false })]);
  });

  it('switches banks off, bundled ones included', async () => {
    const { banks } = store();
    await banks.importJson(json(custom));
    await banks.setEnabled('custom:my-en', false);
    expect(await findings(banks, 'Please calm down and simmer down.')).toEqual(['stop-phrase.calm-down']);
    await banks.setEnabled('bundled:tactful-en', false);
    expect(await banks.compiled('en')).toBeNull();
    await banks.setEnabled('custom:my-en', true);
    expect(await findings(banks, 'Please calm down and simmer down.')).toEqual(['stop-phrase.simmer-down']);
  });

  it('removes only custom banks', async () => {
    const { banks } = store();
    await banks.importJson(json(custom));
    expect((await banks.remove('bundled:tactful-en')).ok).toBe(false);
    expect((await banks.remove('custom:my-en')).ok).toBe(true);
    expect((await banks.overview()).banks.map((b) => b.key)).toEqual([
      'bundled:tactful-en',
      'bundled:tactful-pl',
      'bundled:tactful-ru',
    ]);
  });

  it('merges policy, team and custom banks in that order; policy and managed team banks are locked on', async () => {
    const policyBank = bank('org-en', 'en', [rule('stop-phrase.org', ['frobnicate'])]);
    const teamBank = bank('team-en', 'en', [rule('stop-phrase.org', ['frobnicate'], { message: 'team wins' })]);
    const { banks } = store({
      policy: async () => ({ banks: [policyBank], allowCustomBanks: true }),
      team: async () => ({ banks: [teamBank], managed: true }),
    });
    const compiled = await banks.compiled('en');
    expect(compiled?.rules.find((r) => r.id === 'stop-phrase.org')?.message).toBe('team wins');
    const overview = await banks.overview();
    expect(overview.banks.filter((b) => b.locked).map((b) => b.key)).toEqual(['policy:org-en', 'team:team-en']);
    expect((await banks.setEnabled('policy:org-en', false)).ok).toBe(false);
  });

  it('refuses and ignores the agent’s own banks when the policy forbids them', async () => {
    let allowed = true;
    const { banks } = store({ policy: async () => ({ banks: [], allowCustomBanks: allowed }) });
    await banks.importJson(json(custom));
    allowed = false;
    banks.invalidate();
    expect(await banks.importJson(json(custom))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not allow/),
    });
    expect(await findings(banks, 'Please simmer down.')).toEqual([]);
    expect((await banks.overview()).customAllowed).toBe(false);
  });

  it('only compiles the languages the agent checks', async () => {
    const { banks } = store({ languages: async () => ['pl'] as Language[] });
    expect(await banks.compiled('en')).toBeNull();
    expect(await banks.compiled('pl')).toBe(BUNDLED_COMPILED[1]);
  });

  it('shows a full storage instead of failing silently', async () => {
    const { banks, local } = store();
    local.failWith = quotaError();
    expect(await banks.importJson(json(custom))).toMatchObject({
      ok: false,
      quota: true,
      error: 'QUOTA_BYTES quota exceeded',
    });
  });

  it('caches a compiled merge in storage so a restarted worker does not compile again', async () => {
    const forms = vi.fn(COMPILE.forms);
    const first = store({ compileOptions: { forms } });
    await first.banks.importJson(json(bank('my-en', 'en', [rule('stop-phrase.blame', ['{blame} you'])]))); // {blame} needs forms
    await first.banks.compiled('en');
    expect(first.local.data.get(COMPILED_CACHE_KEY)).toHaveProperty('en.hash');
    const calls = forms.mock.calls.length;
    const second = new BankStore({ ...first.deps, compileOptions: { forms } });
    expect((await second.compiled('en'))?.rules.map((r) => r.id)).toEqual([
      'stop-phrase.calm-down',
      'stop-phrase.blame',
    ]);
    expect(forms.mock.calls.length).toBe(calls);
  });

  it('compiles again over a cached bank of an earlier compiled format', async () => {
    const forms = vi.fn(COMPILE.forms);
    const first = store({ compileOptions: { forms } });
    await first.banks.importJson(json(bank('my-en', 'en', [rule('stop-phrase.blame', ['{blame} you'])])));
    await first.banks.compiled('en');
    const cached = first.local.data.get(COMPILED_CACHE_KEY) as { en: { hash: string; compiled: { format: number } } };
    cached.en.compiled = { ...cached.en.compiled, format: 1 }; // what the version before format 2 stored
    const calls = forms.mock.calls.length;
    const second = new BankStore({ ...first.deps, compileOptions: { forms } });
    const compiled = await second.compiled('en');
    expect(forms.mock.calls.length).toBeGreaterThan(calls);
    expect(compiled && new Engine([compiled]).check('I blame you', 'en').map((f) => f.ruleId)).toEqual([
      'stop-phrase.blame',
    ]);
  });

  it('shares one compilation between concurrent requests', async () => {
    const { banks } = store();
    await banks.importJson(json(custom));
    const [a, b] = await Promise.all([banks.compiled('en'), banks.compiled('en')]);
    expect(a).toBe(b);
  });
});
