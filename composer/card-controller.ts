/**
 * The suggestion card of a composer's flag: opens it (focused from the keyboard; unfocused
 * on a click, so the agent's next keystrokes still go to the draft), keeps it at the flag,
 * and carries out the choice: a fix or module through the insertion chain, ignore once,
 * ignore the rule on this site.
 */
import { h, render } from 'preact';
import { SuggestionCard } from '../components/SuggestionCard';
import type { Finding } from '../phrasebank/finding';
import type { PhraseModule } from '../phrasebank/types';
import { type CardOption, cardOptions } from './card-options';
import type { CoachServices } from './coach-services';
import type { CoachedComposer, SavedCaret } from './coached-composer';
import { placeDialog } from './dialog-placement';
import type { DraftEdit } from './insert/edit';
import { t } from '../i18n/messages';
import { insertFailureMessage } from './insert-messages';
import { fitModule, fitReplacement, moduleTarget } from './module-text';
import type { OverlayHost } from './overlay-host';
import { pageTheme } from './page-theme';
import type { VariableValues } from './variables';

interface OpenCard {
  composer: CoachedComposer;
  finding: Finding;
  saved: SavedCaret;
  /** > 0 once focus moved into the card; bumped to move it there again */
  focusKey: number;
  modules: PhraseModule[] | null;
  status?: string;
  /** a choice is waiting for the editor's undo step to close: further choices are ignored */
  busy?: boolean;
}

/** The same flag in a re-checked draft: same rule and words, nearest to where it was. */
export function locateFinding(findings: readonly Finding[], old: Finding): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) {
    if (f.ruleId !== old.ruleId || f.text !== old.text) continue;
    if (!best || Math.abs(f.start - old.start) < Math.abs(best.start - old.start)) best = f;
  }
  return best;
}

export class CardController {
  private card: OpenCard | null = null;
  private readonly layer: HTMLElement;
  private readonly onPointerDown = (event: Event) => {
    if (this.card && !this.overlay.contains(event)) this.close(false);
  };
  private readonly onViewportChange = () => this.position();
  private unwatch = () => {};

  constructor(
    private readonly overlay: OverlayHost,
    private readonly services: CoachServices,
    private readonly say: (message: string) => void,
  ) {
    this.layer = overlay.layer('card');
  }

  isOpenFor(composer: CoachedComposer): boolean {
    return this.card?.composer === composer;
  }

  /** a choice is waiting for the editor (see apply) */
  get busy(): boolean {
    return this.card?.busy === true;
  }

  get focused(): boolean {
    return (this.card?.focusKey ?? 0) > 0;
  }

  open(composer: CoachedComposer, finding: Finding, focus: boolean) {
    this.close(false);
    const card: OpenCard = { composer, finding, saved: composer.saveCaret(), focusKey: focus ? 1 : 0, modules: null };
    this.card = card;
    this.unwatch = this.overlay.watch(composer.field.ownerDocument, this.onPointerDown, this.onViewportChange);
    this.render();
    this.services.modules(composer.language()).then(
      (modules) => this.update(card, { modules }),
      () => this.update(card, { modules: [] }),
    );
  }

  /** Draws the open card again (the UI language changed). */
  redraw() {
    this.render();
  }

  /** Moves focus into a card opened by a click. */
  focus() {
    if (this.card) this.update(this.card, { focusKey: this.card.focusKey + 1 });
  }

  /** Closes the card; `restore` gives focus and the caret back to the composer. */
  close(restore: boolean) {
    const card = this.card;
    if (!card) return;
    this.card = null;
    render(null, this.layer);
    this.unwatch();
    if (restore) card.composer.restoreCaret(card.saved);
  }

  private update(card: OpenCard, patch: Partial<OpenCard>) {
    if (this.card !== card) return;
    Object.assign(card, patch);
    this.render();
  }

