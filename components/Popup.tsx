import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { statusRequest, type StatusReply } from '../composer/messages';

type State = { kind: 'loading' } | { kind: 'inactive' } | { kind: 'active'; status: StatusReply };

/** Asks the content script of the current tab whether Tactful is at work there. */
async function queryStatus(): Promise<State> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { kind: 'inactive' };
    const reply = (await browser.tabs.sendMessage(tab.id, statusRequest())) as StatusReply | undefined;
    return reply?.active ? { kind: 'active', status: reply } : { kind: 'inactive' };
  } catch {
    // No content script in this tab: the site is not enabled (or is a browser page).
    return { kind: 'inactive' };
  }
}

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    queryStatus().then(setState);
  }, []);
  return (
    <main>
      <h1>Tactful</h1>
      {state.kind === 'loading' && <p class="status">Checking this page…</p>}
      {state.kind === 'inactive' && (
        <p class="status" data-active="false">
          Tactful is not active on this page.
        </p>
      )}
      {state.kind === 'active' && (
        <p class="status" data-active="true">
          Tactful is active on this page: {state.status.composers} composer(s), {state.status.flags} flag(s).
        </p>
      )}
    </main>
  );
}
