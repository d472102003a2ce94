/**
 * One composer's life: observe edits → read the text → check → draw highlights; and, when a
 * coach is active, the composer side of coaching (caret, edits through the insertion chain).
 * Checks run after a short typing pause so keystrokes never wait on Tactful.
 */
import { detectedLanguage } from '../phrasebank/detect-language';
import { type Category, type Finding, LANGUAGES, type Language } from '../phrasebank/finding';
import { locateFinding } from './card-controller';
import { caretOffsets, caretRect, liveRange, type Span, selectRange } from './caret';
import { activeCoach, type Coach } from './coach';
import type { CoachedComposer, SavedCaret } from './coached-composer';
import { SessionCoaching } from './coaching';
import { draftLanguage } from './draft-language';
import { occurrenceKeys } from './finding-keys';
import { drawHighlights } from './highlights';
import { DRAW_ALL_UP_TO, type IndexWindow, sameWindow, visibleBand, windowIn } from './highlight-window';
import { type InsertResult, insertWithChain } from './insert/chain';
import { type DraftEdit, delay, isTextarea } from './insert/edit';
import { focusField, placeCaret } from './insert/selection';
import { sinceLastKey } from './keyboard';
import { siteOrigin } from './site-origin';
import { readComposerVariables } from './sites/registry';
import { LiveTextModel } from './live-text-model';
import { readContentEditable, type TextModel } from './text-model';
import { TextareaMirror } from './textarea-mirror';
import type { VariableValues } from './variables';

/** Checks one composer's text; each composer has its own (it remembers the last text). */
export type Checker = ((text: string) => Finding[]) & {
  /** resolves once the tables of the language last checked are in: true when it had to wait */
  ready?: () => Promise<boolean>;
};

const PAUSE_MS = 60;
/** the longest undo-grouping delay of the editors we know (Quill 1 s; ProseMirror 0.5 s) */
const UNDO_GROUP_MS = 1000;

export class ComposerSession implements CoachedComposer {
  findings: Finding[] = [];
  private model: TextModel | null = null;
  /**
   * Text nodes changed in place since the highlights were last checked (null: unknown, e.g.
   * after a full read): a drawn Range in any other node still covers its text.
   */
  private touched: Set<Text> | null = null;
  /** the findings the highlights were drawn for */
  private drawnFor: Finding[] = [];
  /** which of them have a Range (highlight-window.ts: in a long draft, those near the screen) */
  private window: IndexWindow = { from: 0, to: 0 };
  /** the window's findings with their Ranges (null: not mappable) */
  private drawn: { finding: Finding; range: Range | null }[] = [];
  /** scrolling or resizing may have moved the window; redraw at the next check */
  private windowStale = false;
  private frame = 0;
  /** the checker's last answer, and it sorted with its occurrence keys */
  private checked: readonly Finding[] | null = null;
  private all: Finding[] = [];
  private allKeys: string[] = [];
  /** occurrence key of each finding of the last check (finding-keys.ts) */
  private keys = new Map<Finding, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly mirror: TextareaMirror | null;
  private readonly observer: MutationObserver | null;
  /** a rich editor's text model, patched from the observer's records */
  private readonly live: LiveTextModel | null;
  private readonly coaching: SessionCoaching | null;
  private lastInput = 0;
  private readonly onInput = () => {
    this.lastInput = Date.now();
    this.coaching?.edited();
    this.schedule();
  };
  /** a rich editor's DOM changed: the text model notes what, and a check is scheduled */
  private readonly onMutations = (records: MutationRecord[]) => {
    this.live?.note(records);
    this.onInput();
  };
  /** fires after a quiet PAUSE_MS; while the agent is still typing it only re-arms itself */
  private readonly onTimer = () => {
    this.timer = undefined;
    const wait = this.lastInput + PAUSE_MS - Date.now();
    if (wait > 0) this.timer = setTimeout(this.onTimer, wait);
    else this.run();
  };

