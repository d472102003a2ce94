/** Zendesk Agent Workspace: the CKEditor 5 editable of the omnicomposer (public reply and internal note). */
import { ZENDESK } from '../selectors';
import { onHosts } from './on-hosts';
import type { ComposerVariables, SiteAdapter } from './site-adapter';

export const zendesk: SiteAdapter = {
  name: 'zendesk',
  matches: onHosts(/\.zendesk\.com$/),
  composerRoot: (el) => el.closest<HTMLElement>(ZENDESK.composeBody),
  readVariables(root): ComposerVariables {
    const name = root.ownerDocument.querySelector(ZENDESK.requesterName)?.textContent?.trim();
    return name ? { 'customer.name': name } : {};
  },
};
