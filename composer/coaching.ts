/**
 * What a composer session does for coaching, apart from its text model and highlights:
 * shortcuts, clicks on flags, the typed picker trigger, hiding ignored rules, and reporting
 * new flags (stats + screen-reader summary).
 */
import { t } from '../i18n/messages';
import type { Finding } from '../phrasebank/finding';
import type { CoachServices } from './coach-services';
import type { CoachedComposer } from './coached-composer';
import type { DocumentCoach } from './document-coach';
import { findingAtCaret, findingAtPoint } from './flag-hit';
import { bindShortcuts, type Shortcut } from './keyboard';
import { NewFlagTracker } from './new-flags';
import { TriggerWatcher } from './picker-trigger';
import { visibleFindings } from './visible-findings';

const MODIFIER_KEYS = new Set(['Alt', 'Control', 'Shift', 'Meta', 'AltGraph', 'CapsLock']);

/** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y, by letter or by physical key (Ctrl+Я undoes on a Russian layout) */
const UNDO_REDO = new Set(['z', 'y', 'KeyZ', 'KeyY']);
const isUndoRedo = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) &&
  !event.altKey &&
  (UNDO_REDO.has(event.key.toLowerCase()) || UNDO_REDO.has(event.code));

export class SessionCoaching {
  private readonly ignoredOnce = new Set<string>();
  private readonly tracker = new NewFlagTracker();
  private draftChecked = false;
  private modulesPrefetched = false;
  /** the last visible() answer and what it was computed from (ignoredOnce only grows) */
  private lastVisible: {
    findings: readonly Finding[];
    settings: unknown;
    origin: string;
    ignored: number;
    visible: Finding[];
  } | null = null;
  /** the findings checked() last saw */
  private lastChecked: readonly Finding[] | null = null;
  private readonly unbind: (() => void)[];
  private readonly trigger: TriggerWatcher;

  constructor(
    private readonly composer: CoachedComposer,
    private readonly ui: DocumentCoach,
    private readonly services: CoachServices,
    /** re-runs the composer's check (after settings change) */
    rerun: () => void,
  ) {
    const { field } = composer;
    const onClick = (event: MouseEvent) => this.onClick(event);
    field.addEventListener('click', onClick);
    this.trigger = new TriggerWatcher(
      field,
      () => services.settings.current().pickerTrigger,
      () => {
        this.ui.closeAll();
        this.ui.picker.open(composer, services.settings.current().pickerTrigger);
      },
    );
    this.unbind = [
      () => field.removeEventListener('click', onClick),
      bindShortcuts(field, {
        shortcut: (which) => this.onShortcut(which),
        otherKey: (event) => this.onOtherKey(event),
        wantsOtherKeys: () => this.ui.card.isOpenFor(composer) || this.ui.picker.isOpenFor(composer),
      }),
      () => this.trigger.dispose(),
      services.settings.subscribe(rerun),
    ];
  }

  /** The draft changed (called for every edit, in the task that made it). */
  edited() {
    this.trigger.edited();
  }

  /**
   * The findings to show: categories on, rules not ignored on this site or once. The same
   * findings under the same settings and ignores give back the same array (a check after
   * typing away from every flag, the usual one, then costs nothing here or in checked).
   */
  visible(findings: readonly Finding[], keys: readonly string[]): Finding[] {
    const settings = this.services.settings.current();
    const origin = this.composer.siteOrigin();
    const last = this.lastVisible;
    if (
      last?.findings === findings &&
      last.settings === settings &&
      last.origin === origin &&
      last.ignored === this.ignoredOnce.size
    )
      return last.visible;
    const visible = visibleFindings(findings, keys, { settings, origin, ignoredOnce: this.ignoredOnce });
    this.lastVisible = { findings, settings, origin, ignored: this.ignoredOnce.size, visible };
    return visible;
  }

