/** Bank problems, each with the JSON path it is about; bank text is shown as text only. */
import type { BankProblemView } from '../../composer/messages';
import { t } from '../../i18n/messages';

export function ProblemList({ problems, label }: { problems: BankProblemView[]; label?: string }) {
  if (problems.length === 0) return null;
  return (
    <div class="problems">
      {label && <p class="problems-label">{label}</p>}
      <ul>
        {problems.map((p, i) => (
          <li key={i} class={p.severity === 'error' ? 'error' : 'warn'}>
            <span class="problem-severity">{p.severity === 'error' ? t('problemError') : t('problemWarning')}</span>{' '}
            <code class="problem-path">{p.path}</code> <span class="problem-message">{p.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
