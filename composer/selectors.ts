/**
 * Every DOM selector Tactful relies on, in one place; tests/composer/selectors.test.ts
 * checks each one against the fixture pages in tests/e2e/fixtures/.
 */

/** Quoted thread, quoted customer text and signatures: never checked. */
export const QUOTE_SELECTOR = [
  'blockquote',
  '.gmail_quote',
  '.gmail_signature',
  '.gmail_signature_prefix',
  '[data-smartmail="gmail_signature"]',
  // Outlook on the web: the quoted thread of a reply or forward
  '#mail-editor-reference-message-container',
  '#Signature',
  '.freshdesk_quote',
  '.front-blockquote',
  '.signature',
  '[data-signature]',
].join(',');

/**
 * Markers after which everything up to the end of the composer is the quoted thread:
 * classic Outlook puts the thread in siblings that follow them, not inside them.
 */
export const QUOTE_BOUNDARY_SELECTOR = '#appendonsend, #divRplyFwdMsg';

/**
 * Nodes an editor puts into its editable that are not part of the draft: CKEditor 5's
 * off-screen copy of a selected widget, TinyMCE's UI-only elements (resize handles, the
 * off-screen selection), and pasted elements that never render text.
 */
export const NOT_DRAFT_SELECTOR = '.ck-fake-selection-container, [data-mce-bogus="all"], script, style';

/**
 * CKEditor 5's editable, whose undo steps the insertion chain works around (chain.ts): a
 * multi-line beforeinput becomes one step per line.
 */
export const CKEDITOR_EDITABLE_SELECTOR = '.ck-editor__editable';

/** Fields a person writes prose in. */
export const EDITABLE_SELECTOR =
  'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** Code editors (CodeMirror 5 and 6, Monaco, Ace): nothing inside them is prose. */
export const CODE_EDITOR_SELECTOR = '.cm-editor, .cm-content, .CodeMirror, .monaco-editor, .ace_editor';

/**
 * Fields that declare themselves not prose: a programming language (CodeMirror 6 and others
 * put data-language on the editable itself) or a search box. Matched on the field only: a
 * wrapper's data-language may well name a human language.
 */
export const NOT_PROSE_FIELD_SELECTOR = '[data-language], [role="searchbox"]';

/** Gmail compose, reply and forward windows. */
export const GMAIL = {
  composeBody: 'div.Am.Al.editable[g_editable="true"][role="textbox"][contenteditable="true"]',
  /** a compose window (popped out or docked) or an inline reply in a thread */
  composeWindow: '[role="dialog"], .ip',
  /** recipient chips in the To/Cc fields of a compose window */
  recipientChip: 'span[email]',
  /** the sender of a message in the open thread (the customer, when replying) */
  threadSender: 'span.gD[email]',
} as const;

/** Outlook on the web (outlook.office.com, outlook.live.com). */
export const OUTLOOK = {
  composeBody: 'div[role="textbox"][contenteditable="true"][aria-label^="Message body"]',
  /** recipient wells and the subject line are contenteditable too, but never prose */
  notProse:
    '[contenteditable="true"][aria-label="To"], [contenteditable="true"][aria-label="Cc"], [contenteditable="true"][aria-label="Bcc"]',
} as const;

/** Zendesk Agent Workspace: CKEditor 5 inside the omnicomposer. */
export const ZENDESK = {
  composeBody: '[data-test-id="omnicomposer-rich-text-ckeditor"] .ck-editor__editable[contenteditable="true"]',
  requesterName:
    '[data-test-id="ticket-system-field-requester-select"] [data-test-id="ticket-system-field-requester-name"]',
} as const;

/** Freshdesk: the Froala editor of the reply and note forms. */
export const FRESHDESK = {
  composeBody: '.fr-box .fr-element.fr-view[contenteditable="true"]',
} as const;

/** Intercom inbox: the ProseMirror composer. */
export const INTERCOM = {
  composeBody: '.embercom-prosemirror-composer .ProseMirror[contenteditable="true"]',
} as const;

/** Help Scout: the reply and note editor of a conversation. */
export const HELPSCOUT = {
  composeBody: '.c-ReplyEditor [data-slate-editor="true"][contenteditable="true"]',
} as const;

/** Front: the message composer. */
export const FRONT = {
  composeBody: '[data-testid="composer-editor"] [contenteditable="true"][role="textbox"]',
} as const;

/** Zammad: the new desktop view (TipTap/ProseMirror) and the legacy app's richtext field. */
export const ZAMMAD = {
  composeBody: '[data-test-id="field-editor"] .ProseMirror[contenteditable="true"]',
  legacyComposeBody: '.richtext .richtext-content[contenteditable="true"]',
} as const;

/** Chatwoot: the ProseMirror reply box of a conversation. */
export const CHATWOOT = {
  composeBody: '.reply-box .editor-root .ProseMirror[contenteditable="true"]',
} as const;

/** osTicket: Redactor over the hidden response textarea (Redactor 3 `.redactor-in`, Redactor 2 `.redactor-editor`). */
export const OSTICKET = {
  composeBody:
    '.redactor-box .redactor-in[contenteditable="true"], .redactor-box .redactor-editor[contenteditable="true"]',
} as const;
