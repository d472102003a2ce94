/**
 * Every DOM selector Tactful relies on, in one place; tests/composer/selectors.test.ts
 * checks each one against the fixture pages.
 */

/** Quoted thread, quoted customer text and signatures: never checked. */
export const QUOTE_SELECTOR = [
  'blockquote',
  '.gmail_quote',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '#divRplyFwdMsg',
  '#Signature',
  '.signature',
  '[data-signature]',
].join(',');

/** Fields a person writes prose in. */
export const EDITABLE_SELECTOR = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

export const GMAIL = {
  composeBody: 'div.Am.Al.editable[g_editable="true"][role="textbox"][contenteditable="true"]',
} as const;
