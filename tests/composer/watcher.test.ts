// @vitest-environment happy-dom
/**
 * Discovery: which composers get a session, and when. Sessions are stubbed (they are
 * tested with the real editors in e2e); layout is stubbed because happy-dom has none:
 * an element is rendered unless it or an ancestor (across shadow roots) is display:none
 * or [hidden].
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sessions: { field: HTMLElement; disposed: boolean; scheduled: number }[] = [];
vi.mock('../../composer/session', () => ({
  ComposerSession: class {
    findings = [];
    disposed = false;
    scheduled = 0;
    constructor(readonly field: HTMLElement) {
      sessions.push(this);
    }
    schedule() {
      this.scheduled++;
    }
    dispose() {
      this.disposed = true;
    }
  },
}));

const { ComposerWatcher } = await import('../../composer/watcher');

function isHidden(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof HTMLElement && (n.hidden || n.style.display === 'none')) return true;
  }
  return false;
}

/** IntersectionObserver that reports when a test says the page was laid out again. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  static relayout() {
    for (const io of FakeIntersectionObserver.all) {
      const entries = [...io.targets].map((target) => ({ target, isIntersecting: !isHidden(target) }));
      io.callback(entries as IntersectionObserverEntry[], io as unknown as IntersectionObserver);
    }
  }
}

let watcher: InstanceType<typeof ComposerWatcher> | null = null;

beforeEach(() => {
  sessions.length = 0;
  FakeIntersectionObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return (isHidden(this) ? new DOMRect(0, 0, 0, 0) : new DOMRect(0, 0, 300, 100)) as DOMRect;
  });
  document.body.innerHTML = '';
});

afterEach(() => {
  watcher?.dispose();
  watcher = null;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const start = () => {
  watcher = new ComposerWatcher(document, () => () => []);
  return watcher;
};
const fields = () => sessions.filter((s) => !s.disposed).map((s) => s.field.id);

describe('ComposerWatcher', () => {
  it('starts a session for each visible composer present at start, and none for hidden or non-prose fields', () => {
    document.body.innerHTML = `
      <div id="reply" contenteditable="true"><p>Hi</p></div>
      <textarea id="note"></textarea>
      <div id="collapsed" contenteditable="true" style="display:none"></div>
      <section hidden><textarea id="hidden-textarea"></textarea></section>
      <div class="cm-content" id="code" contenteditable="true"></div>
      <input id="search" type="search">`;
    start();
    expect(fields()).toEqual(['reply', 'note']);
  });

  it('finds composers in open shadow roots', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<div id="in-shadow" contenteditable="true"></div>';
    document.body.append(host);
    start();
    expect(fields()).toEqual(['in-shadow']);
  });

  it('discovers a composer added later, without focus, including inside a new shadow root', async () => {
    start();
    const box = document.createElement('div');
    box.innerHTML = '<div class="reply-box"><div id="late" contenteditable="true"></div></div>';
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<div id="late-in-shadow" contenteditable="true"></div>';
    document.body.append(box, host);
    expect(fields()).toEqual([]); // nothing is searched while the page is busy
    await vi.waitFor(() => expect(fields()).toEqual(['late', 'late-in-shadow']));
  });

  it('discovers an element that becomes editable later (an editor initialising on it)', async () => {
    document.body.innerHTML = '<div id="becomes-editor"><p>draft</p></div>';
    start();
    document.getElementById('becomes-editor')!.setAttribute('contenteditable', 'true');
    await vi.waitFor(() => expect(fields()).toEqual(['becomes-editor']));
  });

  it('attaches a hidden composer once it is shown', () => {
    document.body.innerHTML = '<div id="collapsed" contenteditable="true" style="display:none"></div>';
    start();
    FakeIntersectionObserver.relayout();
    expect(fields()).toEqual([]);
    document.getElementById('collapsed')!.style.display = 'block';
    FakeIntersectionObserver.relayout();
    expect(fields()).toEqual(['collapsed']);
  });

  it('attaches the composer the agent focuses, even in a shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    start();
    // attached after the watcher started and before discovery ran: focus is the first signal
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div id="focused" contenteditable="true"></div>';
    const field = inner.getElementById('focused')!;
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(fields()).toEqual(['focused']);
  });

  it('gives one session per composer however often it is found', async () => {
    document.body.innerHTML = '<div id="reply" contenteditable="true"><p>a</p></div>';
    const w = start();
    const reply = document.getElementById('reply')!;
    reply.querySelector('p')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    reply.append(document.createElement('p'));
    await new Promise((done) => setTimeout(done, 300));
    expect(w.sessions.size).toBe(1);
    expect(sessions).toHaveLength(1);
  });

  it('disposes the session of a composer removed from the page', async () => {
    document.body.innerHTML = '<div id="wrap"><div id="reply" contenteditable="true"></div></div>';
    const w = start();
    document.getElementById('wrap')!.remove();
    await vi.waitFor(() => expect(sessions[0].disposed).toBe(true));
    expect(w.sessions.size).toBe(0);
  });

  it('rechecks every composer on request (an engine has arrived)', () => {
    document.body.innerHTML = '<div id="a" contenteditable="true"></div><textarea id="b"></textarea>';
    start().recheckAll();
    expect(sessions.map((s) => s.scheduled)).toEqual([1, 1]);
  });
});
