// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../composer/card-controller';
import { FlagListController } from '../../composer/flag-list-controller';
import { OverlayHost } from '../../composer/overlay-host';
import { calmDown, FakeComposer, fakeServices, key, settle, useLanguage } from './fakes';

afterEach(() => {
  document.body.innerHTML = '';
  useLanguage('en');
});

/** The list's title and listbox label for a draft with `count` flags, in a UI language. */
async function titled(count: number) {
  const overlay = new OverlayHost(document);
  const { services } = fakeServices();
  const list = new FlagListController(overlay, services, new CardController(overlay, services, () => {}));
  const draft = 'calm down '.repeat(Math.max(count, 1));
  const flags = Array.from({ length: count }, (_, i) => calmDown(draft, { start: i * 10, end: i * 10 + 9 }));
  list.open(new FakeComposer(draft, flags));
  await settle();
  const dialog = overlay.root.querySelector<HTMLElement>('.flag-list[role=dialog]')!;
  const text = overlay.root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent;
  const label = dialog.querySelector('[role=listbox]')?.getAttribute('aria-label');
  list.close(false);
  return { text, label, lang: dialog.lang, body: dialog.textContent };
}

const DRAFT = 'Please calm down. The warehouse messed up your order.';

describe('flag list (Alt+L)', () => {
  it('lists every flag; Enter puts the caret at it and opens its card', async () => {
    const overlay = new OverlayHost(document);
    const { services } = fakeServices();
    const card = new CardController(overlay, services, () => {});
    const list = new FlagListController(overlay, services, card);
    const blame = calmDown(DRAFT, {
      ruleId: 'blame-shift.department-messed-up',
      category: 'blame-shift',
      start: 18,
      end: 41,
      text: 'The warehouse messed up',
    });
    const composer = new FakeComposer(DRAFT, [calmDown(DRAFT), blame]);
    list.open(composer);
    await settle();
    const dialog = overlay.root.querySelector<HTMLElement>('.flag-list[role=dialog]')!;
    expect(overlay.root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toContain('2 flags');
    const listbox = dialog.querySelector<HTMLElement>('[role=listbox]')!;
    await vi.waitFor(() => expect(overlay.root.activeElement).toBe(listbox));
    key(listbox, 'ArrowDown');
    await settle();
    key(listbox, 'Enter');
    await settle();
    expect(overlay.root.querySelector('.flag-list')).toBeNull();
    expect(composer.restored.at(-1)).toEqual({ offsets: { start: 18, end: 18 }, range: null });
    expect(card.isOpenFor(composer)).toBe(true);
    expect(overlay.root.querySelector('.card')?.textContent).toContain('Blame-shifting');
  });

  it('counts the flags with Polish plural forms', async () => {
    useLanguage('pl');
    const titles = [];
    for (const n of [1, 2, 5, 22]) titles.push((await titled(n)).text);
    expect(titles).toEqual([
      'Tactful: 1 uwaga w tej odpowiedzi',
      'Tactful: 2 uwagi w tej odpowiedzi',
      'Tactful: 5 uwag w tej odpowiedzi',
      'Tactful: 22 uwagi w tej odpowiedzi',
    ]);
    const one = await titled(1);
    expect(one.label).toBe('Uwagi');
    expect(one.lang).toBe('pl');
    expect(one.body).toContain('STOP-fraza');
    expect(one.body).toContain('Enter przejdź do uwagi');
    expect((await titled(0)).body).toContain('Ta odpowiedź nie ma żadnych uwag.');
  });

  it('counts the flags with Russian plural forms', async () => {
    useLanguage('ru');
    const titles = [];
    for (const n of [1, 2, 5, 11, 21]) titles.push((await titled(n)).text);
    expect(titles).toEqual([
      'Tactful: 1 замечание в этом ответе',
      'Tactful: 2 замечания в этом ответе',
      'Tactful: 5 замечаний в этом ответе',
      'Tactful: 11 замечаний в этом ответе',
      'Tactful: 21 замечание в этом ответе',
    ]);
    expect((await titled(1)).label).toBe('Замечания');
    expect((await titled(0)).body).toContain('В этом ответе замечаний нет.');
  });

  it('Esc closes it and gives the caret back', async () => {
    const overlay = new OverlayHost(document);
    const { services } = fakeServices();
    const list = new FlagListController(overlay, services, new CardController(overlay, services, () => {}));
    const composer = new FakeComposer(DRAFT);
    list.open(composer);
    await settle();
    key(overlay.root.querySelector('[role=listbox]')!, 'Escape');
    expect(list.isOpen).toBe(false);
    expect(composer.restored).toHaveLength(1);
  });
});
