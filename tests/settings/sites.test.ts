import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import {
  isSupportedOrigin,
  isTactfulEnabledFor,
  patternMatchesOrigin,
  siteMode,
  siteToggle,
  webOrigin,
} from '../../settings/sites';

const settings = (allowedSites: string[] = [], deniedSites: string[] = []) => ({
  ...DEFAULT_SETTINGS,
  allowedSites,
  deniedSites,
});

describe('sites', () => {
  it('knows web origins', () => {
    expect(webOrigin('https://acme.zendesk.com/agent/tickets/1?x#y')).toBe('https://acme.zendesk.com');
    expect(webOrigin('http://127.0.0.1:5176/textarea.html')).toBe('http://127.0.0.1:5176');
    for (const other of [
      'chrome://extensions',
      'chrome-extension://abc/popup.html',
      'file:///tmp/a.html',
      'about:blank',
      'null',
      '',
    ])
      expect(webOrigin(other)).toBeNull();
  });

  it('matches patterns with wildcard subdomains and any port', () => {
    expect(patternMatchesOrigin('https://*.zendesk.com/*', 'https://acme.zendesk.com')).toBe(true);
    expect(patternMatchesOrigin('https://*.zendesk.com/*', 'https://zendesk.com')).toBe(true);
    expect(patternMatchesOrigin('https://*.zendesk.com/*', 'https://evilzendesk.com')).toBe(false);
    expect(patternMatchesOrigin('https://*.zendesk.com/*', 'http://acme.zendesk.com')).toBe(false);
    expect(patternMatchesOrigin('http://127.0.0.1/*', 'http://127.0.0.1:5176')).toBe(true);
    expect(isSupportedOrigin('https://mail.google.com')).toBe(true);
    expect(isSupportedOrigin('https://mail.google.com.evil.com')).toBe(false);
  });

  it('runs on supported sites unless denied, elsewhere only when opted in', () => {
    expect(isTactfulEnabledFor({ origin: 'https://mail.google.com' }, settings())).toBe(true);
    expect(isTactfulEnabledFor({ origin: 'https://mail.google.com' }, settings([], ['https://mail.google.com']))).toBe(
      false,
    );
    expect(isTactfulEnabledFor({ origin: 'https://support.acme.com' }, settings())).toBe(false);
    expect(isTactfulEnabledFor({ origin: 'https://support.acme.com' }, settings(['https://support.acme.com']))).toBe(
      true,
    );
    expect(
      isTactfulEnabledFor(
        { origin: 'https://support.acme.com' },
        settings(['https://support.acme.com'], ['https://support.acme.com']),
      ),
    ).toBe(false);
    // an about:blank editor frame inherits its parent's origin
    expect(isTactfulEnabledFor({ origin: 'http://127.0.0.1:5176', href: 'about:blank' }, settings())).toBe(true);
    expect(siteMode(null, settings())).toBe('unavailable');
    expect(siteMode('chrome-extension://abc', settings())).toBe('unavailable');
  });

  it('toggles with the smallest change to the lists', () => {
    expect(siteToggle(settings(), 'https://mail.google.com', false)).toEqual({
      allowedSites: [],
      deniedSites: ['https://mail.google.com'],
    });
    expect(siteToggle(settings([], ['https://mail.google.com']), 'https://mail.google.com', true)).toEqual({
      allowedSites: [],
      deniedSites: [],
    });
    expect(siteToggle(settings(), 'https://support.acme.com', true)).toEqual({
      allowedSites: ['https://support.acme.com'],
      deniedSites: [],
    });
    expect(siteToggle(settings(['https://support.acme.com']), 'https://support.acme.com', false)).toEqual({
      allowedSites: [],
      deniedSites: [],
    });
  });
});
