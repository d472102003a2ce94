/**
 * The site each tab's content script last spoke from, as the browser reports the sender
 * (not as the page claims). The popup needs a tab's site to offer the on/off switch, and
 * without the "tabs" permission the browser shows a tab's URL only after the agent clicks
 * the toolbar button (activeTab); opened any other way (e.g. popup.html?tab=<id> in a tab),
 * the popup asks here. Kept in storage.session: it outlives a sleeping worker, not the browser.
 */
import { webOrigin } from '../settings/sites';
import type { StorageArea } from './storage';

export const TAB_ORIGINS_KEY = 'tactful.tabOrigins';

export interface MessageSenderLike {
  tab?: { id?: number };
  frameId?: number;
  origin?: string;
  url?: string;
}

export class TabOrigins {
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly session: StorageArea) {}

  private async all(): Promise<Record<string, string>> {
    return ((await this.session.get(TAB_ORIGINS_KEY))[TAB_ORIGINS_KEY] as Record<string, string> | undefined) ?? {};
  }

  private update(change: (map: Record<string, string>) => boolean): Promise<void> {
    const run = async () => {
      const map = await this.all();
      if (change(map)) await this.session.set({ [TAB_ORIGINS_KEY]: map });
    };
    this.chain = this.chain.then(run, run).catch(() => {});
    return this.chain;
  }

  /** Notes the top frame's origin of a content-script message. */
  note(sender: MessageSenderLike): Promise<void> {
    const tabId = sender.tab?.id;
    const origin = webOrigin(sender.origin ?? sender.url ?? '');
    if (tabId === undefined || sender.frameId !== 0 || !origin) return Promise.resolve();
    return this.update((map) => {
      if (map[tabId] === origin) return false;
      map[tabId] = origin;
      return true;
    });
  }

  forget(tabId: number): Promise<void> {
    return this.update((map) => delete map[tabId]);
  }

  async get(tabId: number): Promise<string | null> {
    return (await this.all())[tabId] ?? null;
  }
}