  private render() {
    const card = this.card;
    if (!card) return;
    const { finding, composer } = card;
    render(
      h(SuggestionCard, {
        theme: pageTheme(composer.field, this.services.settings.current().theme),
        category: finding.category,
        flagged: finding.text,
        message: finding.message,
        options: cardOptions(finding, card.modules),
        modulesLoading: card.modules === null && finding.suggestions.some((s) => s.kind === 'module'),
        known: composer.variables(),
        focusKey: card.focusKey,
        status: card.status,
        busy: card.busy,
        onApply: (option, values) => void this.apply(card, option, values),
        onIgnoreOnce: () => this.ignoreOnce(card),
        onIgnoreRule: () => void this.ignoreRule(card),
        onClose: () => this.close(true),
      }),
      this.layer,
    );
    this.position();
  }

  private position() {
    const card = this.card;
    if (!card) return;
    const { composer, finding } = card;
    const flag = [...(composer.rangeOf(finding)?.getClientRects() ?? [])];
    // the caret's line is part of the anchor, so the card never covers it
    const caretLine = composer.caretRect(card.saved.offsets?.start ?? finding.start);
    placeDialog(this.layer, this.overlay.anchors(composer.field.ownerDocument, [...flag, caretLine]));
  }

  private async apply(card: OpenCard, option: CardOption, values: VariableValues) {
    if (card.busy) return; // a second Enter while the first choice waits
    const { composer } = card;
    // The editor's undo step must close before the edit, or one Ctrl+Z would take the agent's
    // last typing with it. Meanwhile the agent types on in the draft, the card stays up saying
    // the fix is coming, and the session holds Enter and undo/redo (QA: a second Enter split the
    // flagged word and the fix was dropped; a Ctrl+Z undid the typing, then the fix landed);
    // Esc or a click elsewhere cancels.
    this.update(card, { busy: true, status: t('coachApplying'), focusKey: 0 });
    composer.restoreCaret(card.saved);
    await composer.typingSettled();
    if (this.card !== card) return;
    // the draft may have changed since the card opened: find the flag again
    const finding = locateFinding(composer.refresh(), card.finding);
    if (!finding) {
      // said on the card (role=alert), where the agent is looking, not only to screen readers
      this.update(card, { busy: false, status: insertFailureMessage('stale') });
      return;
    }
    this.close(false);
    const text = composer.text();
    let edit: DraftEdit & { replaces: string };
    if (option.kind === 'replace') {
      const replacement = fitReplacement(option.text, text.slice(0, finding.start));
      edit = { start: finding.start, end: finding.end, text: replacement, replaces: finding.text };
    } else {
      // a module is whole sentences: it may take over the flagged sentence (module-text.ts)
      const { start, end } = moduleTarget(text, finding);
      const fitted = fitModule(option.module.text, values, text.slice(0, start), text.slice(end));
      edit = { start, end, replaces: text.slice(start, end), ...fitted };
    }
    const result = await composer.apply(edit);
    if (!result.ok) {
      this.say(insertFailureMessage(result.reason));
      return;
    }
    this.services.stat({ kind: 'fixed', category: finding.category, ruleId: finding.ruleId });
    if (option.kind === 'module') {
      this.services.stat({ kind: 'module-inserted', situation: option.module.situation, moduleId: option.module.id });
    }
  }

  private ignoreOnce(card: OpenCard) {
    this.close(true);
    card.composer.ignoreOnce(card.finding);
    this.services.stat({ kind: 'ignored', category: card.finding.category, ruleId: card.finding.ruleId });
  }

  private async ignoreRule(card: OpenCard) {
    this.close(true);
    const { finding, composer } = card;
    this.services.stat({ kind: 'ignored', category: finding.category, ruleId: finding.ruleId });
    try {
      await this.services.settings.ignoreRule(composer.siteOrigin(), finding.ruleId);
    } catch {
      this.say(t('coachIgnoreSaveFailed'));
    }
  }
}
