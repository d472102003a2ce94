/**
 * Helpers for the popup/options e2e specs: opening extension pages, the extension's storage
 * through the service worker, an axe-core check, and a small bank server with ETags.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** The extension APIs the specs call inside the worker or a page (run there, typed here). */
export interface ChromeApi {
  storage: Record<
    'local' | 'sync' | 'session',
    {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    }
  >;
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  alarms: { getAll(): Promise<{ name: string; periodInMinutes?: number }[]> };
}
declare const chrome: ChromeApi;

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Chrome's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

export async function openExtensionPage(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => console.error(`[${path}] page error:`, e.message));
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

export async function setStorage(
  browser: ExtensionBrowser,
  area: 'local' | 'sync',
  items: Record<string, unknown>,
): Promise<void> {
  await browser.inWorker(([a, i]) => chrome.storage[a as 'local' | 'sync'].set(i as Record<string, unknown>), [
    area,
    items,
  ] as const);
}

export async function getStorage(browser: ExtensionBrowser, area: 'local' | 'sync', key: string): Promise<unknown> {
  return browser.inWorker(([a, k]) => chrome.storage[a as 'local' | 'sync'].get(k).then((r) => r[k]), [
    area,
    key,
  ] as const);
}

export async function clearStorage(browser: ExtensionBrowser): Promise<void> {
  await browser.inWorker(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page. Evaluated through the DevTools protocol: an injected <script>
 * would be blocked by the extension pages' CSP (script-src 'self'), which stays as it is.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

export const serious = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** The tab id of a page, via the worker (the page must be the active tab). */
export async function activeTabId(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.inWorker(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

export interface BankServer {
  origin: string;
  /** what each request asked for */
  requests: { method: string; path: string; headers: IncomingHttpHeaders }[];
  /** sets what a path serves (a new body gets a new ETag) */
  serve(path: string, body: string): void;
  close(): Promise<void>;
}

/** Serves banks with ETag / If-None-Match and CORS, as a trainer's static host would. */
export function startBankServer(): Promise<BankServer> {
  const files = new Map<string, { body: string; etag: string }>();
  const requests: BankServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'If-None-Match, Accept',
      'access-control-expose-headers': 'ETag',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const file = files.get(req.url ?? '');
    if (!file) {
      res.writeHead(404, cors).end('not found');
      return;
    }
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, { ...cors, etag: file.etag }).end();
      return;
    }
    res.writeHead(200, { ...cors, 'content-type': 'application/json', etag: file.etag }).end(file.body);
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      ok({
        origin: `http://127.0.0.1:${port}`,
        requests,
        serve(path, body) {
          files.set(path, { body, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` });
        },
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** A small valid English bank; `extra` is merged into its one rule (for hostile texts). */
export function tinyBank(
  overrides: Record<string, unknown> = {},
  rule: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    format: 1,
    id: 'e2e-en',
    name: 'E2E bank',
    version: '1.0.0',
    language: 'en',
    rules: [
      {
        id: 'stop-phrase.procedure-7b',
        category: 'stop-phrase',
        patterns: ['procedure 7b'],
        message: 'Internal procedure names mean nothing to the customer: say what you will do.',
        modules: ['greeting.e2e'],
        examples: {
          flag: ['This follows procedure 7B.', 'Per procedure 7b we cannot.'],
          allow: ['We follow a clear procedure.', 'Step 7 is done.'],
        },
        ...rule,
      },
    ],
    modules: [
      {
        id: 'greeting.e2e',
        situation: 'greeting',
        title: 'E2E greeting',
        text: 'Hello {customer.name|}, thank you for writing.',
      },
    ],
    ...overrides,
  };
}
