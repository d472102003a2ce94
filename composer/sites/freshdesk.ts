/** Freshdesk: the Froala editor of the reply and note forms. */
import { FRESHDESK } from '../selectors';
import { onHosts } from './on-hosts';
import type { SiteAdapter } from './site-adapter';

export const freshdesk: SiteAdapter = {
  name: 'freshdesk',
  matches: onHosts(/\.freshdesk\.com$/),
  composerRoot: (el) => el.closest<HTMLElement>(FRESHDESK.composeBody),
};
