// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TeamOverview } from '../../../composer/messages';
import { mount, useEnglish } from '../render';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

/** The background's answers, released by the test when it wants them to arrive. */
let answer: (overview: TeamOverview) => void = () => {};
vi.mock('../../../components/options/api', () => ({
  ask: () => new Promise((resolve) => (answer = (value) => resolve({ ok: true, value }))),
  download: () => {},
}));

const { TeamPanel } = await import('../../../components/options/TeamPanel');
const { DEFAULT_SETTINGS } = await import('../../../settings/settings');

const OVERVIEW: TeamOverview = {
  url: 'https://banks.example.com/team.json',
  intervalMinutes: 60,
  managed: false,
  lastAttempt: null,
  lastSuccess: null,
  lastChange: null,
  lastError: null,
  problems: [],
  banks: [],
};

beforeAll(useEnglish);

describe('TeamPanel', () => {
  it('keeps the form closed until the stored configuration is in, so a late answer never overwrites typing', async () => {
    const app = { settings: DEFAULT_SETTINGS, policy: { allowCustomBanks: true } } as never;
    const root = await mount(<TeamPanel app={app} />);
    const url = root.querySelector<HTMLInputElement>('input[type=url]')!;
    const save = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(url.disabled).toBe(true);
    expect(save.disabled).toBe(true);
    await act(async () => {
      answer(OVERVIEW);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(url.disabled).toBe(false);
    expect(save.disabled).toBe(false);
    expect(url.value).toBe(OVERVIEW.url);
  });
});
