/**
 * Tactful's shortcuts in a composer. All are Alt + one key: Alt+Shift switches keyboard
 * layouts for many Polish and Russian agents, and AltGr (Ctrl+Alt) types Polish letters
 * (AltGr+L = ł), so neither is ever taken. Keys are read by physical position (`code`) so
 * they work in any layout.
 */
export type Shortcut = 'open-card' | 'flag-list' | 'phrase-picker';

export const SHORTCUT_KEYS: Readonly<Record<Shortcut, string>> = {
  'open-card': 'Alt+Enter',
  'flag-list': 'Alt+L',
  'phrase-picker': 'Alt+;',
};

export function shortcutOf(event: KeyboardEvent): Shortcut | null {
  // AltGr arrives as Ctrl+Alt on Windows and without altKey elsewhere: both end here
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return null;
  if (event.key === 'Enter' || event.code === 'Enter' || event.code === 'NumpadEnter') return 'open-card';
  if (event.code === 'KeyL' || (event.code === '' && event.key.toLowerCase() === 'l')) return 'flag-list';
  if (event.code === 'Semicolon' || (event.code === '' && event.key === ';')) return 'phrase-picker';
  return null;
}

export interface ShortcutHandlers {
  shortcut(which: Shortcut): void;
  /** any other key pressed in the field; returns true when it was handled (e.g. Esc closed a card) */
  otherKey?(event: KeyboardEvent): boolean;
  /** whether otherKey wants keys right now (e.g. only while a card is open); default: always */
  wantsOtherKeys?(): boolean;
}

interface Binding {
  field: HTMLElement;
  handlers: ShortcutHandlers;
}

const wantsKeys = ({ handlers }: Binding) => !!handlers.otherKey && (handlers.wantsOtherKeys?.() ?? true);

/**
 * One keydown listener per window, whatever the number of composers in it (Gmail keeps
 * several drafts open): each listener a content script adds runs for every key typed in the
 * page, and costs even when it only looks at altKey (bench/browser.ts).
 */
class KeyRouter {
  readonly bindings = new Set<Binding>();

  constructor(private readonly view: Window) {
    view.addEventListener('keydown', this.onKeyDown, true);
  }

  /** when a key last went down in this window while a composer wanted keys (a card is up) */
  lastKeyAt = Number.NEGATIVE_INFINITY;

  /** keys gone down in this window so far (see keysPressed) */
  keys = 0;

  private readonly onKeyDown = (event: KeyboardEvent) => {
    this.keys++;
    // Nearly every key is plain typing: shortcutOf lets it go after reading altKey alone (each
    // field read of a key event costs a content script: measured in bench/browser.ts).
    const which = shortcutOf(event);
    if (!which && !some(this.bindings, wantsKeys)) return;
    // (only now: plain typing with no card up costs nothing more)
    this.lastKeyAt = performance.now();
    const path = event.composedPath();
    const binding = find(this.bindings, (b) => path.includes(b.field));
    if (!binding) return;
    if (which) {
      event.preventDefault();
      event.stopImmediatePropagation();
      binding.handlers.shortcut(which);
      return;
    }
    if (wantsKeys(binding) && binding.handlers.otherKey?.(event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  dispose() {
    this.view.removeEventListener('keydown', this.onKeyDown, true);
  }
}

const some = <T>(items: Iterable<T>, test: (item: T) => boolean) => find(items, test) !== undefined;
function find<T>(items: Iterable<T>, test: (item: T) => boolean): T | undefined {
  for (const item of items) if (test(item)) return item;
  return undefined;
}

const routers = new WeakMap<Window, KeyRouter>();

/** Listens in the field's own window, before the editor's handlers see the key. */
export function bindShortcuts(field: HTMLElement, handlers: ShortcutHandlers): () => void {
  const view = field.ownerDocument.defaultView;
  if (!view) return () => {};
  let router = routers.get(view);
  if (!router) {
    router = new KeyRouter(view);
    routers.set(view, router);
  }
  const binding: Binding = { field, handlers };
  router.bindings.add(binding);
  const own = router;
  return () => {
    own.bindings.delete(binding);
    if (own.bindings.size > 0 || routers.get(view) !== own) return;
    own.dispose();
    routers.delete(view);
  };
}

/**
 * How many keys have gone down in `view` (where a composer is coached): an insertion that
 * sees its text come back as before stops if the agent pressed one meanwhile (insert/chain.ts).
 */
export function keysPressed(view: Window | null): number {
  return (view && routers.get(view)?.keys) || 0;
}

/**
 * How long ago (ms) a key last went down in `view` while a card was up (a fix waiting on the
 * agent's typing): keys, unlike DOM changes, which some editors make on their own (TinyMCE
 * never stops).
 */
export function sinceLastKey(view: Window | null): number {
  const router = view ? routers.get(view) : undefined;
  return router ? performance.now() - router.lastKeyAt : Number.POSITIVE_INFINITY;
}
