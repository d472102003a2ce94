// Sites where Tactful runs without asking: webmail and helpdesk composers, and local demo pages.
export const SUPPORTED_SITES: string[] = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://app.intercom.com/*',
  'https://secure.helpscout.net/*',
  'https://app.frontapp.com/*',
  'https://*.zammad.com/*',
  'https://app.chatwoot.com/*',
  'http://localhost/*',
  'http://127.0.0.1/*',
];
