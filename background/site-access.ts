/**
 * Sites beyond the supported ones: when the agent turns Tactful on for a site, the page asks
 * the browser for that one origin (an optional host permission); this keeps one registered
 * content script (chrome.scripting, persisted across sessions) whose matches are exactly the
 * opted-in origins the browser granted. Turning a site off drops its permission again.
 */
import type { PageReply, SiteAccessReply } from '../composer/messages';
import type { ManagedPolicy } from '../settings/policy';
import type { Settings } from '../settings/schema';
import { isSupportedOrigin, isTactfulEnabledFor, originPattern, siteToggle, webOrigin } from '../settings/sites';

export const OPT_IN_SCRIPT_ID = 'tactful-opt-in';

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  allFrames?: boolean;
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
}

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export interface SiteAccessDeps {
  scripting: ScriptingApi;
  permissions: PermissionsApi;
  /** the manifest's content script files (the same bundle the supported sites get) */
  contentScript: () => { js: string[]; css: string[] };
  loadOwnSettings: () => Promise<Settings>;
  loadSettings: () => Promise<Settings>;
  saveSettings: (patch: Partial<Settings>) => Promise<unknown>;
  policy: () => Promise<ManagedPolicy>;
  /** whether a content script already answers in the tab (so it is not injected twice) */
  hasContentScript: (tabId: number) => Promise<boolean>;
}

export class SiteAccess {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SiteAccessDeps) {}

  private granted(origin: string): Promise<boolean> {
    return this.deps.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
  }

  /** The opted-in origins the content script is registered for: allowed, not denied, not supported, granted. */
  async registeredOrigins(settings?: Settings): Promise<string[]> {
    const s = settings ?? (await this.deps.loadSettings());
    const candidates = s.allowedSites.filter(
      (o) => webOrigin(o) === o && !isSupportedOrigin(o) && !s.deniedSites.includes(o),
    );
    const granted = await Promise.all(candidates.map((o) => this.granted(o)));
    return candidates.filter((_, i) => granted[i]);
  }

  /** Brings the registration in line with the settings and permissions; serialised. */
  sync(): Promise<void> {
    const run = () => this.syncNow();
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => {});
    return next;
  }

  private async syncNow(): Promise<void> {
    const origins = await this.registeredOrigins();
    const { scripting } = this.deps;
    const existing = await scripting.getRegisteredContentScripts({ ids: [OPT_IN_SCRIPT_ID] });
    if (origins.length === 0) {
      if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [OPT_IN_SCRIPT_ID] });
      return;
    }
    const { js, css } = this.deps.contentScript();
    const script: RegisteredScript = {
      id: OPT_IN_SCRIPT_ID,
      matches: origins.map(originPattern),
      js,
      ...(css.length > 0 ? { css } : {}),
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    };
    if (existing.length > 0) await scripting.updateContentScripts([script]);
    else await scripting.registerContentScripts([script]);
  }

  /**
   * Turns Tactful on or off for one origin. Turning on a site that is not supported needs the
   * browser's permission, which only a page can ask for (it takes a click): the page asks,
   * then calls this; `needsPermission` tells it the grant is still missing.
   */
  async setSite(origin: string, enabled: boolean, tabId?: number): Promise<PageReply<SiteAccessReply>> {
    const web = webOrigin(origin);
    if (!web) return { ok: false, error: 'Tactful works on web pages only.' };
    const policy = await this.deps.policy();
    if ('allowedSites' in policy.locked || 'deniedSites' in policy.locked) {
      return { ok: false, error: 'The sites are set by your organisation.' };
    }
    const own = await this.deps.loadOwnSettings();
    try {
      await this.deps.saveSettings(siteToggle(own, web, enabled));
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e), quota: /quota/i.test(String(e)) };
    }
    const supported = isSupportedOrigin(web);
    if (!enabled && !supported)
      await this.deps.permissions.remove({ origins: [originPattern(web)] }).catch(() => false);
    await this.sync();
    const needsPermission = enabled && !supported && !(await this.granted(web));
    if (enabled && !supported && !needsPermission && tabId !== undefined) await this.injectInto(tabId);
    const settings = await this.deps.loadSettings();
    return {
      ok: true,
      value: { enabled: isTactfulEnabledFor({ origin: web }, settings) && !needsPermission, needsPermission },
    };
  }

  /** The page the agent opted in from gets Tactful now, without a reload. */
  private async injectInto(tabId: number): Promise<void> {
    if (await this.deps.hasContentScript(tabId)) return;
    const { js } = this.deps.contentScript();
    await this.deps.scripting.executeScript({ target: { tabId, allFrames: true }, files: js }).catch(() => {});
  }
}
