import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { StatsSnapshot, StatusReply } from '../composer/messages';
import { type MessageKey, formatNumber, t } from '../i18n/messages';
import { today } from '../background/stats-report';
import { isLocked } from '../settings/policy';
import { type SiteMode, siteMode } from '../settings/sites';
import { ask } from './options/api';
import { type PopupTarget, queryStatus, resolveTarget } from './options/popup-target';
import { setSiteEnabled } from './options/site-switch';
import { useAppSettings } from './options/use-app-settings';

const HINTS: Record<SiteMode, MessageKey> = {
  unavailable: 'siteUnavailable',
  supported: 'siteHintSupported',
  denied: 'siteHintDenied',
  'opted-in': 'siteHintOptedIn',
  available: 'siteHintAvailable',
};

/** The toolbar popup: is Tactful at work on this page, a switch for this site, today's counts. */
export function Popup() {
  const app = useAppSettings();
  const [target, setTarget] = useState<PopupTarget | null>(null);
  const [reply, setStatus] = useState<StatusReply | null | undefined>(undefined);
  const [stats, setStats] = useState<StatsSnapshot | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [needsPermission, setNeedsPermission] = useState(false);

  const refreshStatus = useCallback(async (tabId: number | null) => {
    setStatus(await queryStatus(tabId));
  }, []);

  useEffect(() => {
    resolveTarget(location.search).then((found) => {
      setTarget(found);
      refreshStatus(found.tabId);
    });
    ask({ type: 'tactful/stats' }).then((reply) => reply.ok && setStats(reply.value));
  }, [refreshStatus]);

  useEffect(() => {
    if (app) document.title = t('extName');
  }, [app]);

  if (!app) return <main class="popup" aria-busy="true" />;
  const mode = siteMode(target?.origin ?? null, app.settings);
  const enabled = mode === 'supported' || mode === 'opted-in';
  const locked = isLocked(app.policy, 'allowedSites') || isLocked(app.policy, 'deniedSites');
  const counts = stats ? today(stats) : null;
  // a content script loaded before the agent turned the site off still answers; it is not at work
  const status = reply && target && !enabled ? null : reply;

  const toggle = async () => {
    if (!target?.origin) return;
    setBusy(true);
    setMessage(null);
    const result = await setSiteEnabled(target.origin, !enabled, target.tabId ?? undefined);
    setBusy(false);
    if (!result.ok) setMessage(result.permissionDenied ? t('sitePermissionDenied') : t('errorGeneric', result.error));
    else setNeedsPermission(result.reply.needsPermission);
    // the content script reacts to the settings change; ask it again a moment later
    setTimeout(() => refreshStatus(target.tabId), 400);
  };

  const openOptions = (event: Event) => {
    event.preventDefault();
    browser.runtime.openOptionsPage().then(() => window.close());
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <a href={browser.runtime.getURL('/options.html')} onClick={openOptions} class="link-button">
          {t('openOptions')}
        </a>
      </header>

      <section aria-labelledby="page-heading" class="card">
        <h2 id="page-heading" class="visually-hidden">
          {t('popupPageHeading')}
        </h2>
        <p class="status" data-active={status ? 'true' : 'false'} role="status">
          {status === undefined ? t('popupChecking') : status ? t('popupActive') : t('popupInactive')}
        </p>
        {status && (
          <dl class="counts">
            <div>
              <dt>{t('popupFlagsOnPage')}</dt>
              <dd data-count="flags">{formatNumber(status.flags)}</dd>
            </div>
            <div>
              <dt>{t('popupComposers')}</dt>
              <dd data-count="composers">{formatNumber(status.composers)}</dd>
            </div>
          </dl>
        )}
      </section>

      <section aria-labelledby="site-heading" class="card">
        <h2 id="site-heading">{t('popupSiteHeading')}</h2>
        {target?.origin && <p class="origin">{target.origin}</p>}
        {mode === 'unavailable' ? (
          <p class="hint">{t('siteUnavailable')}</p>
        ) : (
          <>
            <button
              type="button"
              role="switch"
              class="switch"
              aria-checked={enabled ? 'true' : 'false'}
              aria-describedby="site-hint"
              disabled={busy || locked}
              onClick={toggle}
            >
              <span class="switch-track" aria-hidden="true">
                <span class="switch-thumb" />
              </span>
              <span>{t('siteSwitchLabel')}</span>
            </button>
            <p id="site-hint" class="hint">
              {locked ? t('siteLocked') : needsPermission ? t('siteHintNeedsPermission') : t(HINTS[mode])}
            </p>
          </>
        )}
        {message && (
          <p class="error" role="alert">
            {message}
          </p>
        )}
      </section>

      <section aria-labelledby="today-heading" class="card">
        <h2 id="today-heading">{t('todayHeading')}</h2>
        {counts ? (
          <dl class="counts today">
            <Count label={t('statFlagged')} value={counts.flagged} name="flagged" />
            <Count label={t('statFixed')} value={counts.fixed} name="fixed" />
            <Count label={t('statIgnored')} value={counts.ignored} name="ignored" />
            <Count label={t('statModules')} value={counts.modules} name="modules" />
            <Count label={t('statDrafts')} value={counts.drafts} name="drafts" />
          </dl>
        ) : (
          <p class="hint">{t('loading')}</p>
        )}
      </section>
    </main>
  );
}

function Count({ label, value, name }: { label: string; value: number; name: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-count={name}>{formatNumber(value)}</dd>
    </div>
  );
}
