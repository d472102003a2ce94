/** Puts one of Tactful's dialogs next to an anchor in its document's viewport (popup-position.ts). */
import { type Box, placePopup, unionBox } from './popup-position';

export function placeDialog(layer: HTMLElement, anchors: Iterable<Box>) {
  const dialog = layer.querySelector<HTMLElement>('.dialog');
  const view = layer.ownerDocument.defaultView;
  if (!dialog || !view) return;
  dialog.style.maxHeight = '';
  const anchor = unionBox(anchors) ?? { left: 8, top: 8, right: 8, bottom: 8 };
  const box = dialog.getBoundingClientRect();
  const placement = placePopup(anchor, box, { width: view.innerWidth, height: view.innerHeight });
  dialog.style.left = `${placement.left}px`;
  dialog.style.top = `${placement.top}px`;
  if (placement.maxHeight !== undefined) dialog.style.maxHeight = `${placement.maxHeight}px`;
  dialog.dataset.side = placement.side;
}
