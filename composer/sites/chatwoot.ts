/** Chatwoot: the ProseMirror reply box of a conversation. */
import { CHATWOOT } from '../selectors';
import { onHosts } from './on-hosts';
import type { SiteAdapter } from './site-adapter';

export const chatwoot: SiteAdapter = {
  name: 'chatwoot',
  matches: onHosts(/^app\.chatwoot\.com$/),
  composerRoot: (el) => el.closest<HTMLElement>(CHATWOOT.composeBody),
};
