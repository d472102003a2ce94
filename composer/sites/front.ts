/** Front: the message composer (new message, reply, comment). */
import { FRONT } from '../selectors';
import { onHosts } from './on-hosts';
import type { SiteAdapter } from './site-adapter';

export const front: SiteAdapter = {
  name: 'front',
  matches: onHosts(/^app\.frontapp\.com$/),
  composerRoot: (el) => el.closest<HTMLElement>(FRONT.composeBody),
};
