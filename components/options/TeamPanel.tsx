/**
 * Team roll-out: the URL the trainer publishes the team's banks at (https), how often it is
 * checked, and what the last checks did. When the organisation's policy sets the URL it is
 * shown, not editable. The URL is shown as text, never as a link.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { TeamOverview } from '../../composer/messages';
import { formatDateTime, t } from '../../i18n/messages';
import { ask } from './api';
import { languageLabel } from './labels';
import { ProblemList } from './ProblemList';
import type { AppSettings } from './use-app-settings';

export function TeamPanel({ app }: { app: AppSettings }) {
  const id = useId();
  const [team, setTeam] = useState<TeamOverview | null>(null);
  const [url, setUrl] = useState('');
  const [interval, setIntervalMinutes] = useState(60);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const show = (overview: TeamOverview) => {
    setTeam(overview);
    setUrl(overview.url ?? '');
    setIntervalMinutes(overview.intervalMinutes);
  };
  useEffect(() => {
    ask({ type: 'tactful/team' }).then((reply) => (reply.ok ? show(reply.value) : setError(reply.error)));
  }, []);

  const run = async (request: Parameters<typeof ask>[0]) => {
    setBusy(true);
    setError(null);
    const reply = await ask(request);
    setBusy(false);
    if (reply.ok) show(reply.value as TeamOverview);
    else setError(reply.quota ? t('storageFull', reply.error) : t('errorGeneric', reply.error));
  };

  const managed = team?.managed ?? false;
  // Editable only once the stored configuration is in: an answer arriving after the trainer
  // started typing would otherwise overwrite what they typed (a waking worker takes ~150 ms).
  const loaded = team !== null;
  const mayConfigure = !managed && app.policy.allowCustomBanks;
  const when = (ms: number | null) => (ms ? formatDateTime(ms) : t('teamNever'));

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('panelTeam')}</h2>
      <p class="hint">{t('teamIntro')}</p>
      <p class="hint">{t('teamOnlyTraffic')}</p>
      {managed && <p class="locked-note">{t('teamManaged')}</p>}
      {!managed && !app.policy.allowCustomBanks && <p class="locked-note">{t('customBanksNotAllowed')}</p>}
      <form
        class="team-form"
        onSubmit={(e) => {
          e.preventDefault();
          run({ type: 'tactful/team-config', url: url.trim() || null, intervalMinutes: interval });
        }}
      >
        <div class="field">
          <label for={`${id}-url`}>{t('teamUrlLabel')}</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            disabled={!mayConfigure || !loaded}
            aria-describedby={`${id}-url-hint`}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          <p id={`${id}-url-hint`} class="hint">
            {t('teamUrlHint')}
          </p>
        </div>
        <div class="field">
          <label for={`${id}-interval`}>{t('teamIntervalLabel')}</label>
          <input
            id={`${id}-interval`}
            type="number"
            min={5}
            max={10080}
            value={interval}
            disabled={!mayConfigure || !loaded}
            onInput={(e) => setIntervalMinutes(Number(e.currentTarget.value))}
          />
        </div>
        <p>
          {mayConfigure && (
            <button type="submit" class="primary" disabled={busy || !loaded}>
              {t('teamSave')}
            </button>
          )}{' '}
          <button type="button" disabled={busy || !team?.url} onClick={() => run({ type: 'tactful/team-sync' })}>
            {t('teamSyncNow')}
          </button>
        </p>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {team && (
        <div class="team-status" role="status" aria-live="polite">
          <dl class="facts">
            <dt>{t('teamUrlInEffect')}</dt>
            <dd>
              <code class="team-url">{team.url ?? t('teamNone')}</code>
            </dd>
            <dt>{t('teamLastAttempt')}</dt>
            <dd>{when(team.lastAttempt)}</dd>
            <dt>{t('teamLastSync')}</dt>
            <dd data-field="last-sync">{when(team.lastSuccess)}</dd>
            <dt>{t('teamLastChange')}</dt>
            <dd>{when(team.lastChange)}</dd>
            <dt>{t('teamBanks')}</dt>
            <dd>
              {team.banks.length === 0
                ? t('teamNone')
                : team.banks.map((b) => `${b.id} ${b.version} (${languageLabel(b.language)})`).join(', ')}
            </dd>
          </dl>
          {team.lastError && <p class="error team-error">{t('teamLastError', team.lastError)}</p>}
          <ProblemList problems={team.problems} />
        </div>
      )}
    </section>
  );
}
