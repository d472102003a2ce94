/**
 * One shadow-root host per document for everything Tactful draws over a page (card, picker,
 * flag list, live region). Page CSS cannot reach inside; keystrokes typed into Tactful's UI
 * do not reach the page's shortcut handlers.
 */
import { OVERLAY_CSS } from '../components/card-styles';
import { boxesIn, documentsUpTo } from './frames';
import type { Box } from './popup-position';

const HOST_TAG = 'tactful-overlay';
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
};
const CONTAINED = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut'];

export class OverlayHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  private readonly layers = new Map<string, HTMLElement>();

  constructor(readonly doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute('data-tactful-ui', '');
    for (const [name, value] of Object.entries(HOST_STYLE)) this.host.style.setProperty(name, value, 'important');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.root.append(style);
    for (const type of CONTAINED) this.root.addEventListener(type, (event) => event.stopPropagation());
    this.attach();
  }

  /** (Re)attaches to <body>; single-page apps sometimes replace the body's children. */
  attach() {
    if (this.host.isConnected) return;
    const body = this.doc.body;
    // an iframe editor's <body> is the editable itself (TinyMCE): never write into it
    const parent = body && !body.isContentEditable ? body : this.doc.documentElement;
    parent.append(this.host);
  }

  /** A container for one component, created on first use. */
  layer(name: string): HTMLElement {
    this.attach();
    let layer = this.layers.get(name);
    if (!layer) {
      layer = this.doc.createElement('div');
      layer.dataset.layer = name;
      this.root.append(layer);
      this.layers.set(name, layer);
    }
    return layer;
  }

  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  /**
   * While a dialog is open: pointer presses and (optionally) scrolling and resizing in the
   * composer's document and every document between it and the overlay's (frames.ts).
   * Returns the function that stops listening.
   */
  watch(composerDoc: Document, onPointerDown: (event: Event) => void, onViewportChange?: () => void): () => void {
    const stops: (() => void)[] = [];
    for (const doc of documentsUpTo(composerDoc, this.doc)) {
      const view = doc.defaultView;
      doc.addEventListener('pointerdown', onPointerDown, true);
      stops.push(() => doc.removeEventListener('pointerdown', onPointerDown, true));
      if (!onViewportChange || !view) continue;
      view.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
      view.addEventListener('resize', onViewportChange, { passive: true });
      stops.push(() => {
        view.removeEventListener('scroll', onViewportChange, { capture: true });
        view.removeEventListener('resize', onViewportChange);
      });
    }
    return () => {
      for (const stop of stops) stop();
    };
  }

  /** Anchor boxes measured in the composer's document, in the overlay's viewport. */
  anchors(composerDoc: Document, boxes: Iterable<Box>): Box[] {
    return boxesIn(this.doc, composerDoc, boxes);
  }
}
