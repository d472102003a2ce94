/**
 * osTicket: the Redactor editable of the response and note forms. Redactor keeps the
 * real <textarea> hidden beside it; only the editable is the composer.
 */
import { OSTICKET } from '../selectors';
import type { SiteAdapter } from './site-adapter';

export const osticket: SiteAdapter = {
  name: 'osticket',
  // osTicket is self-hosted on any domain: its Redactor structure is distinctive enough on its own.
  matches: () => true,
  composerRoot: (el) => el.closest<HTMLElement>(OSTICKET.composeBody),
};
