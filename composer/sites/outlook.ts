/** Outlook on the web: the message body of a new mail, reply or forward. */
import { OUTLOOK } from '../selectors';
import { onHosts } from './on-hosts';
import type { SiteAdapter } from './site-adapter';

export const outlook: SiteAdapter = {
  name: 'outlook',
  matches: onHosts(/^outlook\.(office|office365|live)\.com$/),
  composerRoot: (el) => el.closest<HTMLElement>(OUTLOOK.composeBody),
  // The To/Cc/Bcc wells are contenteditable textboxes too.
  ignores: (el) => el.closest(OUTLOOK.notProse) !== null,
};
