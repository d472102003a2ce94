/**
 * Where the agent's caret is, in text-model offsets and on screen. The text model maps
 * offsets to DOM points; this maps back by binary search over those points, so a caret in
 * any node (text, element, a line-break position) gets the offset of the text before it.
 */
import { isTextarea } from './insert/edit';
import type { TextModel } from './text-model';

export interface Span {
  start: number;
  end: number;
}

/** The Selection holding a field's caret: a shadow root's own in Chromium, else the document's. */
export function selectionOf(field: HTMLElement): Selection | null {
  const root = field.getRootNode() as Node & { getSelection?: () => Selection | null };
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && typeof root.getSelection === 'function') {
    return root.getSelection();
  }
  return field.ownerDocument.getSelection();
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function hasFocus(field: HTMLElement): boolean {
  const active = deepActiveElement(field.ownerDocument);
  if (!active || !(active === field || field.contains(active))) return false;
  // an iframe's document keeps its active element while the focus is in the page around it
  // (e.g. in Tactful's card): then the iframe itself is not the page's active element
  const frame = frameElementOf(field.ownerDocument);
  return !frame || deepActiveElement(frame.ownerDocument) === frame;
}

function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null; // cross-origin parent
  }
}

/** The model offset of a DOM point: the last offset whose DOM position is not after it. */
export function offsetAt(model: TextModel, node: Node, offset: number): number {
  const doc = node.ownerDocument ?? (node as Document);
  const probe = doc.createRange();
  probe.setStart(node, offset);
  const position = (o: number) => {
    // offsets inside virtual line breaks have no DOM point: use the text before them
    for (let k = o; k >= 0; k--) {
      const point = model.toDom(k);
      if (point) return point;
    }
    return null;
  };
  const compare = (o: number) => {
    const point = position(o);
    return point ? probe.comparePoint(point.node, point.offset) : -1;
  };
  let lo = 0;
  let hi = model.text.length;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compare(mid) <= 0) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (compare(best) === 0) {
    // at a text position: before the line breaks that share it ("abc|" is 3, not after its "\n")
    while (best > 0 && compare(best - 1) === 0) best--;
    return best;
  }
  // between texts (an empty line): after the first break that follows the text before it
  let lastText = best;
  while (lastText > 0 && !model.toDom(lastText)) lastText--;
  return Math.min(best, lastText + 1);
}

/** The selection in model offsets, or null when it is not in this field. */
export function caretOffsets(field: HTMLElement, model: TextModel): Span | null {
  if (isTextarea(field)) return { start: field.selectionStart, end: field.selectionEnd };
  const selection = selectionOf(field);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!field.contains(range.startContainer) || !field.contains(range.endContainer)) return null;
  const start = offsetAt(model, range.startContainer, range.startOffset);
  const end = range.collapsed ? start : offsetAt(model, range.endContainer, range.endOffset);
  return { start, end };
}

/** The live DOM selection of a contenteditable, to restore it exactly later. */
export function liveRange(field: HTMLElement): Range | null {
  const selection = selectionOf(field);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return field.contains(range.startContainer) ? range.cloneRange() : null;
}

export function selectRange(field: HTMLElement, range: Range) {
  const selection = selectionOf(field);
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

const isEmptyRect = (r: DOMRect) => r.width === 0 && r.height === 0 && r.top === 0 && r.left === 0;

/**
 * The caret's line box on screen. For a textarea the model's ranges live in its mirror,
 * which lies exactly over it; a caret at an element position falls back to its element.
 */
export function caretRect(field: HTMLElement, model: TextModel, offset: number): DOMRect {
  const fromModel = model.toRange(offset, offset)?.getBoundingClientRect();
  if (fromModel && !isEmptyRect(fromModel)) return fromModel;
  if (!isTextarea(field)) {
    const live = liveRange(field);
    const rect = live?.getBoundingClientRect();
    if (rect && !isEmptyRect(rect)) return rect;
    const container = live?.startContainer;
    const element = container?.nodeType === Node.ELEMENT_NODE ? (container as Element) : container?.parentElement;
    if (element) return element.getBoundingClientRect();
  }
  return field.getBoundingClientRect();
}
