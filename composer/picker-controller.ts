/**
 * The phrase picker of a composer: opened by the typed trigger (";;") or Alt+;. Inserting a
 * module replaces the trigger (it stays as typed when the picker is cancelled) and goes
 * through the same insertion chain as a fix; `{cursor}` decides where the caret lands.
 */
import { h, render } from 'preact';
import { PhrasePicker } from '../components/PhrasePicker';
import type { PhraseModule } from '../phrasebank/types';
import type { CoachServices } from './coach-services';
import type { CoachedComposer, SavedCaret } from './coached-composer';
import { placeDialog } from './dialog-placement';
import { insertFailureMessage } from './insert-messages';
import { fitModule } from './module-text';
import type { OverlayHost } from './overlay-host';
import { pageTheme } from './page-theme';
import type { VariableValues } from './variables';

interface OpenPicker {
  composer: CoachedComposer;
  saved: SavedCaret;
  /** where the typed trigger sits in the draft, when the picker was opened by typing it */
  trigger: { start: number; text: string } | null;
  modules: PhraseModule[] | null;
}

export class PickerController {
  private picker: OpenPicker | null = null;
  private readonly layer: HTMLElement;
  private readonly onPointerDown = (event: Event) => {
    if (this.picker && !this.overlay.contains(event)) this.close(false);
  };
  private unwatch = () => {};

  constructor(
    private readonly overlay: OverlayHost,
    private readonly services: CoachServices,
    private readonly say: (message: string) => void,
  ) {
    this.layer = overlay.layer('picker');
  }

  get isOpen(): boolean {
    return this.picker !== null;
  }

  isOpenFor(composer: CoachedComposer): boolean {
    return this.picker?.composer === composer;
  }

  /**
   * A key went down in the composer while its picker is open: the picker took the focus as
   * it opened, but an editor may take it back (Lexical sets its selection once its own update
   * lands, after the trigger's edit). A character key goes into the filter instead of the
   * draft, and the filter gets the focus back; Esc cancels. True when the key was taken.
   */
  takeKey(event: KeyboardEvent): boolean {
    // (the first input: the filter, or the variables form's first field)
    const input = !event.ctrlKey && !event.metaKey && !event.altKey && this.layer.querySelector('input');
    if (!this.picker || !input) return false;
    if (event.key === 'Escape') this.close(true);
    // one character (a letter outside the BMP is two code units)
    else if ([...event.key].length === 1) {
      input.focus();
      input.value += event.key;
      input.dispatchEvent(new Event('input'));
    } else return false;
    return true;
  }

  /** `trigger`: the text the agent typed to open it, just before the caret. */
  open(composer: CoachedComposer, trigger: string | null) {
    this.close(false);
    const saved = composer.saveCaret();
    const caret = saved.offsets;
    let at: OpenPicker['trigger'] = null;
    if (trigger && caret) {
      const start = caret.start - trigger.length;
      if (start >= 0 && composer.text().slice(start, caret.start) === trigger) at = { start, text: trigger };
    }
    const picker: OpenPicker = { composer, saved, trigger: at, modules: null };
    this.picker = picker;
    this.unwatch = this.overlay.watch(composer.field.ownerDocument, this.onPointerDown);
    this.render();
    this.services.modules(composer.language()).then(
      (modules) => this.update(picker, modules),
      () => this.update(picker, []),
    );
  }

  /** Draws the open picker again (the UI language changed). */
  redraw() {
    this.render();
  }

  close(restore: boolean) {
    const picker = this.picker;
    if (!picker) return;
    this.picker = null;
    render(null, this.layer);
    this.unwatch();
    if (restore) picker.composer.restoreCaret(picker.saved);
  }

  private update(picker: OpenPicker, modules: PhraseModule[]) {
    if (this.picker !== picker) return;
    picker.modules = modules;
    this.render();
  }

  private render() {
    const picker = this.picker;
    if (!picker) return;
    const { composer } = picker;
    render(
      h(PhrasePicker, {
        theme: pageTheme(composer.field, this.services.settings.current().theme),
        modules: picker.modules,
        known: composer.variables(),
        onInsert: (module, values) => void this.insert(picker, module, values),
        onClose: () => this.close(true),
      }),
      this.layer,
    );
    const caret = picker.saved.offsets?.start ?? 0;
    placeDialog(this.layer, this.overlay.anchors(composer.field.ownerDocument, [composer.caretRect(caret)]));
  }

  private async insert(picker: OpenPicker, module: PhraseModule, values: VariableValues) {
    const { composer, trigger } = picker;
    this.close(true);
    await composer.typingSettled();
    const text = composer.text();
    const caret = composer.caret() ?? picker.saved.offsets ?? { start: text.length, end: text.length };
    let start = caret.start;
    let end = caret.end;
    let replaces: string | undefined;
    if (trigger && text.slice(trigger.start, trigger.start + trigger.text.length) === trigger.text) {
      start = trigger.start;
      end = trigger.start + trigger.text.length;
      replaces = trigger.text;
    }
    const fitted = fitModule(module.text, values, text.slice(0, start), text.slice(end));
    const result = await composer.apply({ start, end, replaces, text: fitted.text, caret: fitted.caret });
    if (!result.ok) {
      this.say(insertFailureMessage(result.reason));
      return;
    }
    this.services.stat({ kind: 'module-inserted', situation: module.situation, moduleId: module.id });
  }
}
