// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../../composer/card-controller';
import { FlagListController } from '../../../composer/flag-list-controller';
import { OverlayHost } from '../../../composer/overlay-host';
import { calmDown, FakeComposer, fakeServices, key, settle } from './fakes';

afterEach(() => {
  document.body.innerHTML = '';
});

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
