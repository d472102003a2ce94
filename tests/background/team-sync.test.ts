import { describe, expect, it, vi } from 'vitest';
import { TEAM_ALARM, TEAM_KEY, TeamSync, type TeamSyncDeps, teamUrlProblem } from '../../background/team-sync';
import { type ManagedPolicy, NO_POLICY } from '../../settings/policy';
import { bank, COMPILE, MemoryArea, quotaError, rule } from './fixtures';

const teamBank = bank('team-en', 'en', [rule('stop-phrase.team', ['wibble wobble'])]);
const URL_ = 'https://team.example.com/bank.json';

function respond(status: number, body = '', etag?: string): Response {
  return new Response(status === 304 ? null : body, { status, headers: etag ? { ETag: etag } : {} });
}

/** The request headers of the n-th fetch. */
const headersOf = (fetch: { mock: { calls: Parameters<TeamSyncDeps['fetch']>[] } }, n: number) =>
  (fetch.mock.calls[n][1]?.headers ?? {}) as Record<string, string>;

function setup(policy: Partial<ManagedPolicy> = {}) {
  const local = new MemoryArea();
  const alarms = new Map<string, { periodInMinutes: number }>();
  const fetch = vi.fn<TeamSyncDeps['fetch']>();
  const onBanksChanged = vi.fn();
  let now = 1_000;
  const sync = new TeamSync({
    local,
    fetch,
    alarms: {
      create: (name, info) => {
        alarms.set(name, { periodInMinutes: info.periodInMinutes });
      },
      clear: async (name) => alarms.delete(name),
      get: async (name) => alarms.get(name),
    },
    policy: async () => ({ ...NO_POLICY, ...policy }),
    compileOptions: COMPILE,
    onBanksChanged,
    now: () => now++,
  });
  return { sync, local, alarms, fetch, onBanksChanged };
}

describe('team URL', () => {
  it('takes https, and plain http only on loopback', () => {
    expect(teamUrlProblem('https://x.example/b.json')).toBeNull();
    expect(teamUrlProblem('http://127.0.0.1:8080/b.json')).toBeNull();
    expect(teamUrlProblem('http://example.com/b.json')).toMatch(/https/);
    expect(teamUrlProblem('ftp://example.com/b.json')).toMatch(/https/);
    expect(teamUrlProblem('https://user:pw@example.com/b.json')).toMatch(/password/);
    expect(teamUrlProblem('javascript:alert(1)')).toMatch(/https/);
    expect(teamUrlProblem('nope')).toBe('not a URL');
  });
});

describe('TeamSync', () => {
  it('fetches the URL once, without cookies, referrer or redirects, then revalidates with If-None-Match', async () => {
    const { sync, fetch, alarms, onBanksChanged } = setup();
    fetch.mockResolvedValueOnce(respond(200, JSON.stringify(teamBank), '"v1"'));
    const reply = await sync.configure(URL_, 30);
    expect(reply).toMatchObject({
      ok: true,
      value: { url: URL_, banks: [{ id: 'team-en', version: '1.0.0', language: 'en' }], lastError: null },
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(URL_);
    expect(init).toMatchObject({
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    expect(headersOf(fetch, 0)['If-None-Match']).toBeUndefined();
    expect(alarms.get(TEAM_ALARM)).toEqual({ periodInMinutes: 30 });
    expect(onBanksChanged).toHaveBeenCalled();
    expect((await sync.banks()).banks.map((b) => b.id)).toEqual(['team-en']);

    onBanksChanged.mockClear();
    fetch.mockResolvedValueOnce(respond(304));
    const again = await sync.sync();
    expect(headersOf(fetch, 1)['If-None-Match']).toBe('"v1"');
    expect(again.lastSuccess).toBeGreaterThan(reply.ok ? (reply.value.lastSuccess ?? 0) : 0);
    expect(onBanksChanged).not.toHaveBeenCalled();
  });

  it('keeps the last good banks when the download is invalid or the server fails', async () => {
    const { sync, fetch } = setup();
    fetch.mockResolvedValueOnce(respond(200, JSON.stringify(teamBank), '"v1"'));
    await sync.configure(URL_, 60);
    fetch.mockResolvedValueOnce(
      respond(200, JSON.stringify([teamBank, { ...teamBank, id: 'x', rules: [{ id: 'bad' }] }]), '"v2"'),
    );
    const invalid = await sync.sync();
    expect(invalid.lastError).toMatch(/not valid/);
    expect(invalid.problems.map((p) => p.path)).toContain('/1/rules/0');
    expect(invalid.banks.map((b) => b.id)).toEqual(['team-en']);
    fetch.mockResolvedValueOnce(respond(500, 'oops'));
    expect((await sync.sync()).lastError).toBe('HTTP 500');
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const offline = await sync.sync();
    expect(offline.lastError).toBe('Failed to fetch');
    expect(offline.banks.map((b) => b.id)).toEqual(['team-en']);
  });

  it('refuses http and reports a full storage', async () => {
    const { sync, local, fetch } = setup();
    expect(await sync.configure('http://example.com/b.json', 60)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/https/),
    });
    local.failWith = quotaError();
    expect(await sync.configure(URL_, 60)).toMatchObject({ ok: false, quota: true });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('uses the policy’s URL and interval, which the agent cannot change', async () => {
    const { sync, fetch, alarms } = setup({ teamBankUrl: URL_, teamSyncIntervalMinutes: 240 });
    expect(await sync.configure('https://other.example/b.json', 5)).toMatchObject({ ok: false });
    await sync.schedule();
    expect(alarms.get(TEAM_ALARM)).toEqual({ periodInMinutes: 240 });
    fetch.mockResolvedValueOnce(respond(200, JSON.stringify(teamBank), '"v1"'));
    const overview = await sync.onAlarm(TEAM_ALARM);
    expect(overview).toMatchObject({ managed: true, url: URL_ });
    expect((await sync.banks()).managed).toBe(true);
    expect(sync.onAlarm('other')).toBeUndefined();
  });

  it('drops the agent’s URL when the policy forbids own banks, and clears the alarm', async () => {
    const { sync, local, alarms } = setup({ allowCustomBanks: false });
    local.data.set(TEAM_KEY, { url: URL_, syncedUrl: URL_, banks: [teamBank] });
    alarms.set(TEAM_ALARM, { periodInMinutes: 60 });
    expect(await sync.configure(URL_, 60)).toMatchObject({ ok: false });
    await sync.schedule();
    expect(alarms.has(TEAM_ALARM)).toBe(false);
    expect((await sync.banks()).banks).toEqual([]);
  });

  it('forgets banks from a previous URL', async () => {
    const { sync, fetch } = setup();
    fetch.mockResolvedValueOnce(respond(200, JSON.stringify(teamBank), '"v1"'));
    await sync.configure(URL_, 60);
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const moved = await sync.configure('https://new.example/bank.json', 60);
    expect(moved.ok && moved.value.banks).toEqual([]);
    expect(headersOf(fetch, 1)['If-None-Match']).toBeUndefined();
  });
});
