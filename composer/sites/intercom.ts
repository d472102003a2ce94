/** Intercom inbox: the ProseMirror composer of a conversation. */
import { INTERCOM } from '../selectors';
import { onHosts } from './on-hosts';
import type { SiteAdapter } from './site-adapter';

export const intercom: SiteAdapter = {
  name: 'intercom',
  matches: onHosts(/^app\.intercom\.com$/),
  composerRoot: (el) => el.closest<HTMLElement>(INTERCOM.composeBody),
};