  constructor(
    readonly field: HTMLElement,
    private readonly checker: Checker,
    coach: Coach | null = activeCoach(),
  ) {
    const textarea = isTextarea(field);
    this.mirror = textarea ? new TextareaMirror(field) : null;
    // One signal per keystroke, not two: a textarea's value changes only with `input`; rich
    // editors also change their DOM without input events (undo, paste handlers, APIs), and
    // every such change, typing included, reaches the mutation observer.
    if (textarea) field.addEventListener('input', this.onInput);
    this.live = textarea ? null : new LiveTextModel(field);
    this.observer = textarea ? null : new MutationObserver(this.onMutations);
    this.observer?.observe(field, { subtree: true, childList: true, characterData: true });
    const view = field.ownerDocument.defaultView;
    // scroll events do not bubble; in the capture phase the window sees every scrolling box
    view?.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    view?.addEventListener('resize', this.onViewportChange, { passive: true });
    this.coaching = coach
      ? new SessionCoaching(this, coach.forDocument(field.ownerDocument), coach.services, () => this.run())
      : null;
    this.run();
  }

  /** In a long draft only flags near the screen are drawn: after scrolling, draw the new ones. */
  private readonly onViewportChange = () => {
    if (this.drawnFor.length <= DRAW_ALL_UP_TO || this.frame) return;
    const view = this.field.ownerDocument.defaultView;
    this.frame =
      view?.requestAnimationFrame(() => {
        this.frame = 0;
        const { model } = this;
        // with edits not yet checked, the model's offsets may be stale: the next check redraws
        if (this.timer !== undefined || !model) this.windowStale = true;
        else if (!sameWindow(this.windowFor(model, this.drawnFor), this.window)) this.draw(model);
      }) ?? 0;
  };

  /**
   * Checks after the next typing pause. One timer per pause, not one per keystroke: typing
   * calls this for every key, and timers set from a content script are not free (measured
   * in bench/browser.ts).
   */
  schedule() {
    if (this.timer === undefined) this.timer = setTimeout(this.onTimer, PAUSE_MS);
  }

  private read(): TextModel {
    if (this.mirror) {
      this.touched = null; // the mirror's text is replaced whole
      return this.mirror.read();
    }
    // changes not yet delivered to the observer's callback (e.g. an insertion a moment ago)
    const pending = this.observer?.takeRecords() ?? [];
    if (pending.length > 0) this.onMutations(pending);
    if (!this.live) return readContentEditable(this.field);
    const model = this.live.read();
    const patched = this.live.lastPatched;
    if (!patched) this.touched = null;
    else for (const node of patched) this.touched?.add(node);
    return model;
  }

  run() {
    this.model = this.read();
    clearTimeout(this.timer); // this check covers every change read above
    this.timer = undefined;
    const checked = this.checker(this.model.text);
    // the checker hands back the same array when an edit changed no finding (the usual keystroke)
    if (checked !== this.checked) {
      this.checked = checked;
      this.all = [...checked].sort((a, b) => a.start - b.start);
      this.allKeys = occurrenceKeys(this.all);
      this.keys = new Map(this.all.map((f, i) => [f, this.allKeys[i]]));
    }
    const { all, allKeys: keys } = this;
    this.findings = this.coaching ? this.coaching.visible(all, keys) : all;
    if (!this.stillDrawn()) this.draw(this.model);
    else if (this.windowStale) {
      // scrolled while typing: redraw only if other flags came near the screen
      this.windowStale = false;
      if (!sameWindow(this.windowFor(this.model, this.drawnFor), this.window)) this.draw(this.model);
    }
    this.touched = new Set();
    const { findings, keys: keyOf } = this;
    this.coaching?.checked(this.model.text, findings, () => findings.map((f) => keyOf.get(f) ?? ''));
  }

  /**
   * Whether the highlights on screen already show this.findings. Typing far from every flag
   * (the common case) changes nothing on screen, so nothing is redrawn. The drawn Ranges are
   * live, but an editor may re-render a paragraph's nodes: each must still cover its text.
   */
  private stillDrawn(): boolean {
    const { drawn, drawnFor, findings } = this;
    if (drawnFor.length !== findings.length) return false;
    const same =
      drawnFor === findings ||
      findings.every((f, i) => {
        const d = drawnFor[i];
        return d.ruleId === f.ruleId && d.start === f.start && d.end === f.end;
      });
    if (!same) return false;
    const { touched } = this;
    return drawn.every(({ finding: f, range }) => {
      if (!range) return false;
      const { startContainer: a, endContainer: b } = range;
      if (touched && !touched.has(a as Text) && !touched.has(b as Text)) return true;
      return a.isConnected && b.isConnected && range.toString() === f.text;
    });
  }

