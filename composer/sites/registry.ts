/** Site adapters, most specific first; adding a site = one file + one line here. */
import { generic } from './generic';
import { gmail } from './gmail';
import type { SiteAdapter } from './site-adapter';

export const SITE_ADAPTERS: SiteAdapter[] = [gmail, generic];

export function findComposerRoot(element: HTMLElement): HTMLElement | null {
  const location = element.ownerDocument.location;
  for (const adapter of SITE_ADAPTERS) {
    if (!adapter.matches(location)) continue;
    const root = adapter.composerRoot(element);
    if (root) return root;
  }
  return null;
}
