/**
 * The pages' side of the protocol with the background (composer/messages.ts): typed requests,
 * and a reply that is always { ok, value } or { ok: false, error } — never a silent failure.
 */
import { browser } from 'wxt/browser';
import type { PageReplies, PageReply, PageRequest } from '../../composer/messages';

export async function ask<R extends PageRequest>(request: R): Promise<PageReply<PageReplies[R['type']]>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as PageReply<PageReplies[R['type']]> | undefined;
    return reply ?? { ok: false, error: 'no answer from the background' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Offers text as a file download (bank export, stats CSV). */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
