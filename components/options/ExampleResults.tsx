/** "N passed, N failed" for the draft's rule examples, with each failure and what was found instead. */
import type { ExampleReport } from '../../phrasebank/examples';
import { t } from '../../i18n/messages';

export function ExampleResults({ report }: { report: ExampleReport | null }) {
  if (!report) return <p class="hint examples-summary">{t('examplesNotRun')}</p>;
  return (
    <div class="examples">
      <p class={`examples-summary ${report.failed > 0 ? 'error' : 'ok'}`} role="status">
        {t('examplesSummary', String(report.passed), String(report.failed))}
      </p>
      {report.failures.length > 0 && (
        <ul class="example-failures">
          {report.failures.map((f, i) => (
            <li key={i}>
              <code>{f.ruleId}</code> {f.kind === 'flag' ? t('examplesShouldFlag') : t('examplesShouldAllow')}{' '}
              <q>{f.sentence}</q>
              {f.found.length > 0 && <span class="hint"> {t('examplesFound', f.found.join(', '))}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
