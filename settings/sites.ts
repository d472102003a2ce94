/**
 * Where Tactful runs: the supported webmail and helpdesk sites unless the agent (or the
 * policy) turned it off there, plus the sites the agent opted in to. Pure functions: the
 * content script, the popup and the background all decide the same way.
 */
import { SUPPORTED_SITES } from '../composer/hosts';
import type { Settings } from './schema';

/** The part of `Location` / `URL` these functions read. */
export interface PageLocation {
  origin: string;
  href?: string;
}

/** "https://support.acme.com" for a web page; null for browser, extension, file and opaque pages. */
export function webOrigin(urlOrOrigin: string): string | null {
  try {
    const url = new URL(urlOrOrigin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** A match pattern ("https://*.zendesk.com/*") tested against an origin. */
export function patternMatchesOrigin(pattern: string, origin: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  const url = webOrigin(origin);
  if (!m || !url) return false;
  const { protocol, hostname } = new URL(url);
  const [, scheme, hostPattern] = m;
  if (scheme !== '*' && `${scheme}:` !== protocol) return false;
  // Match patterns without a port match every port (as Chrome does for the demo pages on 127.0.0.1:<port>).
  const host = hostPattern.replace(/:\d+$/, '');
  if (host === '*') return true;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

export function isSupportedOrigin(origin: string): boolean {
  return SUPPORTED_SITES.some((p) => patternMatchesOrigin(p, origin));
}

/** The match pattern the optional host permission and the registered content script use for one origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

export type SiteMode =
  /** not a web page: Tactful never runs there */
  | 'unavailable'
  /** a supported site, on by default */
  | 'supported'
  /** a supported site the agent or the policy turned off */
  | 'denied'
  /** another site the agent turned on */
  | 'opted-in'
  /** another site, off until the agent turns it on */
  | 'available';

export function siteMode(origin: string | null, settings: Pick<Settings, 'allowedSites' | 'deniedSites'>): SiteMode {
  const web = origin ? webOrigin(origin) : null;
  if (!web) return 'unavailable';
  if (settings.deniedSites.includes(web)) return 'denied';
  if (isSupportedOrigin(web)) return 'supported';
  if (settings.allowedSites.includes(web)) return 'opted-in';
  return 'available';
}

/**
 * Whether the content script may work on this page. Frames without their own origin
 * (about:blank, about:srcdoc editors) inherit their parent's `location.origin`.
 */
export function isTactfulEnabledFor(
  location: PageLocation,
  settings: Pick<Settings, 'allowedSites' | 'deniedSites'>,
): boolean {
  const mode = siteMode(location.origin, settings);
  return mode === 'supported' || mode === 'opted-in';
}

/** The settings change that turns Tactful on or off for one origin. */
export function siteToggle(
  settings: Pick<Settings, 'allowedSites' | 'deniedSites'>,
  origin: string,
  enabled: boolean,
): Pick<Settings, 'allowedSites' | 'deniedSites'> {
  const without = (list: string[]) => list.filter((o) => o !== origin);
  const supported = isSupportedOrigin(origin);
  return {
    allowedSites: enabled && !supported ? [...without(settings.allowedSites), origin] : without(settings.allowedSites),
    // only a supported site needs a "denied" entry: any other site is off unless allowed
    deniedSites: !enabled && supported ? [...without(settings.deniedSites), origin] : without(settings.deniedSites),
  };
}
