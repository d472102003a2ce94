/**
 * Editors in same-origin iframes (TinyMCE) get Tactful's dialogs in the outermost page they
 * belong to, not inside the iframe: an editor's iframe is often a few lines high and would
 * clip a card. Anchors measured in the iframe's viewport are moved into that page's viewport.
 */
import type { Box } from './popup-position';

function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null; // a cross-origin parent: the iframe is as far as Tactful may draw
  }
}

/** The outermost same-origin document above `doc` (doc itself when it is not in such a frame). */
export function overlayDocumentFor(doc: Document): Document {
  let current = doc;
  for (let frame = frameOf(current); frame; frame = frameOf(current)) current = frame.ownerDocument;
  return current;
}

/** The documents from `doc` up to `outer`: where the pointer and scrolling that move a dialog's anchor happen. */
export function documentsUpTo(doc: Document, outer: Document): Document[] {
  const docs = [doc];
  for (let current = doc, frame = frameOf(current); current !== outer && frame; frame = frameOf(current)) {
    current = frame.ownerDocument;
    docs.push(current);
  }
  return docs;
}

/** Boxes measured in `doc`'s viewport, in `outer`'s viewport (doc lies in outer's frames). */
export function boxesIn(outer: Document, doc: Document, boxes: Iterable<Box>): Box[] {
  let x = 0;
  let y = 0;
  for (let current = doc, frame = frameOf(current); current !== outer && frame; frame = frameOf(current)) {
    // the frame's content box: its border box, past the border and padding
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += box.left + frame.clientLeft + Number.parseFloat(style?.paddingLeft ?? '0');
    y += box.top + frame.clientTop + Number.parseFloat(style?.paddingTop ?? '0');
    current = frame.ownerDocument;
  }
  return [...boxes].map((b) => ({ left: b.left + x, top: b.top + y, right: b.right + x, bottom: b.bottom + y }));
}
