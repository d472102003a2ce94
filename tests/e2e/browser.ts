/**
 * Launches Debian's Chromium through playwright-core with the built extension loaded.
 * No browser is downloaded: the system binary is used (TACTFUL_CHROMIUM overrides).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { systemBinary } from './system-binary';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.TACTFUL_OUT ?? '.output', 'chrome-mv3');
export const chromiumPath = () =>
  systemBinary(
    'Chromium',
    [process.env.TACTFUL_CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium'],
    'install Debian\'s "chromium" (apt-get install chromium) or set TACTFUL_CHROMIUM',
  );

export interface ExtensionBrowser {
  context: BrowserContext;
  /** the extension's service worker as it is now (MV3 stops and restarts it; an old handle can hang) */
  readonly worker: Worker;
  extensionId: string;
  /**
   * Evaluates in the service worker, bounded: an attempt that gets no answer in 10 s (a
   * worker Chromium stopped while the handle still looked live) is logged, the worker is
   * woken through an extension page and the call retried on the current handle. Only for
   * idempotent calls (storage reads and writes, alarm queries).
   */
  inWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

const WORKER_ANSWER_MS = 10_000;
const NO_ANSWER = Symbol('no answer');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium with a fresh profile, launched exactly like launchWithExtension but without it (benchmark baselines). */
export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'tactful-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'tactful-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const current = () =>
    context
      .serviceWorkers()
      .filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))
      .at(-1) ?? worker;
  const wake = async () => {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      // any runtime message starts a stopped worker; nobody needs to answer this one
      await page.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime
          .sendMessage({ type: 'tactful/e2e-wake' })
          .catch(() => undefined),
      );
    } finally {
      await page.close();
    }
  };
  return {
    context,
    get worker() {
      return current();
    },
    extensionId,
    async inWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      for (let attempt = 1; ; attempt++) {
        let timer: NodeJS.Timeout | undefined;
        const answer = await Promise.race([
          current().evaluate<R, A>(fn as never, arg as A),
          new Promise<typeof NO_ANSWER>((done) => {
            timer = setTimeout(() => done(NO_ANSWER), WORKER_ANSWER_MS);
          }),
        ]).finally(() => clearTimeout(timer));
        if (answer !== NO_ANSWER) return answer as R;
        if (attempt === 3) throw new Error(`the service worker gave no answer in ${attempt} attempts`);
        console.warn(`e2e: the service worker gave no answer in ${WORKER_ANSWER_MS / 1000} s; waking it and retrying`);
        await wake();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
