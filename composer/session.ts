/**
 * One composer's life: observe edits → read the text → check → draw highlights.
 * Checks run after a short typing pause so keystrokes never wait on Tactful.
 */
import type { Category, Finding } from '../phrasebank/finding';
import { drawHighlights } from './highlights';
import { readContentEditable, type TextModel } from './text-model';
import { TextareaMirror } from './textarea-mirror';

export type Checker = (text: string) => Finding[];

const PAUSE_MS = 60;

export class ComposerSession {
  findings: Finding[] = [];
  private model: TextModel | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly mirror: TextareaMirror | null;
  private readonly observer: MutationObserver | null;
  private readonly onInput = () => this.schedule();

  constructor(
    readonly field: HTMLElement,
    private readonly checker: Checker,
  ) {
    const isTextarea = field instanceof field.ownerDocument.defaultView!.HTMLTextAreaElement;
    this.mirror = isTextarea ? new TextareaMirror(field as HTMLTextAreaElement) : null;
    field.addEventListener('input', this.onInput);
    // Rich editors also change their DOM without input events (undo, paste handlers, APIs).
    this.observer = isTextarea ? null : new MutationObserver(this.onInput);
    this.observer?.observe(field, { subtree: true, childList: true, characterData: true });
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
    this.model = this.read();
    this.findings = this.checker(this.model.text);
    const ranges = new Map<Category, Range[]>();
    for (const f of this.findings) {
      const range = this.model.toRange(f.start, f.end);
      if (!range) continue;
      const list = ranges.get(f.category) ?? [];
      list.push(range);
      ranges.set(f.category, list);
    }
    drawHighlights(this, this.mirror?.element ?? this.field, ranges);
  }

  dispose() {
    clearTimeout(this.timer);
    this.field.removeEventListener('input', this.onInput);
    this.observer?.disconnect();
    drawHighlights(this, this.mirror?.element ?? this.field, new Map());
    this.mirror?.dispose();
  }
}
