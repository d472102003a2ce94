/**
 * Team roll-out: the trainer's banks fetched from one URL on a schedule (chrome.alarms), with
 * ETag / If-None-Match so an unchanged bank costs a 304. The URL comes from the policy
 * (locked) or from the options page. This is the only network request Tactful ever makes:
 * no cookies, no referrer, no redirects (a redirect would be a request to another URL).
 * A bad download is reported and never replaces the last good banks.
 */
import type { BankProblemView, PageReply, TeamOverview } from '../composer/messages';
import type { CompileOptions } from '../phrasebank/compile/compile';
import type { Bank } from '../phrasebank/types';
import type { ManagedPolicy } from '../settings/policy';
import { parseBankText } from './bank-text';
import { sha256 } from './hash';
import { errorText, isQuotaError, type StorageArea } from './storage';

export const TEAM_KEY = 'tactful.team';
export const TEAM_ALARM = 'tactful-team-sync';
export const DEFAULT_INTERVAL_MINUTES = 60;
export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
const MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

export interface TeamState {
  /** the agent's URL (the policy's wins when set) */
  url: string | null;
  intervalMinutes: number;
  /** the URL the banks, ETag and hash below came from */
  syncedUrl: string | null;
  etag: string | null;
  contentHash: string | null;
  banks: Bank[];
  lastAttempt: number | null;
  lastSuccess: number | null;
  lastChange: number | null;
  lastError: string | null;
  problems: BankProblemView[];
}

const INITIAL: TeamState = {
  url: null,
  intervalMinutes: DEFAULT_INTERVAL_MINUTES,
  syncedUrl: null,
  etag: null,
  contentHash: null,
  banks: [],
  lastAttempt: null,
  lastSuccess: null,
  lastChange: null,
  lastError: null,
  problems: [],
};

/** Why a URL cannot be a team bank URL, or null. Plain http only on loopback, which never leaves the machine. */
export function teamUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.username || parsed.password) return 'the URL must not hold a user name or password';
  if (parsed.protocol === 'https:') return null;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'http:' && loopback) return null;
  return 'the URL must start with https://';
}

const clampInterval = (minutes: number) =>
  Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, Math.round(minutes) || DEFAULT_INTERVAL_MINUTES));

export interface AlarmsApi {
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
}

export interface TeamSyncDeps {
  local: StorageArea;
  fetch: typeof fetch;
  alarms: AlarmsApi;
  policy: () => Promise<ManagedPolicy>;
  compileOptions: CompileOptions;
  /** called when the team banks in effect changed */
  onBanksChanged: () => void;
  now?: () => number;
}

export class TeamSync {
  private running: Promise<TeamOverview> | null = null;

  constructor(private readonly deps: TeamSyncDeps) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  async state(): Promise<TeamState> {
    const raw = (await this.deps.local.get(TEAM_KEY))[TEAM_KEY] as Partial<TeamState> | undefined;
    return { ...INITIAL, ...raw };
  }

  private async save(state: TeamState): Promise<void> {
    await this.deps.local.set({ [TEAM_KEY]: state });
  }

  /** The URL and interval in effect: the policy's, else the agent's (if the policy lets agents add banks). */
  private async effective(
    state?: TeamState,
  ): Promise<{ url: string | null; intervalMinutes: number; managed: boolean }> {
    const [s, policy] = await Promise.all([state ?? this.state(), this.deps.policy()]);
    const managed = policy.teamBankUrl !== null;
    const url = managed ? policy.teamBankUrl : policy.allowCustomBanks ? s.url : null;
    const intervalMinutes = clampInterval(policy.teamSyncIntervalMinutes ?? s.intervalMinutes);
    return { url, intervalMinutes, managed };
  }

  /** The last good banks of the URL in effect. */
  async banks(): Promise<{ banks: Bank[]; managed: boolean }> {
    const state = await this.state();
    const { url, managed } = await this.effective(state);
    return { banks: url && state.syncedUrl === url ? state.banks : [], managed };
  }

