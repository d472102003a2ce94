/**
 * Finds the composers of a document and gives each its session: those present at start,
 * and any the agent focuses later (single-page apps, Reply buttons, shadow roots).
 */
import { EDITABLE_SELECTOR } from './selectors';
import { type Checker, ComposerSession } from './session';
import { findComposerRoot } from './sites/registry';

export class ComposerWatcher {
  readonly sessions = new Map<HTMLElement, ComposerSession>();
  private readonly onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof this.doc.defaultView!.HTMLElement) this.attach(target);
  };

  constructor(
    private readonly doc: Document,
    /** each composer gets its own checker: it remembers its draft for incremental re-checks */
    private readonly newChecker: () => Checker,
  ) {
    doc.addEventListener('focusin', this.onFocus, true);
    for (const el of doc.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)) this.attach(el);
  }

  attach(element: HTMLElement): ComposerSession | null {
    const root = findComposerRoot(element);
    if (!root) return null;
    let session = this.sessions.get(root);
    if (!session) {
      session = new ComposerSession(root, this.newChecker());
      this.sessions.set(root, session);
    }
    return session;
  }

  get flagCount(): number {
    let n = 0;
    for (const s of this.sessions.values()) n += s.findings.length;
    return n;
  }

  dispose() {
    this.doc.removeEventListener('focusin', this.onFocus, true);
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
  }
}
