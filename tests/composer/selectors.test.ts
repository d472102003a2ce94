// @vitest-environment happy-dom
/**
 * Every selector in composer/selectors.ts is checked against the fixture pages (refined-github
 * style): each part of each selector must match where the product puts that element, and a
 * site's composer selector must match nothing on another site's page.
 */
import { describe, expect, it } from 'vitest';
import * as SELECTORS from '../../composer/selectors';
import { EDITOR_INTERNALS, FIXTURE_PAGES, loadPage } from './fixture-pages';

/** The comma-separated parts of a selector list (commas inside quotes or brackets kept). */
function parts(selector: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of selector) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current.trim());
  return out.filter(Boolean);
}

/** Every exported selector, named like `GMAIL.composeBody`. */
function allSelectors(): [string, string][] {
  const found: [string, string][] = [];
  for (const [name, value] of Object.entries(SELECTORS)) {
    if (typeof value === 'string') found.push([name, value]);
    else for (const [key, inner] of Object.entries(value)) found.push([`${name}.${key}`, inner as string]);
  }
  return found;
}

const count = (page: string, selector: string) => loadPage(page).querySelectorAll(selector).length;

/** Where each product's elements are, and how many of them the page has. */
const EXPECTED: [selector: string, page: string, matches: number][] = [
  [SELECTORS.GMAIL.composeBody, 'gmail.html', 3],
  [SELECTORS.GMAIL.composeWindow, 'gmail.html', 3],
  [SELECTORS.GMAIL.recipientChip, 'gmail.html', 4],
  [SELECTORS.GMAIL.threadSender, 'gmail.html', 1],
  [SELECTORS.OUTLOOK.composeBody, 'outlook.html', 1],
  [SELECTORS.OUTLOOK.notProse, 'outlook.html', 3],
  [SELECTORS.ZENDESK.composeBody, 'zendesk.html', 1],
  [SELECTORS.ZENDESK.requesterName, 'zendesk.html', 1],
  [SELECTORS.FRESHDESK.composeBody, 'freshdesk.html', 1],
  [SELECTORS.INTERCOM.composeBody, 'intercom.html', 1],
  [SELECTORS.HELPSCOUT.composeBody, 'helpscout.html', 1],
  [SELECTORS.FRONT.composeBody, 'front.html', 1],
  [SELECTORS.ZAMMAD.composeBody, 'zammad.html', 1],
  [SELECTORS.ZAMMAD.legacyComposeBody, 'zammad-legacy.html', 1],
  [SELECTORS.CHATWOOT.composeBody, 'chatwoot.html', 1],
  [SELECTORS.OSTICKET.composeBody, 'osticket.html', 1],
  [SELECTORS.OSTICKET.composeBody, 'osticket-legacy.html', 1],
  // quotes and signatures of the sites that put them inside the composer
  ['.gmail_quote', 'gmail.html', 2],
  ['.gmail_signature', 'gmail.html', 1],
  ['#appendonsend', 'outlook.html', 1],
  ['#divRplyFwdMsg', 'outlook.html', 1],
  ['#mail-editor-reference-message-container', 'outlook.html', 1],
  ['.freshdesk_quote', 'freshdesk.html', 2],
  ['.front-blockquote', 'front.html', 1],
  ['[data-signature]', 'zammad.html', 1],
  ['[data-signature]', 'zammad-legacy.html', 1],
];

/** Each site's composer selector, by the page that carries that site's structure. */
const SITE_BODIES: [page: string, selector: string][] = [
  ['gmail.html', SELECTORS.GMAIL.composeBody],
  ['outlook.html', SELECTORS.OUTLOOK.composeBody],
  ['zendesk.html', SELECTORS.ZENDESK.composeBody],
  ['freshdesk.html', SELECTORS.FRESHDESK.composeBody],
  ['intercom.html', SELECTORS.INTERCOM.composeBody],
  ['helpscout.html', SELECTORS.HELPSCOUT.composeBody],
  ['front.html', SELECTORS.FRONT.composeBody],
  ['zammad.html', SELECTORS.ZAMMAD.composeBody],
  ['zammad-legacy.html', SELECTORS.ZAMMAD.legacyComposeBody],
  ['chatwoot.html', SELECTORS.CHATWOOT.composeBody],
  ['osticket.html', SELECTORS.OSTICKET.composeBody],
  ['osticket-legacy.html', SELECTORS.OSTICKET.composeBody],
];

describe('composer/selectors.ts against the fixture pages', () => {
  const pages = [...FIXTURE_PAGES, EDITOR_INTERNALS];

  for (const [name, selector] of allSelectors()) {
    for (const part of parts(selector)) {
      it(`${name}: "${part}" matches in at least one fixture`, () => {
        const where = pages.filter((page) => count(page, part) > 0);
        expect(where, `no fixture page contains ${part}`).not.toEqual([]);
      });
    }
  }

  for (const [selector, page, matches] of EXPECTED) {
    it(`${page} has ${matches} × ${selector}`, () => {
      expect(count(page, selector)).toBe(matches);
    });
  }

  for (const [ownPage, selector] of SITE_BODIES) {
    it(`${ownPage}'s composer selector matches on no other page`, () => {
      const others = FIXTURE_PAGES.filter(
        (page) => page !== ownPage && !SITE_BODIES.some(([p, s]) => p === page && s === selector),
      );
      expect(others.filter((page) => count(page, selector) > 0)).toEqual([]);
    });
  }

  it('every site composer is editable and holds no non-prose field', () => {
    for (const [page, selector] of SITE_BODIES) {
      for (const body of loadPage(page).querySelectorAll<HTMLElement>(selector)) {
        expect(body.matches(SELECTORS.EDITABLE_SELECTOR), page).toBe(true);
        expect(body.closest(SELECTORS.CODE_EDITOR_SELECTOR), page).toBeNull();
        expect(body.matches(SELECTORS.NOT_PROSE_FIELD_SELECTOR), page).toBe(false);
      }
    }
  });
});
