/**
 * The keyboard of Tactful's dialogs (card, picker, flag list): Esc closes, Tab stays inside
 * (the agent leaves with Esc or by choosing something), and in the element that owns the
 * list (the listbox, or the picker's filter box) the arrows move and Enter chooses.
 */
const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [tabindex="0"]';

export function trapTab(event: KeyboardEvent, root: HTMLElement | null) {
  if (event.key !== 'Tab' || !root) return;
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (items.length === 0) return;
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  const index = items.indexOf(active as HTMLElement);
  const next = event.shiftKey ? items[(index <= 0 ? items.length : index) - 1] : items[(index + 1) % items.length];
  event.preventDefault();
  next.focus();
}

export interface DialogKeys {
  root: HTMLElement | null;
  /** where the arrows and Enter act: the listbox or the filter box */
  listOwner: HTMLElement | null;
  /** useListbox's move: true when the key moved the selection */
  move(key: string): boolean;
  choose(): void;
  close(): void;
}

export function onDialogKeyDown(event: KeyboardEvent, keys: DialogKeys) {
  if (event.key === 'Escape') {
    event.preventDefault();
    keys.close();
    return;
  }
  trapTab(event, keys.root);
  if (event.target !== keys.listOwner) return;
  if (keys.move(event.key)) event.preventDefault();
  else if (event.key === 'Enter') {
    event.preventDefault();
    keys.choose();
  }
}
