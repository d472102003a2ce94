/** Zammad: the TipTap/ProseMirror editor of the new desktop view and the legacy app's richtext field. */
import { ZAMMAD } from '../selectors';
import { onHosts } from './on-hosts';
import type { SiteAdapter } from './site-adapter';

export const zammad: SiteAdapter = {
  name: 'zammad',
  matches: onHosts(/\.zammad\.com$/),
  composerRoot: (el) =>
    el.closest<HTMLElement>(ZAMMAD.composeBody) ?? el.closest<HTMLElement>(ZAMMAD.legacyComposeBody),
};
