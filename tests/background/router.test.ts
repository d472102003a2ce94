import { describe, expect, it, vi } from 'vitest';
import { isExtensionPage, type RouterDeps, route, routePage } from '../../background/router';
import { MAX_STAT_EVENTS } from '../../composer/messages';

const EXT = 'chrome-extension://abc';

function deps(overrides: Partial<Record<keyof RouterDeps, unknown>> = {}): RouterDeps {
  return {
    siteEnabled: vi.fn(async (origin: string) => origin !== 'https://off.example'),
    banks: { compiled: vi.fn(async () => null), modules: vi.fn(async () => []), overview: vi.fn() },
    stats: { record: vi.fn(async () => {}), snapshot: vi.fn(async () => ({ days: {}, lastError: null })) },
    team: {},
    sites: {},
    tabs: { get: vi.fn(async () => 'https://a.example') },
    uiMessages: vi.fn(async (language: unknown) =>
      language === 'pl' ? { coachIgnoreOnce: { message: 'Pomiń' } } : null,
    ),
    ...overrides,
  } as unknown as RouterDeps;
}

describe('router', () => {
  it('tells the extension’s own pages from content scripts', () => {
    expect(isExtensionPage({ id: 'abc', url: `${EXT}/options.html` }, 'abc', EXT)).toBe(true);
    expect(isExtensionPage({ id: 'abc', url: 'https://mail.google.com/' }, 'abc', EXT)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: `${EXT}/options.html` }, 'abc', EXT)).toBe(false);
    expect(isExtensionPage({ id: 'abc' }, 'abc', EXT)).toBe(false);
  });

  it('asks the bank store for one language', async () => {
    const d = deps();
    await route({ type: 'tactful/compiled-banks', language: 'pl' }, d);
    expect(d.banks.compiled).toHaveBeenCalledWith('pl');
  });

  it('gives no banks to content scripts on sites where Tactful is off', async () => {
    const d = deps();
    expect(
      await route({ type: 'tactful/compiled-banks', language: 'en' }, d, { origin: 'https://off.example', frameId: 0 }),
    ).toBeNull();
    expect(await route({ type: 'tactful/modules', language: 'en' }, d, { url: 'https://off.example/x' })).toEqual([]);
    expect(d.banks.compiled).not.toHaveBeenCalled();
    await route({ type: 'tactful/compiled-banks', language: 'en' }, d, { origin: 'https://on.example' });
    await route({ type: 'tactful/compiled-banks', language: 'en' }, d, { origin: 'null', url: 'about:srcdoc' });
    expect(d.banks.compiled).toHaveBeenCalledTimes(2);
  });

  it('gives content scripts the in-page UI strings of a language, on every site', async () => {
    const d = deps();
    const request = { type: 'tactful/ui-messages', language: 'pl' } as const;
    expect(await route(request, d, { origin: 'https://off.example' })).toEqual({
      coachIgnoreOnce: { message: 'Pomiń' },
    });
    expect(d.uiMessages).toHaveBeenCalledWith('pl');
  });

  it('records only well-formed batches of stat events', async () => {
    const d = deps();
    const flagged = { kind: 'flagged', category: 'stop-phrase', ruleId: 'stop-phrase.calm-down' } as const;
    expect(await route({ type: 'tactful/stat', events: [{ kind: 'draft-checked' }, flagged] }, d)).toBe(true);
    expect(d.stats.record).toHaveBeenCalledTimes(2);
    expect(d.stats.record).toHaveBeenLastCalledWith(flagged);
    // one malformed event spoils its batch: nothing of it is recorded
    const typed = { kind: 'typed', text: 'secret' } as never;
    expect(await route({ type: 'tactful/stat', events: [{ kind: 'draft-checked' }, typed] }, d)).toBe(false);
    expect(await route({ type: 'tactful/stat', event: { kind: 'draft-checked' } } as never, d)).toBe(false);
    const tooMany = Array.from({ length: MAX_STAT_EVENTS + 1 }, () => ({ kind: 'draft-checked' }) as const);
    expect(await route({ type: 'tactful/stat', events: tooMany }, d)).toBe(false);
    expect(d.stats.record).toHaveBeenCalledTimes(2);
  });

  it('turns a thrown error into a reply, marking a full storage', async () => {
    const d = deps({ stats: { snapshot: vi.fn(async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'))) } });
    expect(await routePage({ type: 'tactful/stats' }, d)).toEqual({
      ok: false,
      error: 'QUOTA_BYTES quota exceeded',
      quota: true,
    });
    expect(await routePage({ type: 'tactful/tab-origin', tabId: 3 }, deps())).toEqual({
      ok: true,
      value: 'https://a.example',
    });
  });
});
