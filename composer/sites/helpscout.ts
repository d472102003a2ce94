/** Help Scout: the reply and note editor of a conversation. */
import { HELPSCOUT } from '../selectors';
import { onHosts } from './on-hosts';
import type { SiteAdapter } from './site-adapter';

export const helpscout: SiteAdapter = {
  name: 'helpscout',
  matches: onHosts(/^secure\.helpscout\.net$/),
  composerRoot: (el) => el.closest<HTMLElement>(HELPSCOUT.composeBody),
};
