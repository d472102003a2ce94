/** Gmail: the message body of every compose window (new, reply, inline reply, forward). */
import { GMAIL } from '../selectors';
import type { ComposerVariables, SiteAdapter } from './site-adapter';

/** A person's display name from a Gmail address chip; nothing when only the address is shown. */
function displayName(chip: Element | null): string | undefined {
  const name = (chip?.getAttribute('name') || chip?.textContent || '').trim();
  return name && !name.includes('@') ? name : undefined;
}

export const gmail: SiteAdapter = {
  name: 'gmail',
  // Gmail's body selector is distinctive enough to apply anywhere (also on fixture pages).
  matches: () => true,
  composerRoot: (el) => el.closest<HTMLElement>(GMAIL.composeBody),
  readVariables(root): ComposerVariables {
    // The addressee of this compose window; for a reply, else the customer who wrote the thread.
    const window = root.closest(GMAIL.composeWindow) ?? root.ownerDocument;
    const name =
      displayName(window.querySelector(GMAIL.recipientChip)) ??
      displayName(root.ownerDocument.querySelector(GMAIL.threadSender));
    return name ? { 'customer.name': name } : {};
  },
};