  ignoreOnce(key: string) {
    this.ignoredOnce.add(key);
  }

  /**
   * After each check: counts the draft once, each new flag once, and queues the summary.
   * `keys` gives the findings' occurrence keys (asked only when the findings changed).
   */
  checked(text: string, findings: readonly Finding[], keys: () => readonly string[]) {
    if (!this.draftChecked && text.trim() !== '') {
      this.draftChecked = true;
      this.services.stat({ kind: 'draft-checked' });
    }
    if (findings === this.lastChecked) return;
    this.lastChecked = findings;
    if (!this.modulesPrefetched && findings.length > 0) {
      // so the card shows its modules at once when the agent opens it
      this.modulesPrefetched = true;
      this.services.modules(this.composer.language()).catch(() => {
        this.modulesPrefetched = false;
      });
    }
    const fresh = this.tracker.newOnes(findings, keys());
    for (const f of fresh) this.services.stat({ kind: 'flagged', category: f.category, ruleId: f.ruleId });
    this.ui.announcer.flags(fresh);
  }

  private onShortcut(which: Shortcut) {
    const { ui, composer } = this;
    if (which === 'open-card') {
      if (ui.card.isOpenFor(composer) && !ui.card.focused) {
        ui.card.focus();
        return;
      }
      ui.closeAll();
      const finding = this.flagAtCaret();
      if (finding) ui.card.open(composer, finding, true);
      else void this.openWhenChecked();
    } else if (which === 'flag-list') {
      ui.closeAll();
      ui.flagList.open(composer);
    } else {
      ui.closeAll();
      ui.picker.open(composer, null);
    }
  }

  private flagAtCaret(): Finding | null {
    const findings = this.composer.refresh();
    const caret = this.composer.caret();
    return (caret && findingAtCaret(findings, caret)) || null;
  }

  /**
   * Alt+Enter with no flag at the caret: right after typing in a fresh tab the language's tables
   * may still be on their way (QA: the shortcut did nothing for the first ~0.3 s, and for each
   * new tab's first Polish or Russian draft), so wait for them and look once more.
   */
  private async openWhenChecked() {
    const { ui, composer } = this;
    const waited = await composer.checksReady();
    const finding = waited ? this.flagAtCaret() : null;
    if (finding && !ui.card.isOpenFor(composer)) {
      ui.closeAll();
      ui.card.open(composer, finding, true);
    } else if (!finding) ui.announcer.say(t('coachNoFlagAtCaret'));
  }

  /**
   * A card opened by a click gives way as soon as the agent goes on typing or presses Esc.
   * While a chosen fix waits, typing goes on, but Enter and undo/redo are held: a second Enter
   * would split the flagged words, an undo would take typing the fix then lands on.
   */
  private onOtherKey(event: KeyboardEvent): boolean {
    const { card, picker } = this.ui;
    // keys typed into the draft while its picker is open belong to the picker (its filter)
    if (picker.isOpenFor(this.composer)) return picker.takeKey(event);
    if (!card.isOpenFor(this.composer) || card.focused || MODIFIER_KEYS.has(event.key)) return false;
    if (card.busy && event.key !== 'Escape') return event.key === 'Enter' || isUndoRedo(event);
    card.close(false);
    return event.key === 'Escape';
  }

  private onClick(event: MouseEvent) {
    if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const caret = this.composer.caret();
    if (caret && caret.start !== caret.end) return; // selecting text, not pointing at a flag
    const finding = findingAtPoint(
      this.composer.findings,
      (f) => this.composer.rangeOf(f),
      event.clientX,
      event.clientY,
    );
    if (!finding) return;
    this.ui.closeAll();
    // not focused: the agent may have clicked to type right there
    this.ui.card.open(this.composer, finding, false);
  }

  dispose() {
    for (const unbind of this.unbind) unbind();
    if (this.ui.card.isOpenFor(this.composer)) this.ui.card.close(false);
  }
}
