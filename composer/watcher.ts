/**
 * Finds the composers of a document and gives each its session: those present at start,
 * those added later (single-page apps, Reply buttons), those inside open shadow roots,
 * and hidden ones once they are shown or focused. A composer removed from the page has
 * its session disposed.
 *
 * Page mutations are only collected as they happen; the added subtrees are searched
 * later, in an idle moment, so a busy page (Gmail adds thousands of nodes) never waits
 * on Tactful.
 */
import { EDITABLE_SELECTOR } from './selectors';
import { type Checker, ComposerSession } from './session';
import { findComposerRoot } from './sites/registry';

/** Longest wait for an idle moment before added nodes are searched anyway. */
const DISCOVERY_DEADLINE_MS = 250;

type SearchRoot = Document | ShadowRoot | Element;

/** Every editable in a subtree, including those in open shadow roots below it. */
function* editablesIn(root: SearchRoot, shadowRoots: ShadowRoot[]): Generator<HTMLElement> {
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).matches(EDITABLE_SELECTOR)) yield root as HTMLElement;
  yield* root.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR);
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.currentNode; node; node = walker.nextNode() as Node) {
    const shadow = (node as Element).shadowRoot;
    if (!shadow) continue;
    shadowRoots.push(shadow);
    yield* editablesIn(shadow, shadowRoots);
  }
}

/** Laid out with a size and not visibility:hidden: something a person can type into. */
function isRendered(el: HTMLElement): boolean {
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  return el.ownerDocument.defaultView?.getComputedStyle(el).visibility !== 'hidden';
}

export class ComposerWatcher {
  readonly sessions = new Map<HTMLElement, ComposerSession>();
  /** added nodes not searched yet */
  private pending: Node[] = [];
  private removalSeen = false;
  private discoveryScheduled = false;
  private readonly mutations: MutationObserver;
  /** hidden composers, attached when they intersect the viewport */
  private readonly shown: IntersectionObserver;
  private readonly waitingToShow = new Set<HTMLElement>();

  private readonly onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof this.view.HTMLElement) this.consider(target);
  };

  private readonly onMutations = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'attributes') this.pending.push(record.target);
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) this.pending.push(node);
      if (record.removedNodes.length > 0) this.removalSeen = true;
    }
    this.scheduleDiscovery();
  };

  private readonly onShown = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      const el = entry.target as HTMLElement;
      // visibility:hidden still intersects: keep waiting (the observer reports only changes, so no loop).
      if (entry.isIntersecting && isRendered(el)) this.consider(el);
    }
  };

  private readonly discover = () => {
    this.discoveryScheduled = false;
    const added = this.pending;
    this.pending = [];
    if (this.removalSeen) {
      this.removalSeen = false;
      this.dropDisconnected();
    }
    for (const node of added) {
      if (!node.isConnected) continue;
      this.search(node as Element);
    }
  };

  constructor(
    private readonly doc: Document,
    private readonly newChecker: () => Checker,
  ) {
    this.mutations = new MutationObserver(this.onMutations);
    this.shown = new IntersectionObserver(this.onShown);
    doc.addEventListener('focusin', this.onFocus, true);
    this.observe(doc);
    this.search(doc);
  }

  private get view(): Window & typeof globalThis {
    return this.doc.defaultView as Window & typeof globalThis;
  }

  /** Watches a document or shadow root for added subtrees and editors switching on. */
  private observe(root: Document | ShadowRoot) {
    // contenteditable flips when an editor initialises on an existing element (ProseMirror, CKEditor, TinyMCE's body).
    this.mutations.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable'],
    });
  }

  private search(root: SearchRoot) {
    const shadowRoots: ShadowRoot[] = [];
    for (const el of editablesIn(root, shadowRoots)) this.consider(el);
    for (const shadow of shadowRoots) this.observe(shadow);
  }

  private scheduleDiscovery() {
    if (this.discoveryScheduled) return;
    this.discoveryScheduled = true;
    const view = this.view;
    // Safari has no requestIdleCallback.
    if (typeof view.requestIdleCallback === 'function')
      view.requestIdleCallback(this.discover, { timeout: DISCOVERY_DEADLINE_MS });
    else view.setTimeout(this.discover, DISCOVERY_DEADLINE_MS / 2);
  }

  /** Starts a session for the composer an element belongs to, or waits until it is shown. */
  private consider(element: HTMLElement): ComposerSession | null {
    const root = findComposerRoot(element);
    if (!root) return null;
    const existing = this.sessions.get(root);
    if (existing) return existing;
    if (!isRendered(root)) {
      if (!this.waitingToShow.has(root)) {
        this.waitingToShow.add(root);
        this.shown.observe(root);
      }
      return null;
    }
    this.stopWaiting(root);
    const session = new ComposerSession(root, this.newChecker());
    this.sessions.set(root, session);
    return session;
  }

  /** The session of an element's composer, started now if needed (e.g. on a keyboard shortcut). */
  attach(element: HTMLElement): ComposerSession | null {
    return this.consider(element);
  }

  private stopWaiting(el: HTMLElement) {
    if (!this.waitingToShow.delete(el)) return;
    this.shown.unobserve(el);
  }

  private dropDisconnected() {
    for (const [root, session] of this.sessions) {
      if (root.isConnected) continue;
      session.dispose();
      this.sessions.delete(root);
    }
    for (const el of this.waitingToShow) if (!el.isConnected) this.stopWaiting(el);
  }

  /** Checks every composer again soon, e.g. once a language's engine has arrived. */
  recheckAll() {
    for (const session of this.sessions.values()) session.schedule();
  }

  get flagCount(): number {
    let n = 0;
    for (const s of this.sessions.values()) n += s.findings.length;
    return n;
  }

  dispose() {
    this.doc.removeEventListener('focusin', this.onFocus, true);
    this.mutations.disconnect();
    this.shown.disconnect();
    this.waitingToShow.clear();
    this.pending = [];
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
  }
}
