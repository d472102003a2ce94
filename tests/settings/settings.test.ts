import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { DEFAULT_SETTINGS, loadOwnSettings, loadSettings, normalizeSettings, onSettingsChanged, saveSettings } =
  await import('../../settings/settings');
const { POLICY_CACHE_KEY } = await import('../../settings/policy');

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores each setting as its own sync item and writes only what changed', async () => {
    await saveSettings({ theme: 'dark', languages: ['pl'] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      'settings.theme': 'dark',
      'settings.languages': ['pl'],
    });
    await saveSettings({ pickerTrigger: '//' });
    expect((await loadSettings()).theme).toBe('dark');
    expect((await loadSettings()).pickerTrigger).toBe('//');
  });

  it('rejects invalid values instead of storing them, and ignores bad stored ones', async () => {
    await expect(saveSettings({ theme: 'neon' as never })).rejects.toThrow(/theme/);
    await expect(saveSettings({ pickerTrigger: '  ' })).rejects.toThrow(/pickerTrigger/);
    await fakeBrowser.storage.sync.set({ 'settings.languages': ['xx'], 'settings.categories': { runaround: false } });
    const settings = await loadOwnSettings();
    expect(settings.languages).toEqual(DEFAULT_SETTINGS.languages);
    expect(settings.categories).toEqual({ ...DEFAULT_SETTINGS.categories, runaround: false });
    expect(normalizeSettings({ uiLanguage: 'de' }).uiLanguage).toBe('auto');
  });

  it('puts the policy’s locked settings on top of the agent’s', async () => {
    await saveSettings({ theme: 'light', languages: ['ru'] });
    await fakeBrowser.storage.managed.set({
      lockedSettings: { theme: 'dark', ignoredRules: { x: ['y'] }, languages: ['de'] },
    });
    const settings = await loadSettings();
    expect(settings.theme).toBe('dark');
    expect(settings.languages).toEqual(['ru']); // an invalid locked value is ignored
    expect(settings.ignoredRules).toEqual({}); // and ignoredRules cannot be locked
    expect((await loadOwnSettings()).theme).toBe('light');
  });

  it('calls back with the settings in effect after the agent’s or the policy’s change', async () => {
    const seen: string[] = [];
    const stop = onSettingsChanged((s) => seen.push(s.theme));
    await saveSettings({ theme: 'light' });
    await vi.waitFor(() => expect(seen).toEqual(['light']));
    await fakeBrowser.storage.managed.set({ lockedSettings: { theme: 'dark' } });
    await vi.waitFor(() => expect(seen).toEqual(['light', 'dark']));
    stop();
    await saveSettings({ theme: 'auto' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['light', 'dark']);
  });

  it('uses the cached policy while storage.managed is slow to answer (browser start-up)', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { locked: { theme: 'dark' }, allowCustomBanks: true } });
    const slow = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => {}));
    expect((await loadSettings()).theme).toBe('dark');
    slow.mockRestore();
  });
});
