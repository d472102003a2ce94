import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { isLocked, loadPolicy, NO_POLICY, parsePolicy, POLICY_CACHE_KEY } = await import('../../settings/policy');

describe('policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps only well-formed entries', () => {
    expect(parsePolicy(undefined)).toEqual(NO_POLICY);
    expect(
      parsePolicy({
        teamBankUrl: ' https://x.example/b.json ',
        teamSyncIntervalMinutes: 30,
        inlineBank: '{"format":1}',
        allowCustomBanks: false,
        lockedSettings: { theme: 'dark', pickerTrigger: 5, unknown: 1 },
      }),
    ).toEqual({
      teamBankUrl: 'https://x.example/b.json',
      teamSyncIntervalMinutes: 30,
      inlineBank: '{"format":1}',
      allowCustomBanks: false,
      locked: { theme: 'dark' },
    });
    expect(parsePolicy({ teamBankUrl: 3, allowCustomBanks: 'no' })).toEqual(NO_POLICY);
    expect(isLocked(parsePolicy({ lockedSettings: { theme: 'dark' } }), 'theme')).toBe(true);
  });

  it('reads storage.managed and caches what it read', async () => {
    await fakeBrowser.storage.managed.set({ allowCustomBanks: false });
    expect((await loadPolicy()).allowCustomBanks).toBe(false);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY]).toMatchObject({
        allowCustomBanks: false,
      }),
    );
  });

  it('means no policy where managed storage is missing (Firefox without policies.json)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await loadPolicy()).toEqual(NO_POLICY);
  });
});
