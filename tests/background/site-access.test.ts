import { describe, expect, it, vi } from 'vitest';
import { OPT_IN_SCRIPT_ID, type ScriptingApi, SiteAccess } from '../../background/site-access';
import { type ManagedPolicy, NO_POLICY } from '../../settings/policy';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';

type Script = Awaited<ReturnType<ScriptingApi['getRegisteredContentScripts']>>[number];

function setup(initial: Partial<Settings> = {}, policy: Partial<ManagedPolicy> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const granted = new Set<string>();
  const scripts = new Map<string, Script>();
  const injected: number[] = [];
  const scripting: ScriptingApi = {
    getRegisteredContentScripts: async (filter) =>
      [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    registerContentScripts: async (list) => {
      for (const s of list) scripts.set(s.id, s);
    },
    updateContentScripts: async (list) => {
      for (const s of list) scripts.set(s.id, { ...scripts.get(s.id), ...s });
    },
    unregisterContentScripts: async (filter) => {
      for (const id of filter?.ids ?? []) scripts.delete(id);
    },
    executeScript: async (injection) => {
      injected.push(injection.target.tabId);
    },
  };
  const hasContentScript = vi.fn(async (_tabId: number) => false);
  const access = new SiteAccess({
    scripting,
    permissions: {
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
      remove: async ({ origins }) => origins.every((o) => granted.delete(o)),
    },
    contentScript: () => ({ js: ['content-script.js'], css: [] }),
    loadOwnSettings: async () => settings,
    loadSettings: async () => ({ ...settings, ...policy.locked }),
    saveSettings: async (patch) => {
      settings = { ...settings, ...patch };
    },
    policy: async () => ({ ...NO_POLICY, ...policy }),
    hasContentScript,
  });
  return { access, granted, scripts, injected, hasContentScript, settings: () => settings };
}

describe('SiteAccess', () => {
  it('turns a supported site off and on with the deny list; no permission involved', async () => {
    const { access, settings } = setup();
    expect(await access.setSite('https://acme.zendesk.com', false)).toEqual({
      ok: true,
      value: { enabled: false, needsPermission: false },
    });
    expect(settings().deniedSites).toEqual(['https://acme.zendesk.com']);
    expect(await access.setSite('https://acme.zendesk.com', true)).toEqual({
      ok: true,
      value: { enabled: true, needsPermission: false },
    });
    expect(settings().deniedSites).toEqual([]);
    expect(settings().allowedSites).toEqual([]);
  });

  it('opts a site in: waits for the permission, then registers a persisted script and injects it once', async () => {
    const { access, granted, scripts, injected, hasContentScript, settings } = setup();
    expect(await access.setSite('https://support.acme.com', true, 7)).toEqual({
      ok: true,
      value: { enabled: false, needsPermission: true },
    });
    expect(settings().allowedSites).toEqual(['https://support.acme.com']);
    expect(scripts.size).toBe(0);

    granted.add('https://support.acme.com/*');
    expect(await access.setSite('https://support.acme.com', true, 7)).toEqual({
      ok: true,
      value: { enabled: true, needsPermission: false },
    });
    expect(scripts.get(OPT_IN_SCRIPT_ID)).toMatchObject({
      matches: ['https://support.acme.com/*'],
      js: ['content-script.js'],
      allFrames: true,
      persistAcrossSessions: true,
    });
    expect(injected).toEqual([7]);
    hasContentScript.mockResolvedValueOnce(true);
    await access.setSite('https://support.acme.com', true, 7);
    expect(injected).toEqual([7]);
  });

  it('turning an opted-in site off drops its permission and its registration', async () => {
    const { access, granted, scripts, settings } = setup({
      allowedSites: ['https://support.acme.com', 'https://help.other.org'],
    });
    granted.add('https://support.acme.com/*');
    granted.add('https://help.other.org/*');
    await access.sync();
    expect(scripts.get(OPT_IN_SCRIPT_ID)?.matches).toEqual(['https://support.acme.com/*', 'https://help.other.org/*']);
    await access.setSite('https://support.acme.com', false);
    expect(granted.has('https://support.acme.com/*')).toBe(false);
    expect(settings().allowedSites).toEqual(['https://help.other.org']);
    expect(settings().deniedSites).toEqual([]);
    expect(scripts.get(OPT_IN_SCRIPT_ID)?.matches).toEqual(['https://help.other.org/*']);
    await access.setSite('https://help.other.org', false);
    expect(scripts.size).toBe(0);
  });

  it('never registers sites without a grant, supported sites, or malformed origins', async () => {
    const { access, granted, scripts } = setup({
      allowedSites: ['https://mail.google.com', 'javascript:alert(1)', 'https://nogrant.example'],
    });
    granted.add('https://mail.google.com/*');
    await access.sync();
    expect(scripts.size).toBe(0);
  });

  it('refuses changes when the policy sets the sites, and pages that are not web pages', async () => {
    const { access } = setup({}, { locked: { deniedSites: ['https://x.example'] } });
    expect((await access.setSite('https://acme.zendesk.com', false)).ok).toBe(false);
    const free = setup().access;
    expect((await free.setSite('chrome://settings', true)).ok).toBe(false);
  });
});
