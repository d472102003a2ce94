/**
 * The organisation's policy, read from storage.managed (Chrome: the "3rdparty" extension
 * policy, checked against public/managed-schema.json; Firefox: policies.json "3rdparty").
 * Read-only for the extension. Parsing here is cheap and DOM-free, so content scripts use it
 * too; the inline bank text is validated by the background (background/policy.ts).
 */
import { browser } from 'wxt/browser';
import { normalizeSettings, SETTING_KEYS, type SettingKey, type Settings, validSetting } from './schema';

export interface ManagedPolicy {
  /** a team bank URL the agent cannot change */
  teamBankUrl: string | null;
  teamSyncIntervalMinutes: number | null;
  /** a bank (or a JSON array of banks) as JSON text */
  inlineBank: string | null;
  /** false: agents may not import, write or subscribe to their own banks */
  allowCustomBanks: boolean;
  /** settings the agent cannot change */
  locked: Partial<Settings>;
}

export const NO_POLICY: ManagedPolicy = {
  teamBankUrl: null,
  teamSyncIntervalMinutes: null,
  inlineBank: null,
  allowCustomBanks: true,
  locked: {},
};

/** Keeps only well-formed values: a mistyped policy entry is ignored, never fatal. */
export function parsePolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null) return NO_POLICY;
  const r = raw as Record<string, unknown>;
  const locked: Partial<Settings> = {};
  const lockedRaw =
    typeof r.lockedSettings === 'object' && r.lockedSettings !== null
      ? (r.lockedSettings as Record<string, unknown>)
      : {};
  for (const key of SETTING_KEYS) {
    if (key === 'ignoredRules' || !(key in lockedRaw)) continue;
    const value = validSetting(key, lockedRaw[key]);
    if (value !== undefined) (locked as Record<string, unknown>)[key] = value;
  }
  const interval = r.teamSyncIntervalMinutes;
  return {
    teamBankUrl: typeof r.teamBankUrl === 'string' && r.teamBankUrl.trim() ? r.teamBankUrl.trim() : null,
    teamSyncIntervalMinutes: typeof interval === 'number' && Number.isFinite(interval) ? interval : null,
    inlineBank: typeof r.inlineBank === 'string' && r.inlineBank.trim() ? r.inlineBank : null,
    allowCustomBanks: r.allowCustomBanks !== false,
    locked,
  };
}

/** The last policy read, in storage.local (content scripts can read it too). */
export const POLICY_CACHE_KEY = 'tactful.policyCache';
/** How long a reader waits for storage.managed before the cached policy is used. */
const QUICK_MS = 300;

async function readManaged(): Promise<ManagedPolicy> {
  let policy: ManagedPolicy;
  try {
    policy = parsePolicy(await browser.storage.managed.get(null));
  } catch {
    // Firefox without policies.json (and browsers without managed storage) reject: no policy.
    policy = NO_POLICY;
  }
  const cached = await readCache();
  if (JSON.stringify(cached) !== JSON.stringify(policy)) {
    await browser.storage.local.set({ [POLICY_CACHE_KEY]: policy }).catch(() => {});
  }
  return policy;
}

async function readCache(): Promise<ManagedPolicy | null> {
  const raw = (await browser.storage.local.get(POLICY_CACHE_KEY).catch(() => ({})))[POLICY_CACHE_KEY as never];
  return raw ? parsePolicy({ ...(raw as object), lockedSettings: (raw as ManagedPolicy).locked }) : null;
}

/**
 * The policy in effect. Right after the browser starts, Chromium answers storage.managed only
 * once its policy service is up (measured: 3–5 s), and coaching must not wait that long:
 * meanwhile the last policy read is used (none, on the very first start). When storage.managed
 * answers with something else, the new policy is cached, which tells every onPolicyChanged
 * listener, and the settings and banks in effect follow within seconds.
 */
let inflight: { read: Promise<ManagedPolicy>; slow: boolean } | null = null;

export async function loadPolicy(): Promise<ManagedPolicy> {
  // one storage.managed read at a time; once it has kept a caller waiting, the others do not wait
  if (!inflight) {
    const read = readManaged().finally(() => {
      if (inflight?.read === read) inflight = null;
    });
    inflight = { read, slow: false };
  }
  const current = inflight;
  const quick = current.slow
    ? null
    : await Promise.race([current.read, new Promise<null>((done) => setTimeout(() => done(null), QUICK_MS))]);
  if (quick) return quick;
  current.slow = true;
  return (await readCache()) ?? NO_POLICY;
}

export function onPolicyChanged(listener: (policy: ManagedPolicy) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && POLICY_CACHE_KEY in changes)) loadPolicy().then(listener, () => {});
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The agent's settings with the locked ones replaced. */
export function applyPolicy(settings: Settings, policy: ManagedPolicy): Settings {
  return normalizeSettings({ ...settings, ...policy.locked });
}

export function isLocked(policy: ManagedPolicy, key: SettingKey): boolean {
  return key in policy.locked;
}
