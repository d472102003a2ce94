/**
 * Banks: the bundled ones, the organisation's, the team's and the agent's own, with version,
 * counts and a switch each; import (validated by the background with the CLI's lint — an
 * invalid file never replaces the last good bank), export, edit and remove.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BankProblemView, BanksOverview, BankSummary } from '../../composer/messages';
import { formatNumber, t } from '../../i18n/messages';
import { ask, download } from './api';
import { languageLabel, sourceLabel } from './labels';
import { ProblemList } from './ProblemList';
import type { AppSettings } from './use-app-settings';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; file: string }
  | { kind: 'done'; file: string; bank: BankSummary; warnings: BankProblemView[] }
  | { kind: 'failed'; file: string; error: string; problems: BankProblemView[] };

export function BanksPanel({ onEdit }: { app: AppSettings; onEdit: (key: string) => void }) {
  const [overview, setOverview] = useState<BanksOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportState>({ kind: 'idle' });

  const refresh = useCallback(async () => {
    const reply = await ask({ type: 'tactful/banks' });
    if (reply.ok) setOverview(reply.value);
    else setError(reply.error);
  }, []);
  useEffect(() => {
    refresh();
  }, [refresh]);

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setImported({ kind: 'busy', file: file.name });
    const reply = await ask({ type: 'tactful/bank-import', json: await file.text() });
    input.value = '';
    if (reply.ok)
      setImported({ kind: 'done', file: file.name, bank: reply.value.summary, warnings: reply.value.warnings });
    else
      setImported({
        kind: 'failed',
        file: file.name,
        error: reply.quota ? t('storageFull', reply.error) : reply.error,
        problems: reply.problems ?? [],
      });
    refresh();
  };

  const act = async (action: Promise<{ ok: boolean; error?: string; quota?: boolean }>) => {
    const reply = await action;
    if (!reply.ok) setError(reply.quota ? t('storageFull', reply.error ?? '') : t('errorGeneric', reply.error ?? ''));
    else setError(null);
    refresh();
  };

  const exportBank = async (bank: BankSummary) => {
    const reply = await ask({ type: 'tactful/bank-get', key: bank.key });
    if (reply.ok && reply.value)
      download(`${bank.id}-${bank.version}.json`, `${JSON.stringify(reply.value, null, 2)}\n`, 'application/json');
    else setError(t('errorGeneric', reply.ok ? bank.key : reply.error));
  };

  return (
    <section aria-labelledby="banks-heading">
      <h2 id="banks-heading">{t('panelBanks')}</h2>
      <p class="hint">{t('banksIntro')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {overview &&
        Object.entries(overview.compileErrors).map(([language, message]) => (
          <p key={language} class="error" role="alert">
            {t('banksCompileError', languageLabel(language as never), message ?? '')}
          </p>
        ))}
      {!overview ? (
        <p class="hint">{t('loading')}</p>
      ) : (
        <table class="banks-table">
          <caption class="visually-hidden">{t('banksTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('banksColName')}</th>
              <th scope="col">{t('banksColLanguage')}</th>
              <th scope="col">{t('banksColVersion')}</th>
              <th scope="col">{t('banksColRules')}</th>
              <th scope="col">{t('banksColModules')}</th>
              <th scope="col">{t('banksColSource')}</th>
              <th scope="col">{t('banksColEnabled')}</th>
              <th scope="col">{t('banksColActions')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.banks.map((bank) => {
              const ignored = bank.source === 'custom' && !overview.customAllowed;
              return (
                <tr key={bank.key} data-bank={bank.key}>
                  <th scope="row">
                    <span class="bank-name">{bank.name}</span>
                    <br />
                    <code class="bank-id">{bank.id}</code>
                  </th>
                  <td>{languageLabel(bank.language)}</td>
                  <td>{bank.version}</td>
                  <td>{formatNumber(bank.rules)}</td>
                  <td>{formatNumber(bank.modules)}</td>
                  <td>{sourceLabel(bank.source)}</td>
                  <td>
                    <input
                      type="checkbox"
                      checked={bank.enabled && !ignored}
                      disabled={bank.locked || ignored}
                      aria-label={t('banksEnableLabel', bank.name)}
                      onChange={(e) =>
                        act(ask({ type: 'tactful/bank-enable', key: bank.key, enabled: e.currentTarget.checked }))
                      }
                    />
                    {bank.locked && <span class="locked-note"> {t('lockedByPolicy')}</span>}
                    {ignored && <span class="locked-note"> {t('customBanksNotAllowed')}</span>}
                  </td>
                  <td>
                    <div class="actions">
                      <button
                        type="button"
                        onClick={() => exportBank(bank)}
                        aria-label={t('banksExportLabel', bank.name)}
                      >
                        {t('banksExport')}
                      </button>
                      {bank.source === 'custom' && overview.customAllowed && (
                        <button
                          type="button"
                          onClick={() => onEdit(bank.key)}
                          aria-label={t('banksEditLabel', bank.name)}
                        >
                          {t('banksEdit')}
                        </button>
                      )}
                      {bank.source === 'custom' && (
                        <button
                          type="button"
                          class="danger"
                          aria-label={t('banksRemoveLabel', bank.name)}
                          onClick={() => {
                            if (confirm(t('banksRemoveConfirm', bank.name)))
                              act(ask({ type: 'tactful/bank-remove', key: bank.key }));
                          }}
                        >
                          {t('banksRemove')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h3>{t('banksImportHeading')}</h3>
      {overview && !overview.customAllowed ? (
        <p class="locked-note">{t('customBanksNotAllowed')}</p>
      ) : (
        <>
          <p class="hint">{t('banksImportHint')}</p>
          <label class="file-label">
            {t('banksImportLabel')}{' '}
            <input
              type="file"
              accept=".json,application/json"
              onChange={importFile}
              disabled={imported.kind === 'busy'}
            />
          </label>
        </>
      )}
      <div class="import-result" role="status" aria-live="polite">
        {imported.kind === 'busy' && <p>{t('banksImporting', imported.file)}</p>}
        {imported.kind === 'done' && (
          <>
            <p class="ok">
              {t(
                'banksImported',
                imported.bank.name,
                imported.bank.version,
                formatNumber(imported.bank.rules),
                formatNumber(imported.bank.modules),
              )}
            </p>
            <ProblemList problems={imported.warnings} label={t('banksWarnings')} />
          </>
        )}
        {imported.kind === 'failed' && (
          <>
            <p class="error">{t('banksImportFailed', imported.file, imported.error)}</p>
            <ProblemList problems={imported.problems} />
          </>
        )}
      </div>
    </section>
  );
}
