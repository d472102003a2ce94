/** Site adapters, most specific first; adding a site = one file + one line here. */
import { chatwoot } from './chatwoot';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { generic } from './generic';
import { gmail } from './gmail';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { osticket } from './osticket';
import { outlook } from './outlook';
import type { ComposerVariables, SiteAdapter } from './site-adapter';
import { zammad } from './zammad';
import { zendesk } from './zendesk';

export const SITE_ADAPTERS: SiteAdapter[] = [
  gmail,
  outlook,
  zendesk,
  freshdesk,
  intercom,
  helpscout,
  front,
  zammad,
  chatwoot,
  osticket,
  generic,
];

/**
 * The page location an element's adapters are chosen by. An editor in an about:blank or
 * about:srcdoc iframe (TinyMCE, CKEditor 4) belongs to the page that made the iframe.
 */
function siteLocation(doc: Document): Location | null {
  if (doc.location?.protocol !== 'about:') return doc.location;
  try {
    return doc.defaultView?.parent.location ?? doc.location;
  } catch {
    return doc.location; // a cross-origin parent cannot be read
  }
}

function adaptersFor(element: HTMLElement): SiteAdapter[] {
  const location = siteLocation(element.ownerDocument);
  // A document that is not shown (parsed by a tool or a test) is judged by its structure alone.
  return SITE_ADAPTERS.filter((adapter) => !location || adapter.matches(location));
}

/** The composer an element belongs to, or null when it is none or is not prose. */
export function findComposerRoot(element: HTMLElement): HTMLElement | null {
  const adapters = adaptersFor(element);
  if (adapters.some((adapter) => adapter.ignores?.(element))) return null;
  for (const adapter of adapters) {
    const root = adapter.composerRoot(element);
    if (root) return root;
  }
  return null;
}

/** Placeholder values the site shows around a composer (e.g. the customer's name). */
export function readComposerVariables(root: HTMLElement): ComposerVariables {
  for (const adapter of adaptersFor(root)) {
    if (adapter.composerRoot(root) !== root) continue;
    return adapter.readVariables?.(root) ?? {};
  }
  return {};
}
