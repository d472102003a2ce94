// @vitest-environment happy-dom
/**
 * The in-page UI follows settings.uiLanguage live: 'auto' is the browser's language
 * (browser.i18n, here a Russian browser) and asks the background for nothing; a chosen
 * language's strings come from the background (services.uiMessages) and redraw what is open.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', async () => {
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const file = resolve(import.meta.dirname, '../../public/_locales/ru/messages.json');
  const ru = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return {
    browser: {
      i18n: {
        getUILanguage: () => 'ru-RU',
        getMessage: (key: string, subs: string[] = []) =>
          ru[key]?.message.replace(/\$ARG(\d)\$/g, (_, d: string) => subs[Number(d) - 1] ?? '') ?? '',
      },
    },
  };
});

const { DocumentCoach } = await import('../../composer/document-coach');
const { UiLanguage } = await import('../../composer/ui-language');
const { t, uiLanguage } = await import('../../i18n/messages');
const { FakeComposer, fakeServices, messages, settle, useLanguage } = await import('./fakes');

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
  useLanguage('en');
});

const DRAFT = 'Please calm down.';

function setup() {
  const fake = fakeServices();
  const language = new UiLanguage(fake.services);
  const ui = new DocumentCoach(document, fake.services, language);
  const composer = new FakeComposer(DRAFT);
  const buttons = () => [...ui.overlay.root.querySelectorAll('.card button')].map((b) => b.textContent);
  return { ...fake, language, ui, composer, buttons };
}

describe('the in-page UI language', () => {
  it("'auto' speaks the browser's language and asks the background for nothing", () => {
    const { uiRequests, language } = setup();
    expect(uiLanguage()).toBe('ru');
    expect(t('coachIgnoreOnce')).toBe('Пропустить один раз');
    expect(uiRequests).toEqual([]);
    language.dispose();
  });

  it('switches an open card live when the agent picks another language, and back to the browser’s', async () => {
    const { ui, composer, buttons, changeSettings, uiRequests, language } = setup();
    ui.card.open(composer, composer.findings[0], true);
    await settle();
    expect(buttons()).toEqual(['Пропустить один раз', 'Пропускать это правило на этом сайте']);

    changeSettings({ uiLanguage: 'pl' });
    await settle();
    expect(buttons()).toEqual(['Pomiń tym razem', 'Pomijaj tę regułę na tej witrynie']);
    expect(ui.overlay.root.querySelector<HTMLElement>('.card')?.lang).toBe('pl');

    changeSettings({ uiLanguage: 'en' });
    await settle();
    expect(buttons()).toEqual(['Ignore once', 'Ignore this rule on this site']);

    // another setting changes: nothing is asked again
    changeSettings({ theme: 'dark' });
    changeSettings({ uiLanguage: 'auto' });
    await settle();
    expect(buttons()).toEqual(['Пропустить один раз', 'Пропускать это правило на этом сайте']);
    expect(uiRequests).toEqual(['pl', 'en']);
    language.dispose();
  });

  it('redraws an open flag list and picker too', async () => {
    const { ui, composer, changeSettings, language } = setup();
    ui.flagList.open(composer);
    await settle();
    const title = () => ui.overlay.root.querySelector('.dialog h2')?.textContent;
    expect(title()).toBe('Tactful: 1 замечание в этом ответе');
    changeSettings({ uiLanguage: 'pl' });
    await settle();
    expect(title()).toBe('Tactful: 1 uwaga w tej odpowiedzi');
    ui.closeAll();
    ui.picker.open(composer, null);
    await settle();
    expect(title()).toBe('Moduły wypowiedzi');
    changeSettings({ uiLanguage: 'en' });
    await settle();
    expect(title()).toBe('Phrase modules');
    language.dispose();
  });

  it('a slow answer never overrides a later choice; a failed one is asked again', async () => {
    const { services, changeSettings, language } = setup();
    /** answers still to come, in the order asked */
    const pending: (() => void)[] = [];
    let fail = true;
    services.uiMessages = (l) =>
      fail
        ? Promise.reject(new Error('worker starting'))
        : new Promise((done) => pending.push(() => done(messages(l))));
    vi.useFakeTimers();
    changeSettings({ uiLanguage: 'pl' });
    await vi.advanceTimersByTimeAsync(0);
    expect(uiLanguage()).toBe('ru');
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(pending).toHaveLength(1);
    // the retried 'pl' is still on its way when the agent picks English
    changeSettings({ uiLanguage: 'en' });
    pending[1]();
    await vi.advanceTimersByTimeAsync(0);
    expect(uiLanguage()).toBe('en');
    pending[0]();
    await vi.advanceTimersByTimeAsync(0);
    expect(uiLanguage()).toBe('en');
    expect(t('coachIgnoreOnce')).toBe('Ignore once');
    language.dispose();
  });
});
