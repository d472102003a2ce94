// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardController, locateFinding } from '../../composer/card-controller';
import { OverlayHost } from '../../composer/overlay-host';
import { calmDown, FakeComposer, fakeServices, key, MODULES, settle, useLanguage } from './fakes';

const DRAFT = 'Please calm down. The warehouse messed up your order.';

function setup(findingOverrides = {}) {
  const overlay = new OverlayHost(document);
  const { services, stats, ignoredRules } = fakeServices();
  const said: string[] = [];
  const card = new CardController(overlay, services, (m) => said.push(m));
  const composer = new FakeComposer(DRAFT, [calmDown(DRAFT, findingOverrides)]);
  const dialog = () => overlay.root.querySelector<HTMLElement>('[role=dialog]');
  const options = () => [...overlay.root.querySelectorAll<HTMLElement>('[role=option]')];
  const listbox = () => overlay.root.querySelector<HTMLElement>('[role=listbox]')!;
  return { overlay, card, composer, services, stats, ignoredRules, said, dialog, options, listbox };
}

afterEach(() => {
  document.body.innerHTML = '';
  useLanguage('en');
});

describe('suggestion card', () => {
  it('is a labelled dialog in a shadow root, showing category, why, fixes and modules; focus moves in', async () => {
    const { overlay, card, composer, dialog, options } = setup();
    card.open(composer, composer.findings[0], true);
    await settle();
    const el = dialog()!;
    expect(el.getRootNode()).toBe(overlay.root);
    const title = overlay.root.getElementById(el.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toContain('Stop-phrase');
    expect(title?.textContent).toContain('calm down');
    expect(overlay.root.getElementById(el.getAttribute('aria-describedby')!)?.textContent).toContain('feelings');
    expect(options().map((o) => o.textContent)).toEqual([
      'Replace withI understand',
      'Phrase moduleAcknowledge and take it on',
    ]);
    await vi.waitFor(() => expect(overlay.root.activeElement?.getAttribute('role')).toBe('listbox'));
    expect(el.textContent).toContain('Ignore once');
    expect(el.textContent).toContain('Ignore this rule on this site');
    expect(el.textContent).toContain('Alt+;');
  });

  it.each([
    [
      'pl',
      'STOP-fraza',
      ['Zamień naI understand', 'Moduł wypowiedziAcknowledge and take it on'],
      ['Pomiń tym razem', 'Pomijaj tę regułę na tej witrynie'],
      'Enter zastosuj · ↑↓ wybierz · Esc zamknij · Alt+; moduły wypowiedzi · Alt+L wszystkie uwagi',
      'Propozycje',
    ],
    [
      'ru',
      'STOP-фраза',
      ['Заменить наI understand', 'Речевой модульAcknowledge and take it on'],
      ['Пропустить один раз', 'Пропускать это правило на этом сайте'],
      'Enter применить · ↑↓ выбрать · Esc закрыть · Alt+; речевые модули · Alt+L все замечания',
      'Варианты исправления',
    ],
  ] as const)(
    'speaks the agent’s UI language (%s); bank text stays as written',
    async (language, badge, kinds, buttons, footer, listLabel) => {
      useLanguage(language);
      const { overlay, card, composer, dialog, options, listbox } = setup();
      card.open(composer, composer.findings[0], true);
      await settle();
      const el = dialog()!;
      expect(el.lang).toBe(language);
      expect(el.querySelector('.badge')?.textContent).toBe(badge);
      expect(options().map((o) => o.textContent)).toEqual(kinds);
      expect([...overlay.root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(buttons);
      expect(el.querySelector('.footer')?.textContent?.replace(/\s+/g, ' ')).toBe(footer);
      expect(listbox().getAttribute('aria-label')).toBe(listLabel);
      expect(el.querySelector('.why')?.textContent).toContain('feelings');
    },
  );

  it('says "no ready fix" and "loading" in the UI language', async () => {
    useLanguage('ru');
    const { overlay, card, composer } = setup({ suggestions: [] });
    card.open(composer, composer.findings[0], true);
    await settle();
    expect(overlay.root.textContent).toContain('Готовой замены нет — переформулируйте своими словами.');
    useLanguage('pl');
    const slow = setup({ suggestions: [{ kind: 'module', moduleId: 'complaint-received.acknowledge' }] });
    slow.services.modules = () => new Promise(() => {});
    slow.card.open(slow.composer, slow.composer.findings[0], true);
    await settle();
    expect(slow.overlay.root.textContent).toContain('Wczytuję moduły wypowiedzi…');
  });

  it('Enter applies the first option: the first replacement, as one edit of the flagged span', async () => {
    const { card, composer, listbox, stats } = setup();
    card.open(composer, composer.findings[0], true);
    await settle();
    key(listbox(), 'Enter');
    await settle();
    expect(composer.edits).toEqual([{ start: 7, end: 16, text: 'I understand', replaces: 'calm down' }]);
    expect(stats).toEqual([{ kind: 'fixed', category: 'stop-phrase', ruleId: 'stop-phrase.calm-down' }]);
  });

  it('ArrowDown then Enter applies a module, which takes over a sentence that is only the flag', async () => {
    const { card, composer, listbox, options, stats } = setup();
    card.open(composer, composer.findings[0], true);
    await settle();
    key(listbox(), 'ArrowDown');
    await settle();
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    key(listbox(), 'ArrowUp');
    await settle();
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    key(listbox(), 'ArrowDown');
    await settle();
    key(listbox(), 'Enter');
    await settle();
    expect(composer.edits).toEqual([
      {
        start: 0,
        end: 17,
        replaces: 'Please calm down.',
        text: 'I understand how frustrating this is, and I am on it.',
        caret: 53,
      },
    ]);
    expect(stats.map((s) => s.kind)).toEqual(['fixed', 'module-inserted']);
  });

  it('without replacements, Enter applies the first module', async () => {
    const { card, composer, listbox } = setup({
      suggestions: [{ kind: 'module', moduleId: 'complaint-received.acknowledge' }],
    });
    card.open(composer, composer.findings[0], true);
    await settle();
    key(listbox(), 'Enter');
    await settle();
    expect(composer.edits[0].text).toContain('I understand how frustrating');
  });

  it('asks for variables the page could not fill before inserting a module', async () => {
    const { overlay, card, composer, listbox } = setup({
      suggestions: [{ kind: 'module', moduleId: 'greeting.chat-introduction' }],
    });
    card.open(composer, composer.findings[0], true);
    await settle();
    key(listbox(), 'Enter');
    await settle();
    const inputs = [...overlay.root.querySelectorAll<HTMLInputElement>('form input')];
    expect(inputs.map((i) => [i.name, i.value, i.required])).toEqual([
      ['customer.name', 'there', false],
      ['agent.name', '', true],
    ]);
    await vi.waitFor(() => expect(overlay.root.activeElement).toBe(inputs[0]));
    inputs[1].value = 'Bob';
    inputs[1].dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    overlay.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(composer.edits[0].text).toBe("Hi there, I'm Bob and I'll help you today.");
  });

  it('Esc closes the card and gives the caret back', async () => {
    const { card, composer, dialog, listbox } = setup();
    composer.caretAt = { start: 10, end: 10 };
    card.open(composer, composer.findings[0], true);
    await settle();
    key(listbox(), 'Escape');
    expect(dialog()).toBeNull();
    expect(composer.restored).toEqual([{ offsets: { start: 10, end: 10 }, range: null }]);
    expect(composer.edits).toEqual([]);
  });

  it('"Ignore once" and "Ignore this rule on this site" are counted; the rule is saved per site', async () => {
    const { overlay, card, composer, stats, ignoredRules } = setup();
    const button = (name: string) =>
      [...overlay.root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
    card.open(composer, composer.findings[0], true);
    await settle();
    button('Ignore once').click();
    expect(composer.ignored).toHaveLength(1);
    card.open(composer, composer.findings[0], true);
    await settle();
    button('Ignore this rule on this site').click();
    await settle();
    expect(ignoredRules).toEqual([['https://support.example.com', 'stop-phrase.calm-down']]);
    expect(stats.map((s) => s.kind)).toEqual(['ignored', 'ignored']);
  });

  it('renders bank text as text, never as HTML', async () => {
    const { overlay, card, composer } = setup({ message: '<img src=x onerror="alert(1)">Why' });
    card.open(composer, composer.findings[0], true);
    await settle();
    expect(overlay.root.querySelector('img')).toBeNull();
    expect(overlay.root.textContent).toContain('<img src=x onerror="alert(1)">Why');
  });

  it('opened by a click it leaves the focus where it is, until asked', async () => {
    const { overlay, card, composer } = setup();
    card.open(composer, composer.findings[0], false);
    await settle();
    expect(card.focused).toBe(false);
    expect(overlay.root.activeElement).toBeNull();
    card.focus();
    await vi.waitFor(() => expect(overlay.root.activeElement?.getAttribute('role')).toBe('listbox'));
  });

  it('says so when the editor would not take the fix', async () => {
    const { card, composer, listbox, said, stats } = setup();
    composer.apply = async () => ({ ok: false, reason: 'unchanged' });
    card.open(composer, composer.findings[0], true);
    await settle();
    key(listbox(), 'Enter');
    await settle();
    expect(said[0]).toMatch(/could not change the text/);
    expect(stats).toEqual([]);
  });

  it('tells a screen reader in Polish or Russian why nothing changed', async () => {
    for (const [language, said0] of [
      ['pl', 'Tactful nie może zmienić tekstu w tym edytorze, więc odpowiedź została bez zmian. Popraw ją ręcznie.'],
      ['ru', 'Tactful не может изменить текст в этом редакторе, поэтому ответ остался прежним. Исправьте его вручную.'],
    ] as const) {
      useLanguage(language);
      const { card, composer, listbox, said } = setup();
      composer.apply = async () => ({ ok: false, reason: 'unchanged' });
      card.open(composer, composer.findings[0], true);
      await settle();
      key(listbox(), 'Enter');
      await settle();
      expect(said).toEqual([said0]);
    }
  });

  describe('while a choice waits for the editor’s undo step', () => {
    function waiting() {
      const s = setup();
      let release = () => {};
      s.composer.typingSettled = () => new Promise<void>((done) => (release = done));
      return { ...s, release: () => release() };
    }

    it('stays open, says it is applying, ignores a second Enter, then applies once and closes', async () => {
      const { card, composer, listbox, dialog, release } = waiting();
      card.open(composer, composer.findings[0], true);
      await settle();
      key(listbox(), 'Enter');
      await settle();
      expect(dialog()?.textContent).toContain('Applying…');
      expect(composer.edits).toEqual([]);
      // held by the card: the document's undo would otherwise take the draft's last typing
      const undo = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
      listbox().dispatchEvent(undo);
      expect(undo.defaultPrevented).toBe(true);
      key(listbox(), 'Enter');
      await settle();
      release();
      await settle();
      expect(composer.edits).toHaveLength(1);
      expect(dialog()).toBeNull();
      expect(composer.restored).toHaveLength(1);
    });

    it('Esc cancels: nothing is applied once the editor is ready', async () => {
      const { card, composer, listbox, dialog, release, stats } = waiting();
      card.open(composer, composer.findings[0], true);
      await settle();
      key(listbox(), 'Enter');
      await settle();
      key(listbox(), 'Escape');
      await settle();
      expect(dialog()).toBeNull();
      release();
      await settle();
      expect(composer.edits).toEqual([]);
      expect(stats).toEqual([]);
    });

    it('gives the caret back to the draft at once, so the agent types on meanwhile', async () => {
      const { card, composer, listbox } = waiting();
      card.open(composer, composer.findings[0], true);
      await settle();
      key(listbox(), 'Enter');
      await settle();
      expect(card.busy).toBe(true);
      expect(card.focused).toBe(false);
      expect(composer.restored).toHaveLength(1);
    });

    it('when the flagged words changed meanwhile, the card says so and stays open', async () => {
      const { card, composer, listbox, dialog, release, said } = waiting();
      card.open(composer, composer.findings[0], true);
      await settle();
      key(listbox(), 'Enter');
      await settle();
      composer.findings = [];
      release();
      await settle();
      expect(composer.edits).toEqual([]);
      expect(dialog()?.textContent).toContain('the flagged words changed, so nothing was replaced');
      expect(dialog()?.textContent).not.toContain('Applying…');
      expect(said).toEqual([]);
    });
  });

  it('finds the flag again after the draft changed', () => {
    const old = calmDown(DRAFT);
    const moved = { ...old, start: old.start + 4, end: old.end + 4 };
    expect(locateFinding([moved], old)).toBe(moved);
    expect(locateFinding([{ ...moved, text: 'settle down' }], old)).toBeNull();
  });

  it('uses only modules that exist in the language', async () => {
    const { overlay, card, composer } = setup({
      suggestions: [{ kind: 'module', moduleId: 'no.such-module' }, ...calmDown(DRAFT).suggestions],
    });
    card.open(composer, composer.findings[0], true);
    await settle();
    expect(overlay.root.querySelectorAll('[role=option]')).toHaveLength(2);
    expect(MODULES).toHaveLength(2);
  });
});
