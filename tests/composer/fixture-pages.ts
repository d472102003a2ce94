/**
 * Loads the e2e fixture pages (and the editor-internals snippets) as static documents for
 * unit tests: the markup as shipped, no scripts run. Needs a DOM environment (happy-dom).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const E2E_FIXTURES = resolve(import.meta.dirname, '../e2e/fixtures');
const UNIT_FIXTURES = resolve(import.meta.dirname, 'fixtures');

/** Every fixture page the e2e server serves, by file name. */
export const FIXTURE_PAGES = readdirSync(E2E_FIXTURES).filter((f) => f.endsWith('.html'));

export const EDITOR_INTERNALS = 'editor-internals.html';

const cache = new Map<string, Document>();

export function loadPage(name: string): Document {
  let doc = cache.get(name);
  if (!doc) {
    const dir = name === EDITOR_INTERNALS ? UNIT_FIXTURES : E2E_FIXTURES;
    // Stylesheets do not matter to selectors, and happy-dom would try to fetch them.
    const html = readFileSync(join(dir, name), 'utf8').replace(/<link\b[^>]*>/g, '');
    doc = new DOMParser().parseFromString(html, 'text/html');
    cache.set(name, doc);
  }
  return doc;
}
