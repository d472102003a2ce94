/**
 * Turning Tactful on or off for one site, from a click in the popup or the options page.
 * A site that is not supported needs the browser's permission for its origin, which must be
 * asked for synchronously inside the click; the background then records the choice and
 * registers (and injects) the content script once the grant is there.
 */
import { browser } from 'wxt/browser';
import type { SiteAccessReply } from '../../composer/messages';
import { isSupportedOrigin, originPattern } from '../../settings/sites';
import { ask } from './api';

export type SiteSwitchResult =
  | { ok: true; reply: SiteAccessReply }
  | { ok: false; error: string; permissionDenied?: boolean };

export async function setSiteEnabled(origin: string, enabled: boolean, tabId?: number): Promise<SiteSwitchResult> {
  const grant =
    enabled && !isSupportedOrigin(origin) ? browser.permissions.request({ origins: [originPattern(origin)] }) : null;
  // recorded first: if the popup closes while the browser asks, the grant still takes effect
  const first = await ask({ type: 'tactful/site-access', origin, enabled, tabId });
  if (!first.ok) return { ok: false, error: first.error };
  if (!grant) return { ok: true, reply: first.value };
  const granted = await grant.catch(() => false);
  if (!granted) {
    await ask({ type: 'tactful/site-access', origin, enabled: false });
    return { ok: false, error: 'permission', permissionDenied: true };
  }
  const second = await ask({ type: 'tactful/site-access', origin, enabled: true, tabId });
  return second.ok ? { ok: true, reply: second.value } : { ok: false, error: second.error };
}
