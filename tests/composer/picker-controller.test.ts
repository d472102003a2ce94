// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OverlayHost } from '../../composer/overlay-host';
import { PickerController } from '../../composer/picker-controller';
import { FakeComposer, fakeServices, key, settle, useLanguage } from './fakes';

afterEach(() => {
  document.body.innerHTML = '';
  useLanguage('en');
});

function setup(draft: string, caret: number) {
  const overlay = new OverlayHost(document);
  const { services, stats } = fakeServices();
  const picker = new PickerController(overlay, services, () => {});
  const composer = new FakeComposer(draft, []);
  composer.caretAt = { start: caret, end: caret };
  const search = () => overlay.root.querySelector<HTMLInputElement>('input[role=combobox]')!;
  const type = async (text: string) => {
    search().value = text;
    search().dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  };
  const options = () => [...overlay.root.querySelectorAll('[role=option]')].map((o) => o.textContent);
  return { overlay, picker, composer, stats, search, type, options };
}

describe('phrase picker', () => {
  it('filters the language’s modules as the agent types, focus in the filter', async () => {
    const { overlay, picker, composer, search, type, options } = setup('Thanks. ;;', 10);
    picker.open(composer, ';;');
    await settle();
    await vi.waitFor(() => expect(overlay.root.activeElement).toBe(search()));
    expect(options()).toHaveLength(2);
    await type('frustrating');
    expect(options()).toEqual([expect.stringContaining('Acknowledge and take it on')]);
    await type('nothing like this');
    expect(options()).toEqual([]);
    expect(overlay.root.textContent).toContain('No module matches');
  });

  it('takes the focus as it opens, and takes back character keys that still reach the draft', async () => {
    const { overlay, picker, composer, search, options } = setup('Thanks. ;;', 10);
    picker.open(composer, ';;');
    // in the same task: the next key already goes to the filter
    expect(overlay.root.activeElement).toBe(search());
    expect(picker.isOpenFor(composer)).toBe(true);
    // an editor took the focus back: keys arriving in the draft go into the filter
    composer.field.focus();
    for (const k of 'frustr') expect(picker.takeKey(new KeyboardEvent('keydown', { key: k }))).toBe(true);
    expect(search().value).toBe('frustr');
    expect(overlay.root.activeElement).toBe(search());
    await settle();
    expect(options()).toEqual([expect.stringContaining('Acknowledge and take it on')]);
    // shortcuts and keys that type nothing stay with the editor
    expect(picker.takeKey(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }))).toBe(false);
    expect(picker.takeKey(new KeyboardEvent('keydown', { key: 'ArrowLeft' }))).toBe(false);
    expect(search().value).toBe('frustr');
    // Esc in the draft cancels the picker; the trigger stays as typed
    expect(picker.takeKey(new KeyboardEvent('keydown', { key: 'Escape' }))).toBe(true);
    expect(picker.isOpenFor(composer)).toBe(false);
    expect(composer.text()).toBe('Thanks. ;;');
  });

  it('speaks Polish and Russian: title, filter, situations, empty result, the variable form', async () => {
    for (const [language, strings] of [
      [
        'pl',
        {
          title: 'Moduły wypowiedzi',
          filter: 'Szukaj w modułach wypowiedzi',
          placeholder: 'Zacznij pisać, aby zawęzić…',
          situation: 'Przyjęcie reklamacji',
          none: 'Żaden moduł nie pasuje do „xyz”.',
          form: 'Uzupełnij: Chat: introduce yourself',
          intro: 'Uzupełnij dane do „Chat: introduce yourself”:',
          field: 'Twoje imię',
          buttons: ['Wstaw', 'Wróć'],
        },
      ],
      [
        'ru',
        {
          title: 'Речевые модули',
          filter: 'Поиск по речевым модулям',
          placeholder: 'Начните вводить для поиска…',
          situation: 'Жалоба принята',
          none: 'По запросу «xyz» модулей нет.',
          form: 'Заполните: Chat: introduce yourself',
          intro: 'Заполните поля для «Chat: introduce yourself»:',
          field: 'Ваше имя',
          buttons: ['Вставить', 'Назад'],
        },
      ],
    ] as const) {
      useLanguage(language);
      const { overlay, picker, composer, search, type } = setup('', 0);
      composer.known = { 'customer.name': 'Anna' };
      picker.open(composer, null);
      await settle();
      const dialog = overlay.root.querySelector<HTMLElement>('.picker[role=dialog]')!;
      expect(dialog.lang).toBe(language);
      expect(overlay.root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(strings.title);
      expect(search().getAttribute('aria-label')).toBe(strings.filter);
      expect(search().placeholder).toBe(strings.placeholder);
      expect(overlay.root.querySelector('[role=option] .kind')?.textContent).toBe(strings.situation);
      await type('xyz');
      expect(dialog.textContent).toContain(strings.none);
      await type('introduce');
      key(search(), 'Enter');
      await settle();
      const form = overlay.root.querySelector('form')!;
      expect(form.getAttribute('aria-label')).toBe(strings.form);
      expect(form.querySelector('p')?.textContent).toBe(strings.intro);
      expect(form.querySelector('label')?.textContent).toBe(strings.field);
      expect([...form.querySelectorAll('button')].map((b) => b.textContent)).toEqual(strings.buttons);
      picker.close(false);
    }
  });

  it('Enter inserts the chosen module in place of the typed trigger, caret at {cursor}', async () => {
    const { picker, composer, search, type, stats } = setup('Thanks. ;;', 10);
    picker.open(composer, ';;');
    await settle();
    await type('acknowledge');
    key(search(), 'Enter');
    await settle();
    expect(composer.edits).toEqual([
      {
        start: 8,
        end: 10,
        replaces: ';;',
        text: 'I understand how frustrating this is, and I am on it.',
        caret: 53,
      },
    ]);
    expect(composer.draft).toBe('Thanks. I understand how frustrating this is, and I am on it.');
    expect(stats).toEqual([
      { kind: 'module-inserted', situation: 'complaint-received', moduleId: 'complaint-received.acknowledge' },
    ]);
  });

  it('fills variables the page knows and asks for the rest', async () => {
    const { overlay, picker, composer, search, type } = setup('', 0);
    composer.known = { 'customer.name': 'Anna' };
    picker.open(composer, null);
    await settle();
    await type('introduce');
    key(search(), 'Enter');
    await settle();
    const inputs = [...overlay.root.querySelectorAll<HTMLInputElement>('form input')];
    expect(inputs.map((i) => i.name)).toEqual(['agent.name']);
    inputs[0].value = 'Bob';
    inputs[0].dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    overlay.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(composer.edits[0]).toMatchObject({ start: 0, end: 0, text: "Hi Anna, I'm Bob and I'll help you today." });
  });

  it('Esc cancels: nothing is inserted, the trigger stays as typed, the caret comes back', async () => {
    const { overlay, picker, composer, search } = setup('Thanks. ;;', 10);
    picker.open(composer, ';;');
    await settle();
    key(search(), 'Escape');
    expect(overlay.root.querySelector('[role=dialog]')).toBeNull();
    expect(composer.edits).toEqual([]);
    expect(composer.draft).toBe('Thanks. ;;');
    expect(composer.restored).toHaveLength(1);
  });

  it('ArrowDown chooses the next module', async () => {
    const { overlay, picker, composer, search } = setup('', 0);
    picker.open(composer, null);
    await settle();
    key(search(), 'ArrowDown');
    await settle();
    const selected = overlay.root.querySelector('[role=option][aria-selected=true]');
    expect(selected?.textContent).toContain('Chat: introduce yourself');
    expect(search().getAttribute('aria-activedescendant')).toBe(selected?.id);
  });
});
