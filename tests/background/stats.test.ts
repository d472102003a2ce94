import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addEvent, dayKey, emptyDay, isStatEvent, KEPT_DAYS, STATS_KEY, StatsStore } from '../../background/stats';
import type { DayStats } from '../../composer/messages';
import { MemoryArea, quotaError } from './fixtures';

describe('stats', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('adds events per category, per rule, per situation and drafts', () => {
    const day = emptyDay();
    addEvent(day, { kind: 'flagged', category: 'stop-phrase', ruleId: 'a' });
    addEvent(day, { kind: 'flagged', category: 'stop-phrase', ruleId: 'a' });
    addEvent(day, { kind: 'fixed', category: 'stop-phrase', ruleId: 'a' });
    addEvent(day, { kind: 'ignored', category: 'runaround', ruleId: 'b' });
    addEvent(day, { kind: 'module-inserted', situation: 'closing', moduleId: 'm' });
    addEvent(day, { kind: 'draft-checked' });
    expect(day).toEqual<DayStats>({
      drafts: 1,
      categories: {
        'stop-phrase': { flagged: 2, fixed: 1, ignored: 0 },
        runaround: { flagged: 0, fixed: 0, ignored: 1 },
      },
      rules: {
        a: { flagged: 2, fixed: 1, ignored: 0, category: 'stop-phrase' },
        b: { flagged: 0, fixed: 0, ignored: 1, category: 'runaround' },
      },
      modules: { closing: 1 },
    });
  });

  it('keeps the local calendar day', () => {
    expect(dayKey(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('accepts only well-formed events (a content script lives in a web page)', () => {
    expect(isStatEvent({ kind: 'fixed', category: 'stop-phrase', ruleId: 'x' })).toBe(true);
    expect(isStatEvent({ kind: 'draft-checked' })).toBe(true);
    expect(isStatEvent({ kind: 'fixed', category: 'stop-phrase' })).toBe(false);
    expect(isStatEvent({ kind: 'typed', text: 'secret' })).toBe(false);
    expect(isStatEvent({ kind: 'fixed', category: 'x', ruleId: 'y'.repeat(500) })).toBe(false);
  });

  it('writes a burst of events in one storage write', async () => {
    const local = new MemoryArea();
    const stats = new StatsStore(local, () => new Date(2025, 4, 2, 10));
    const done = Promise.all([
      stats.record({ kind: 'draft-checked' }),
      stats.record({ kind: 'flagged', category: 'overpromise', ruleId: 'o' }),
      stats.record({ kind: 'fixed', category: 'overpromise', ruleId: 'o' }),
    ]);
    await vi.runAllTimersAsync();
    await done;
    expect(local.writes).toBe(1);
    const snapshot = await stats.snapshot();
    expect(snapshot.days['2025-05-02'].rules.o).toEqual({ flagged: 1, fixed: 1, ignored: 0, category: 'overpromise' });
    expect(snapshot.lastError).toBeNull();
  });

  it('keeps counts and the error when storage is full, and stores them once it is not', async () => {
    const local = new MemoryArea();
    const stats = new StatsStore(local, () => new Date(2025, 4, 2, 10));
    local.failWith = quotaError();
    const failed = stats.record({ kind: 'draft-checked' });
    const caught = failed.catch((e: Error) => e.message);
    await vi.runAllTimersAsync();
    expect(await caught).toBe('QUOTA_BYTES quota exceeded');
    expect((await stats.snapshot()).lastError).toBe('QUOTA_BYTES quota exceeded');
    local.failWith = null;
    const ok = stats.record({ kind: 'draft-checked' });
    await vi.runAllTimersAsync();
    await ok;
    const snapshot = await stats.snapshot();
    expect(snapshot.days['2025-05-02'].drafts).toBe(2);
    expect(snapshot.lastError).toBeNull();
  });

  it('drops days older than it keeps, and resets', async () => {
    const local = new MemoryArea();
    local.data.set(STATS_KEY, { days: { '2000-01-01': emptyDay(), '2025-05-01': emptyDay() } });
    const now = new Date(2025, 4, 2);
    const stats = new StatsStore(local, () => now);
    const done = stats.record({ kind: 'draft-checked' });
    await vi.runAllTimersAsync();
    await done;
    expect(Object.keys((await stats.snapshot()).days).sort()).toEqual(['2025-05-01', '2025-05-02']);
    expect(KEPT_DAYS).toBeGreaterThanOrEqual(365);
    await stats.reset();
    expect((await stats.snapshot()).days).toEqual({});
  });
});
