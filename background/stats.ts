/**
 * Coaching counts on the agent's machine, never any text: per local day, per category and
 * per rule how often Tactful flagged, the agent fixed or ignored; modules inserted per
 * situation; drafts checked. Events are batched (content scripts send many) and written in
 * one storage.local write; a failed write (quota) is kept and shown, the counts are kept in
 * memory and retried with the next event.
 */
import type { Counts, DayStats, StatEvent, StatsSnapshot } from '../composer/messages';
import { errorText, type StorageArea } from './storage';

export const STATS_KEY = 'tactful.stats';
/** about a year of days; older days are dropped */
export const KEPT_DAYS = 400;
const FLUSH_DELAY_MS = 250;

interface StoredStats {
  days: Record<string, DayStats>;
}

/** YYYY-MM-DD of the agent's local calendar day. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const emptyCounts = (): Counts => ({ flagged: 0, fixed: 0, ignored: 0 });
export const emptyDay = (): DayStats => ({ drafts: 0, categories: {}, rules: {}, modules: {} });

/** Adds one event to a day (pure; used by the store and by tests). */
export function addEvent(day: DayStats, event: StatEvent): void {
  switch (event.kind) {
    case 'draft-checked':
      day.drafts++;
      return;
    case 'module-inserted':
      day.modules[event.situation] = (day.modules[event.situation] ?? 0) + 1;
      return;
    default: {
      const category = day.categories[event.category] ?? emptyCounts();
      category[event.kind]++;
      day.categories[event.category] = category;
      const rule = day.rules[event.ruleId] ?? { ...emptyCounts(), category: event.category };
      rule[event.kind]++;
      day.rules[event.ruleId] = rule;
    }
  }
}

/** Only well-formed events are counted: a content script is on a web page, so check its input. */
export function isStatEvent(value: unknown): value is StatEvent {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const short = (s: unknown) => typeof s === 'string' && s.length > 0 && s.length <= 200;
  switch (e.kind) {
    case 'draft-checked':
      return true;
    case 'module-inserted':
      return short(e.situation) && short(e.moduleId);
    case 'flagged':
    case 'fixed':
    case 'ignored':
      return short(e.category) && short(e.ruleId);
    default:
      return false;
  }
}

export class StatsStore {
  private pending: { event: StatEvent; at: Date }[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private lastError: string | null = null;
  /** callers of record() whose events are in the pending batch */
  private waiting: { resolve: () => void; reject: (e: unknown) => void }[] = [];

  constructor(
    private readonly local: StorageArea,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Resolves once the event is stored; rejects with the storage error (it is also kept for the UI). */
  record(event: StatEvent): Promise<void> {
    this.pending.push({ event, at: this.now() });
    const settled = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.timer ??= setTimeout(() => {
      this.flush().catch(() => {});
    }, FLUSH_DELAY_MS);
    return settled;
  }

  /** Writes every pending event in one read-modify-write; writes are serialised. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const batch = this.pending;
    const waiting = this.waiting;
    this.pending = [];
    this.waiting = [];
    const run = async () => {
      if (batch.length === 0) return;
      const stored = await this.read();
      for (const { event, at } of batch) {
        const key = dayKey(at);
        const day = stored.days[key] ?? emptyDay();
        addEvent(day, event);
        stored.days[key] = day;
      }
      prune(stored, this.now());
      try {
        await this.local.set({ [STATS_KEY]: stored });
        this.lastError = null;
      } catch (e) {
        this.lastError = errorText(e);
        this.pending.unshift(...batch); // not lost: retried with the next write
        throw e;
      }
    };
    this.chain = this.chain.then(run, run);
    return this.chain.then(
      () => {
        for (const w of waiting) w.resolve();
      },
      (e) => {
        for (const w of waiting) w.reject(e);
        throw e;
      },
    );
  }

  private async read(): Promise<StoredStats> {
    const raw = (await this.local.get(STATS_KEY))[STATS_KEY] as Partial<StoredStats> | undefined;
    return { days: raw?.days ?? {} };
  }

  async snapshot(): Promise<StatsSnapshot> {
    await this.flush().catch(() => {});
    return { days: (await this.read()).days, lastError: this.lastError };
  }

  async reset(): Promise<void> {
    await this.flush().catch(() => {});
    this.pending = [];
    await this.local.remove(STATS_KEY);
    this.lastError = null;
  }
}

function prune(stats: StoredStats, now: Date): void {
  const oldest = new Date(now);
  oldest.setDate(oldest.getDate() - KEPT_DAYS);
  const cut = dayKey(oldest);
  for (const day of Object.keys(stats.days)) if (day < cut) delete stats.days[day];
}
