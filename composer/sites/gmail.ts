/** Gmail: the message body of every compose window (new, reply, inline reply). */
import { GMAIL } from '../selectors';
import type { SiteAdapter } from './site-adapter';

export const gmail: SiteAdapter = {
  name: 'gmail',
  // Gmail's body selector is distinctive enough to apply anywhere (also on fixture pages).
  matches: () => true,
  composerRoot(el) {
    const body = el.closest<HTMLElement>(GMAIL.composeBody);
    return body ?? null;
  },
};