  /** The findings to draw: all of a short list; of a long one, those near the screen. */
  private windowFor(model: TextModel, findings: readonly Finding[]): IndexWindow {
    if (findings.length <= DRAW_ALL_UP_TO) return { from: 0, to: findings.length };
    return windowIn(findings.length, visibleBand(this.mirror?.element ?? this.field), (i) => {
      const box = model.toRange(findings[i].start, findings[i].end)?.getBoundingClientRect();
      // a box of nothing (text not laid out) says nothing about where the finding is
      return box && (box.width > 0 || box.height > 0) ? box : null;
    });
  }

  private draw(model: TextModel) {
    const ranges = new Map<Category, Range[]>();
    this.windowStale = false;
    this.window = this.windowFor(model, this.findings);
    this.drawnFor = this.findings;
    this.drawn = this.findings.slice(this.window.from, this.window.to).map((finding) => {
      const range = model.toRange(finding.start, finding.end);
      if (range) {
        const list = ranges.get(finding.category) ?? [];
        list.push(range);
        ranges.set(finding.category, list);
      }
      return { finding, range };
    });
    drawHighlights(this, this.mirror?.element ?? this.field, ranges);
  }

  // ---- CoachedComposer: what the card, picker and flag list use ----

  refresh(): readonly Finding[] {
    this.run();
    return this.findings;
  }

  text(): string {
    return this.read().text;
  }

  language(): Language {
    const detected = detectedLanguage(this.read().text);
    if (detected) return detected;
    // an empty draft: the language the agent last wrote in, else the page's
    const page = this.field.ownerDocument.documentElement.lang.slice(0, 2).toLowerCase() as Language;
    return draftLanguage.preferred ?? (LANGUAGES.includes(page) ? page : 'en');
  }

  siteOrigin(): string {
    return siteOrigin(this.field.ownerDocument);
  }

  rangeOf(finding: Finding): Range | null {
    return this.model?.toRange(finding.start, finding.end) ?? null;
  }

  caret(): Span | null {
    return caretOffsets(this.field, this.read());
  }

  caretRect(offset: number): DOMRect {
    return caretRect(this.field, this.read(), offset);
  }

  saveCaret(): SavedCaret {
    return { offsets: this.caret(), range: isTextarea(this.field) ? null : liveRange(this.field) };
  }

  restoreCaret(saved: SavedCaret) {
    focusField(this.field);
    const { range, offsets } = saved;
    if (range?.startContainer.isConnected && this.field.contains(range.startContainer)) {
      selectRange(this.field, range);
    } else if (offsets && isTextarea(this.field)) {
      this.field.setSelectionRange(offsets.start, offsets.end);
    } else if (offsets) {
      const model = this.read();
      const span = model.toRange(offsets.start, offsets.end);
      if (span) selectRange(this.field, span);
      else placeCaret(this.field, model, offsets.start);
    }
  }

  checksReady(): Promise<boolean> {
    return this.checker.ready?.() ?? Promise.resolve(false);
  }

  async typingSettled() {
    const wait = this.lastInput + UNDO_GROUP_MS - Date.now();
    if (wait > 0) await delay(wait);
    // keys pressed meanwhile (the agent types on while a fix waits) push the moment on
    const view = this.field.ownerDocument.defaultView;
    for (let more = UNDO_GROUP_MS - sinceLastKey(view); more > 0; more = UNDO_GROUP_MS - sinceLastKey(view))
      await delay(more);
  }

  apply(edit: DraftEdit & { replaces?: string }): Promise<InsertResult> {
    return insertWithChain({ field: this.field, read: () => this.read() }, edit);
  }

  ignoreOnce(finding: Finding) {
    // the card's finding may come from an earlier check: find it in the latest one
    this.run();
    const current = locateFinding([...this.keys.keys()], finding);
    const key = current && this.keys.get(current);
    if (key) this.coaching?.ignoreOnce(key);
    this.run();
  }

  variables(): VariableValues {
    // spread: an interface has no index signature, a plain object does
    return { ...readComposerVariables(this.field) };
  }

  dispose() {
    clearTimeout(this.timer);
    this.field.removeEventListener('input', this.onInput);
    this.observer?.disconnect();
    this.coaching?.dispose();
    const view = this.field.ownerDocument.defaultView;
    view?.removeEventListener('scroll', this.onViewportChange, { capture: true });
    view?.removeEventListener('resize', this.onViewportChange);
    if (this.frame) view?.cancelAnimationFrame(this.frame);
    drawHighlights(this, this.mirror?.element ?? this.field, new Map());
    this.drawn = [];
    this.drawnFor = [];
    this.mirror?.dispose();
  }
}
