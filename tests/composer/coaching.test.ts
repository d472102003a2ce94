// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { SessionCoaching } from '../../composer/coaching';
import { DocumentCoach } from '../../composer/document-coach';
import { occurrenceKeys } from '../../composer/finding-keys';
import { calmDown, FakeComposer, fakeServices, settle } from './fakes';

const DRAFT = 'Please calm down. The warehouse messed up your order.';

function setup() {
  const composer = new FakeComposer(DRAFT);
  const fake = fakeServices();
  const coaching = new SessionCoaching(composer, new DocumentCoach(document, fake.services), fake.services, () => {});
  const findings = [calmDown(DRAFT)];
  return { ...fake, coaching, findings, keys: occurrenceKeys(findings) };
}

describe('SessionCoaching after each check', () => {
  it('gives back the same visible array for the same findings, settings and ignores', () => {
    const { coaching, findings, keys, changeSettings } = setup();
    const first = coaching.visible(findings, keys);
    expect(first).toEqual(findings);
    expect(coaching.visible(findings, keys)).toBe(first);
    // new findings, new settings, a new ignore: computed again
    expect(coaching.visible([...findings], keys)).not.toBe(first);
    changeSettings({ categories: { ...fakeServices().services.settings.current().categories, 'stop-phrase': false } });
    expect(coaching.visible(findings, keys)).toEqual([]);
    changeSettings({ categories: { ...fakeServices().services.settings.current().categories } });
    expect(coaching.visible(findings, keys)).toEqual(findings);
    coaching.ignoreOnce(keys[0]);
    expect(coaching.visible(findings, keys)).toEqual([]);
    coaching.dispose();
  });

  it('asks for the occurrence keys and counts flags only when the findings changed', () => {
    const { coaching, findings, keys, stats } = setup();
    let asked = 0;
    const keysOf = () => {
      asked++;
      return keys;
    };
    coaching.checked(DRAFT, findings, keysOf);
    coaching.checked(`${DRAFT} More.`, findings, keysOf);
    expect(asked).toBe(1);
    expect(stats.filter((s) => s.kind === 'flagged')).toHaveLength(1);
    expect(stats.filter((s) => s.kind === 'draft-checked')).toHaveLength(1);
    coaching.checked(DRAFT, [...findings], keysOf);
    expect(asked).toBe(2);
    expect(stats.filter((s) => s.kind === 'flagged')).toHaveLength(1); // the same occurrence
    coaching.dispose();
  });
});

describe('SessionCoaching: Alt+Enter', () => {
  const altEnter = (field: HTMLElement) =>
    field.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', altKey: true, bubbles: true, cancelable: true }),
    );

  function setupAlt(findings: ReturnType<typeof calmDown>[]) {
    const composer = new FakeComposer(DRAFT, findings);
    const fake = fakeServices();
    const ui = new DocumentCoach(document, fake.services);
    const said: string[] = [];
    ui.announcer.say = (m: string) => void said.push(m);
    const coaching = new SessionCoaching(composer, ui, fake.services, () => {});
    return { composer, ui, coaching, said };
  }

  it('opens the card of the flag at the caret', async () => {
    const { composer, ui, coaching } = setupAlt([calmDown(DRAFT)]);
    altEnter(composer.field);
    await settle();
    expect(ui.card.isOpenFor(composer)).toBe(true);
    coaching.dispose();
  });

  it('right after typing, while the language’s tables are on their way, waits for them and looks again', async () => {
    const { composer, ui, coaching, said } = setupAlt([]);
    let arrive = (_waited: boolean) => {};
    composer.checksReady = () => new Promise<boolean>((done) => (arrive = done));
    altEnter(composer.field);
    await settle();
    expect(ui.card.isOpenFor(composer)).toBe(false);
    composer.findings = [calmDown(DRAFT)];
    arrive(true);
    await vi.waitFor(() => expect(ui.card.isOpenFor(composer)).toBe(true));
    expect(said).toEqual([]);
    coaching.dispose();
  });

  it('with the tables in and no flag at the caret, says so', async () => {
    const { composer, ui, coaching, said } = setupAlt([]);
    altEnter(composer.field);
    await settle();
    expect(ui.card.isOpenFor(composer)).toBe(false);
    expect(said).toEqual(['Tactful: no flag at the caret. Alt+L lists all flags.']);
    coaching.dispose();
  });
});

describe('SessionCoaching while a chosen fix waits', () => {
  const press = (field: HTMLElement, init: KeyboardEventInit) => {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    field.dispatchEvent(event);
    return event;
  };

  it('holds Enter and undo/redo, lets typing through, and Esc cancels', async () => {
    const composer = new FakeComposer(DRAFT);
    composer.typingSettled = () => new Promise<void>(() => {});
    const fake = fakeServices();
    const ui = new DocumentCoach(document, fake.services);
    const coaching = new SessionCoaching(composer, ui, fake.services, () => {});
    press(composer.field, { key: 'Enter', code: 'Enter', altKey: true });
    await settle();
    press(ui.overlay.root.querySelector<HTMLElement>('[role=listbox]')!, { key: 'Enter' });
    await settle();
    expect(ui.card.busy).toBe(true);
    expect(press(composer.field, { key: 'Enter', code: 'Enter' }).defaultPrevented).toBe(true);
    expect(press(composer.field, { key: 'z', code: 'KeyZ', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(press(composer.field, { key: 'я', code: 'KeyZ', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(press(composer.field, { key: 'a', code: 'KeyA' }).defaultPrevented).toBe(false);
    expect(ui.card.isOpenFor(composer)).toBe(true);
    expect(press(composer.field, { key: 'Escape', code: 'Escape' }).defaultPrevented).toBe(true);
    expect(ui.card.isOpenFor(composer)).toBe(false);
    expect(composer.edits).toEqual([]);
    coaching.dispose();
  });
});
