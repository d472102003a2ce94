/**
 * The bank editor: the agent's (or trainer's) own bank as forms for its rules and modules,
 * a raw JSON view, live lint with JSON paths, the rules' examples ("N passed, N failed") and
 * a try-it area. Saving goes through the same validated import as a file; a bank that does
 * not lint or whose examples fail is not saved.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { BankSummary } from '../../composer/messages';
import { t } from '../../i18n/messages';
import { defaultForms } from '../../phrasebank/compile/english-forms';
import { LANGUAGES, type Language } from '../../phrasebank/finding';
import type { Bank } from '../../phrasebank/types';
import { ask } from './api';
import { BankMetaForm } from './BankMetaForm';
import { analyse } from './editor-analysis';
import { copyRuleInto, newBank, newModule, newRule, normalizeDraft, removeAt, replaceAt } from './editor-model';
import { ExampleResults } from './ExampleResults';
import { languageLabel } from './labels';
import { ModuleForm } from './ModuleForm';
import { ProblemList } from './ProblemList';
import { RawJsonView } from './RawJsonView';
import { RuleForm } from './RuleForm';
import { TryIt } from './TryIt';
import type { AppSettings } from './use-app-settings';
import { useDebounced } from './use-debounced';

type Selection =
  | { kind: 'bank' }
  | { kind: 'json' }
  | { kind: 'rule'; index: number }
  | { kind: 'module'; index: number };
type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; name: string }
  | { kind: 'failed'; message: string };

const COMPILE = { forms: defaultForms };

export function EditorPanel({ initialKey }: { app: AppSettings; initialKey: string | null }) {
  const id = useId();
  const [banks, setBanks] = useState<BankSummary[]>([]);
  const [customAllowed, setCustomAllowed] = useState(true);
  const [bankKey, setBankKey] = useState<string>(initialKey ?? 'new:en');
  const [draft, setDraft] = useState<Bank>(() => newBank('en'));
  const [selection, setSelection] = useState<Selection>({ kind: 'bank' });
  const [sources, setSources] = useState<Bank[]>([]);
  const [copyId, setCopyId] = useState('');
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  const refreshBanks = async () => {
    const reply = await ask({ type: 'tactful/banks' });
    if (!reply.ok) return;
    setBanks(reply.value.banks);
    setCustomAllowed(reply.value.customAllowed);
  };
  useEffect(() => {
    refreshBanks();
  }, []);

  // open the chosen bank: a custom one from the background, or a new empty one
  useEffect(() => {
    setSave({ kind: 'idle' });
    setSelection({ kind: 'bank' });
    if (bankKey.startsWith('new:')) {
      const language = bankKey.slice(4) as Language;
      setDraft(newBank(language));
      return;
    }
    ask({ type: 'tactful/bank-get', key: bankKey }).then((reply) => {
      if (reply.ok && reply.value) setDraft(reply.value);
    });
  }, [bankKey]);

  // the other banks of the draft's language, to copy (and so override) their rules
  useEffect(() => {
    const keys = banks.filter((b) => b.language === draft.language && b.key !== bankKey).map((b) => b.key);
    Promise.all(keys.map((key) => ask({ type: 'tactful/bank-get', key }))).then((replies) =>
      setSources(replies.flatMap((r) => (r.ok && r.value ? [r.value] : []))),
    );
  }, [banks, draft.language, bankKey]);

  const settled = useDebounced(draft, 300);
  const analysis = useMemo(() => analyse(settled, COMPILE), [settled]);
  const errors = analysis.problems.filter((p) => p.severity === 'error');

  const customBanks = banks.filter((b) => b.source === 'custom');
  const setRule = (index: number, rule: Bank['rules'][number]) =>
    setDraft({ ...draft, rules: replaceAt(draft.rules, index, rule) });
  const setModule = (index: number, module: Bank['modules'][number]) =>
    setDraft({ ...draft, modules: replaceAt(draft.modules, index, module) });

  const addRule = () => {
    setDraft({ ...draft, rules: [...draft.rules, newRule(draft)] });
    setSelection({ kind: 'rule', index: draft.rules.length });
  };
  const addModule = () => {
    setDraft({ ...draft, modules: [...draft.modules, newModule(draft)] });
    setSelection({ kind: 'module', index: draft.modules.length });
  };
  const copyRule = () => {
    const [bankId, ruleId] = copyId.split('\u0000');
    const from = sources.find((b) => b.id === bankId);
    if (!from) return;
    const next = copyRuleInto(draft, from, ruleId);
    setDraft(next);
    setCopyId('');
    setSelection({ kind: 'rule', index: next.rules.findIndex((r) => r.id === ruleId) });
  };

  const saveDraft = async () => {
    // judged on the draft as it is now, not as of the last pause
    const now = analyse(draft, COMPILE);
    if (now.problems.some((p) => p.severity === 'error'))
      return setSave({ kind: 'failed', message: t('editorSaveHasErrors') });
    if (now.report && now.report.failed > 0)
      return setSave({ kind: 'failed', message: t('editorSaveExamplesFail', String(now.report.failed)) });
    setSave({ kind: 'saving' });
    const reply = await ask({ type: 'tactful/bank-import', json: JSON.stringify(normalizeDraft(draft), null, 2) });
    if (!reply.ok)
      return setSave({ kind: 'failed', message: reply.quota ? t('storageFull', reply.error) : reply.error });
    setSave({ kind: 'saved', name: reply.value.summary.name });
    await refreshBanks();
    setBankKey(reply.value.summary.key);
  };

  if (!customAllowed) {
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('panelEditor')}</h2>
        <p class="locked-note">{t('customBanksNotAllowed')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} class="editor">
      <h2 id={`${id}-heading`}>{t('panelEditor')}</h2>
      <p class="hint">{t('editorIntro')}</p>
      <div class="field inline">
        <label for={`${id}-bank`}>{t('editorChooseBank')}</label>
        <select id={`${id}-bank`} value={bankKey} onChange={(e) => setBankKey(e.currentTarget.value)}>
          {customBanks.map((b) => (
            <option key={b.key} value={b.key}>
              {b.name} ({b.id} {b.version})
            </option>
          ))}
          {LANGUAGES.map((l) => (
            <option key={l} value={`new:${l}`}>
              {t('editorNewBank', languageLabel(l))}
            </option>
          ))}
        </select>
      </div>

      <div class="editor-grid">
        <nav class="editor-nav" aria-label={t('editorNavLabel')}>
          <ul class="plain">
            <li>
              <button
                type="button"
                aria-current={selection.kind === 'bank' ? 'true' : undefined}
                onClick={() => setSelection({ kind: 'bank' })}
              >
                {t('editorBankDetails')}
              </button>
            </li>
            <li>
              <button
                type="button"
                aria-current={selection.kind === 'json' ? 'true' : undefined}
                onClick={() => setSelection({ kind: 'json' })}
              >
                {t('editorRawJson')}
              </button>
            </li>
          </ul>
          <h3>{t('editorRules', String(draft.rules.length))}</h3>
          <ul class="plain item-list">
            {draft.rules.map((r, i) => (
              <li key={i}>
                <button
                  type="button"
                  aria-current={selection.kind === 'rule' && selection.index === i ? 'true' : undefined}
                  onClick={() => setSelection({ kind: 'rule', index: i })}
                >
                  {r.id || t('editorUnnamed')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={addRule}>
            {t('editorAddRule')}
          </button>
          {sources.length > 0 && (
            <div class="field copy-rule">
              <label for={`${id}-copy`}>{t('editorCopyRule')}</label>
              <select id={`${id}-copy`} value={copyId} onChange={(e) => setCopyId(e.currentTarget.value)}>
                <option value="">{t('editorCopyChoose')}</option>
                {sources.map((b) => (
                  <optgroup key={b.id} label={`${b.name} (${b.id})`}>
                    {b.rules.map((r) => (
                      <option key={r.id} value={`${b.id}\u0000${r.id}`}>
                        {r.id}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <button type="button" onClick={copyRule} disabled={!copyId}>
                {t('editorCopy')}
              </button>
            </div>
          )}
          <h3>{t('editorModules', String(draft.modules.length))}</h3>
          <ul class="plain item-list">
            {draft.modules.map((m, i) => (
              <li key={i}>
                <button
                  type="button"
                  aria-current={selection.kind === 'module' && selection.index === i ? 'true' : undefined}
                  onClick={() => setSelection({ kind: 'module', index: i })}
                >
                  {m.id || t('editorUnnamed')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={addModule}>
            {t('editorAddModule')}
          </button>
        </nav>

        <div class="editor-form">
          {selection.kind === 'bank' && <BankMetaForm bank={draft} onChange={setDraft} />}
          {selection.kind === 'json' && (
            <RawJsonView
              bank={draft}
              onApply={(bank) => {
                setDraft({ ...bank, language: LANGUAGES.includes(bank.language) ? bank.language : draft.language });
              }}
            />
          )}
          {selection.kind === 'rule' && draft.rules[selection.index] && (
            <RuleForm
              rule={draft.rules[selection.index]}
              onChange={(rule) => setRule(selection.index, rule)}
              onRemove={() => {
                setDraft({ ...draft, rules: removeAt(draft.rules, selection.index) });
                setSelection({ kind: 'bank' });
              }}
            />
          )}
          {selection.kind === 'module' && draft.modules[selection.index] && (
            <ModuleForm
              module={draft.modules[selection.index]}
              onChange={(module) => setModule(selection.index, module)}
              onRemove={() => {
                setDraft({ ...draft, modules: removeAt(draft.modules, selection.index) });
                setSelection({ kind: 'bank' });
              }}
            />
          )}
        </div>
      </div>

      <div class="editor-checks">
        <h3>{t('editorChecks')}</h3>
        <ExampleResults report={analysis.report} />
        {errors.length === 0 && analysis.problems.length === 0 && <p class="ok">{t('editorNoProblems')}</p>}
        <ProblemList
          problems={analysis.problems}
          label={analysis.problems.length > 0 ? t('editorProblems', String(analysis.problems.length)) : undefined}
        />
        <p class="save-row">
          <button type="button" class="primary" onClick={saveDraft} disabled={save.kind === 'saving'}>
            {t('editorSave')}
          </button>{' '}
          <span
            role="status"
            aria-live="polite"
            class={save.kind === 'failed' ? 'error' : save.kind === 'saved' ? 'ok' : undefined}
          >
            {save.kind === 'saving' && t('editorSaving')}
            {save.kind === 'saved' && t('editorSaved', save.name)}
            {save.kind === 'failed' && save.message}
          </span>
        </p>
      </div>

      <TryIt engine={analysis.engine} language={draft.language} />
    </section>
  );
}
