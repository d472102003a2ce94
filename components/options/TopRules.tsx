/** The rules that flagged most often, with how often the agent fixed or ignored them. */
import type { RuleTotals } from '../../background/stats-report';
import { formatNumber, t } from '../../i18n/messages';
import { categoryLabel } from './labels';

export function TopRules({ rules }: { rules: RuleTotals[] }) {
  if (rules.length === 0) return <p class="hint">{t('statsNoRules')}</p>;
  return (
    <table class="top-rules">
      <caption>{t('statsTopRules')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('statsColRule')}</th>
          <th scope="col">{t('fieldCategory')}</th>
          <th scope="col">{t('statFlagged')}</th>
          <th scope="col">{t('statFixed')}</th>
          <th scope="col">{t('statIgnored')}</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((r) => (
          <tr key={r.ruleId} data-rule={r.ruleId}>
            <th scope="row">
              <code>{r.ruleId}</code>
            </th>
            <td>{categoryLabel(r.category)}</td>
            <td>{formatNumber(r.flagged)}</td>
            <td data-col="fixed">{formatNumber(r.fixed)}</td>
            <td>{formatNumber(r.ignored)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
