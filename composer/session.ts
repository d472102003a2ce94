/**
 * One composer's life: observe edits → read the text → check → draw highlights; and, when a
 * coach is active, the composer side of coaching (caret, edits through the insertion chain).
 * Checks run after a short typing pause so keystrokes never wait on Tactful.
 */
import { detectLanguage } from '../phrasebank/detect-language';
import { type Category, type Finding, LANGUAGES, type Language } from '../phrasebank/finding';
import { locateFinding } from './card-controller';
import { caretOffsets, caretRect, liveRange, type Span, selectRange } from './caret';
import { activeCoach, type Coach } from './coach';
import type { CoachedComposer, SavedCaret } from './coached-composer';
import { SessionCoaching } from './coaching';
import { occurrenceKeys } from './finding-keys';
import { drawHighlights } from './highlights';
import { type InsertResult, insertWithChain } from './insert/chain';
import { type DraftEdit, delay, isTextarea } from './insert/edit';
import { focusField, placeCaret } from './insert/selection';
import { siteOrigin } from './site-origin';
import { readComposerVariables } from './sites/registry';
import { readContentEditable, type TextModel } from './text-model';
import { TextareaMirror } from './textarea-mirror';
import type { VariableValues } from './variables';

/** Checks one composer's text; each composer has its own (it remembers the last text). */
export type Checker = (text: string) => Finding[];

const PAUSE_MS = 60;
/** the longest undo-grouping delay of the editors we know (Quill 1 s; ProseMirror 0.5 s) */
const UNDO_GROUP_MS = 1000;

export class ComposerSession implements CoachedComposer {
  findings: Finding[] = [];
  private model: TextModel | null = null;
  /** occurrence key of each finding of the last check (finding-keys.ts) */
  private keys = new Map<Finding, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly mirror: TextareaMirror | null;
  private readonly observer: MutationObserver | null;
  private readonly coaching: SessionCoaching | null;
  private lastInput = 0;
  private readonly onInput = () => {
    this.lastInput = Date.now();
    this.schedule();
  };

  constructor(
    readonly field: HTMLElement,
    private readonly checker: Checker,
    coach: Coach | null = activeCoach(),
  ) {
    const textarea = isTextarea(field);
    this.mirror = textarea ? new TextareaMirror(field) : null;
    field.addEventListener('input', this.onInput);
    // Rich editors also change their DOM without input events (undo, paste handlers, APIs).
    this.observer = textarea ? null : new MutationObserver(this.onInput);
    this.observer?.observe(field, { subtree: true, childList: true, characterData: true });
    this.coaching = coach
      ? new SessionCoaching(this, coach.forDocument(field.ownerDocument), coach.services, () => this.run())
      : null;
    this.run();
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), PAUSE_MS);
  }

  private read(): TextModel {
    return this.mirror ? this.mirror.read() : readContentEditable(this.field);
  }

  run() {
    clearTimeout(this.timer);
    this.model = this.read();
    const all = [...this.checker(this.model.text)].sort((a, b) => a.start - b.start);
    const keys = occurrenceKeys(all);
    this.keys = new Map(all.map((f, i) => [f, keys[i]]));
    this.findings = this.coaching ? this.coaching.visible(all, keys) : all;
    const ranges = new Map<Category, Range[]>();
    for (const f of this.findings) {
      const range = this.model.toRange(f.start, f.end);
      if (!range) continue;
      const list = ranges.get(f.category) ?? [];
      list.push(range);
      ranges.set(f.category, list);
    }
    drawHighlights(this, this.mirror?.element ?? this.field, ranges);
    this.coaching?.checked(
      this.model.text,
      this.findings,
      this.findings.map((f) => this.keys.get(f) ?? ''),
    );
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
    const page = this.field.ownerDocument.documentElement.lang.slice(0, 2).toLowerCase() as Language;
    return detectLanguage(this.read().text, LANGUAGES.includes(page) ? page : 'en');
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

  async typingSettled() {
    const wait = this.lastInput + UNDO_GROUP_MS - Date.now();
    if (wait > 0) await delay(wait);
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
    drawHighlights(this, this.mirror?.element ?? this.field, new Map());
    this.mirror?.dispose();
  }
}
