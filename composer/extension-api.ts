/**
 * Calls to the extension from the content script, as promises that never throw. After an
 * extension update or reload, the old content script stays in every open tab, cut off: each
 * call to the extension's API throws at once ("Extension context invalidated"). The browser's
 * own API, which the content script uses (wxt.config.ts), throws where webextension-polyfill's
 * wrapper rejected; here it rejects again, and each caller's catch keeps the page quiet.
 */
import { browser } from 'wxt/browser';

/** `call()`, a throw turned into a rejection. */
export function attempt<R>(call: () => Promise<R>): Promise<R> {
  return new Promise<R>((resolve) => resolve(call()));
}

/** A message to the background; rejects when the extension is gone. */
export function toBackground<R = unknown>(message: object): Promise<R> {
  return attempt(() => browser.runtime.sendMessage(message) as Promise<R>);
}
