/**
 * Coaching stats kept on this machine (counts only, never text): the trend, today's totals,
 * the most frequent rules and modules by situation; CSV export and reset.
 */
import { useCallback, useEffect, useId, useState } from 'preact/hooks';
import { dailySeries, statsCsv, today, topRules } from '../../background/stats-report';
import type { StatsSnapshot } from '../../composer/messages';
import { formatNumber, t } from '../../i18n/messages';
import { type Situation, SITUATIONS } from '../../phrasebank/types';
import { ask, download } from './api';
import { situationLabel } from './labels';
import { StatsChart } from './StatsChart';
import { TopRules } from './TopRules';

const RANGES = [7, 30, 90] as const;

export function StatsPanel() {
  const id = useId();
  const [stats, setStats] = useState<StatsSnapshot | null>(null);
  const [days, setDays] = useState<number>(30);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const reply = await ask({ type: 'tactful/stats' });
    if (reply.ok) setStats(reply.value);
    else setError(reply.error);
  }, []);
  useEffect(() => {
    refresh();
  }, [refresh]);

  const reset = async () => {
    if (!confirm(t('statsResetConfirm'))) return;
    const reply = await ask({ type: 'tactful/stats-reset' });
    if (!reply.ok) setError(t('errorGeneric', reply.error));
    refresh();
  };

  if (!stats) return <p class="hint">{t('loading')}</p>;
  const series = dailySeries(stats, days);
  const now = today(stats);
  const modules = new Map<Situation, number>();
  for (const d of series) {
    for (const [s, n] of Object.entries(stats.days[d.day]?.modules ?? {}))
      modules.set(s as Situation, (modules.get(s as Situation) ?? 0) + n);
  }

  return (
    <section aria-labelledby={`${id}-heading`} class="stats">
      <h2 id={`${id}-heading`}>{t('panelStats')}</h2>
      <p class="hint">{t('statsIntro')}</p>
      {(error || stats.lastError) && (
        <p class="error" role="alert">
          {error ?? t('statsStoreError', stats.lastError ?? '')}
        </p>
      )}
      <div class="toolbar">
        <label for={`${id}-range`}>{t('statsRange')}</label>{' '}
        <select id={`${id}-range`} value={days} onChange={(e) => setDays(Number(e.currentTarget.value))}>
          {RANGES.map((n) => (
            <option key={n} value={n}>
              {t('statsLastDays', String(n))}
            </option>
          ))}
        </select>{' '}
        <button type="button" onClick={refresh}>
          {t('statsRefresh')}
        </button>{' '}
        <button type="button" onClick={() => download(`tactful-stats-${now.day}.csv`, statsCsv(stats), 'text/csv')}>
          {t('statsExportCsv')}
        </button>{' '}
        <button type="button" class="danger" onClick={reset}>
          {t('statsReset')}
        </button>
      </div>

      <h3>{t('todayHeading')}</h3>
      <dl class="counts today-counts">
        {(
          [
            ['statFlagged', now.flagged, 'flagged'],
            ['statFixed', now.fixed, 'fixed'],
            ['statIgnored', now.ignored, 'ignored'],
            ['statModules', now.modules, 'modules'],
            ['statDrafts', now.drafts, 'drafts'],
          ] as const
        ).map(([label, value, name]) => (
          <div key={name}>
            <dt>{t(label)}</dt>
            <dd data-count={name}>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>

      <h3>{t('statsTrend')}</h3>
      <StatsChart series={series} titleId={`${id}-chart`} />
      <details>
        <summary>{t('statsShowTable')}</summary>
        <table class="stats-table">
          <caption class="visually-hidden">{t('statsTrend')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statsColDay')}</th>
              <th scope="col">{t('statFlagged')}</th>
              <th scope="col">{t('statFixed')}</th>
              <th scope="col">{t('statIgnored')}</th>
              <th scope="col">{t('statModules')}</th>
              <th scope="col">{t('statDrafts')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{d.flagged}</td>
                <td>{d.fixed}</td>
                <td>{d.ignored}</td>
                <td>{d.modules}</td>
                <td>{d.drafts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <TopRules rules={topRules(stats, days, 10)} />

      <h3>{t('statsModulesHeading')}</h3>
      {modules.size === 0 ? (
        <p class="hint">{t('statsNoModules')}</p>
      ) : (
        <ul class="modules-by-situation">
          {SITUATIONS.filter((s) => modules.has(s)).map((s) => (
            <li key={s}>
              {situationLabel(s)}: {formatNumber(modules.get(s) ?? 0)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