  async overview(): Promise<TeamOverview> {
    const state = await this.state();
    const { url, intervalMinutes, managed } = await this.effective(state);
    const current = url !== null && state.syncedUrl === url;
    return {
      url,
      intervalMinutes,
      managed,
      lastAttempt: state.lastAttempt,
      lastSuccess: current ? state.lastSuccess : null,
      lastChange: current ? state.lastChange : null,
      lastError: state.lastError,
      problems: state.problems,
      banks: (current ? state.banks : []).map((b) => ({ id: b.id, version: b.version, language: b.language })),
    };
  }

  async configure(url: string | null, intervalMinutes: number): Promise<PageReply<TeamOverview>> {
    const policy = await this.deps.policy();
    if (policy.teamBankUrl !== null) return { ok: false, error: 'The team bank URL is set by your organisation.' };
    if (url && !policy.allowCustomBanks)
      return { ok: false, error: 'Your organisation does not allow your own banks.' };
    const clean = url?.trim() || null;
    const problem = clean ? teamUrlProblem(clean) : null;
    if (problem) return { ok: false, error: problem };
    const state = await this.state();
    const changed = clean !== state.url;
    const next: TeamState = changed
      ? { ...state, url: clean, intervalMinutes: clampInterval(intervalMinutes), lastError: null, problems: [] }
      : { ...state, intervalMinutes: clampInterval(intervalMinutes) };
    try {
      await this.save(next);
    } catch (e) {
      return { ok: false, error: errorText(e), quota: isQuotaError(e) };
    }
    await this.schedule();
    if (changed) this.deps.onBanksChanged();
    return { ok: true, value: clean ? await this.sync() : await this.overview() };
  }

  /** Keeps the alarm in step with the URL and interval in effect (call at every worker start). */
  async schedule(): Promise<void> {
    const { url, intervalMinutes } = await this.effective();
    if (!url) {
      await this.deps.alarms.clear(TEAM_ALARM);
      return;
    }
    const existing = await this.deps.alarms.get(TEAM_ALARM);
    if (existing?.periodInMinutes === intervalMinutes) return;
    await this.deps.alarms.create(TEAM_ALARM, {
      periodInMinutes: intervalMinutes,
      delayInMinutes: existing ? intervalMinutes : 0.1,
    });
  }

  onAlarm(name: string): Promise<TeamOverview> | undefined {
    return name === TEAM_ALARM ? this.sync() : undefined;
  }

  /** Fetches now; concurrent callers (alarm and "Sync now") share one request. */
  sync(): Promise<TeamOverview> {
    this.running ??= this.fetchOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async fetchOnce(): Promise<TeamOverview> {
    const state = await this.state();
    const { url } = await this.effective(state);
    if (!url) return this.overview();
    const same = state.syncedUrl === url;
    const next: TeamState = { ...state, lastAttempt: this.now() };
    let changed = false;
    try {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (same && state.etag) headers['If-None-Match'] = state.etag;
      const response = await this.deps.fetch(url, {
        headers,
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'error',
        referrerPolicy: 'no-referrer',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.status === 304 && same) {
        next.lastSuccess = this.now();
        next.lastError = null;
        next.problems = [];
      } else if (!response.ok) {
        next.lastError = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      } else {
        const text = await response.text();
        if (text.length > MAX_BYTES) throw new Error(`the bank is larger than ${MAX_BYTES / 1024 / 1024} MB`);
        const result = parseBankText(text, this.deps.compileOptions);
        if (!result.ok) {
          next.lastError = 'the downloaded bank is not valid; the last good one stays in use';
          next.problems = result.problems;
        } else {
          const hash = await sha256(text);
          changed = !same || hash !== state.contentHash;
          Object.assign(next, {
            syncedUrl: url,
            banks: result.banks,
            etag: response.headers.get('ETag'),
            contentHash: hash,
            lastSuccess: this.now(),
            lastChange: changed ? this.now() : state.lastChange,
            lastError: null,
            problems: result.warnings,
          });
        }
      }
    } catch (e) {
      next.lastError = errorText(e);
    }
    try {
      await this.save(next);
    } catch (e) {
      // storage full: the new banks are not kept, and the agent must see why
      await this.save({ ...state, lastAttempt: next.lastAttempt, lastError: errorText(e) }).catch(() => {});
      changed = false;
    }
    if (changed) this.deps.onBanksChanged();
    return this.overview();
  }
}
