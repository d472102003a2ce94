/** Keeps Tab inside a dialog: the agent leaves it with Esc (or by choosing something). */
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
