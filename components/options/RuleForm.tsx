/** One rule of the draft bank as a form. */
import { useId } from 'preact/hooks';
import { t } from '../../i18n/messages';
import { CATEGORIES, type Category } from '../../phrasebank/finding';
import type { Rule } from '../../phrasebank/types';
import { categoryLabel } from './labels';
import { LinesField } from './LinesField';
import { TextField } from './TextField';

export function RuleForm({
  rule,
  onChange,
  onRemove,
}: {
  rule: Rule;
  onChange: (rule: Rule) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const set = (patch: Partial<Rule>) => onChange({ ...rule, ...patch });
  const negatable = rule.negatable === undefined ? 'default' : rule.negatable ? 'yes' : 'no';
  return (
    <fieldset class="item-form" data-form="rule">
      <legend>{t('editorRuleLegend', rule.id)}</legend>
      <TextField
        label={t('fieldId')}
        name="rule-id"
        value={rule.id}
        onInput={(v) => set({ id: v.trim() })}
        hint={t('fieldRuleIdHint')}
      />
      <div class="field">
        <label for={`${id}-category`}>{t('fieldCategory')}</label>
        <select
          id={`${id}-category`}
          value={rule.category}
          onChange={(e) => set({ category: e.currentTarget.value as Category })}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
      </div>
      <LinesField
        label={t('fieldPatterns')}
        name="rule-patterns"
        values={rule.patterns}
        onChange={(patterns) => set({ patterns })}
        hint={t('fieldPatternsHint')}
      />
      <TextField
        label={t('fieldMessage')}
        name="rule-message"
        value={rule.message}
        onInput={(message) => set({ message })}
        hint={t('fieldMessageHint')}
      />
      <LinesField
        label={t('fieldReplacements')}
        name="rule-replacements"
        values={rule.replacements}
        onChange={(replacements) => set({ replacements })}
      />
      <LinesField
        label={t('fieldRuleModules')}
        name="rule-modules"
        values={rule.modules}
        onChange={(modules) => set({ modules })}
        hint={t('fieldRuleModulesHint')}
      />
      <LinesField
        label={t('fieldExceptions')}
        name="rule-exceptions"
        values={rule.exceptions}
        onChange={(exceptions) => set({ exceptions })}
      />
      <div class="field">
        <label for={`${id}-negatable`}>{t('fieldNegatable')}</label>
        <select
          id={`${id}-negatable`}
          value={negatable}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ negatable: v === 'default' ? undefined : v === 'yes' });
          }}
        >
          <option value="default">{t('negatableDefault')}</option>
          <option value="yes">{t('negatableYes')}</option>
          <option value="no">{t('negatableNo')}</option>
        </select>
      </div>
      <div class="field checkbox">
        <input
          id={`${id}-disabled`}
          type="checkbox"
          checked={rule.disabled === true}
          onChange={(e) => set({ disabled: e.currentTarget.checked })}
        />
        <label for={`${id}-disabled`}>{t('fieldDisabled')}</label>
      </div>
      <LinesField
        label={t('fieldExamplesFlag')}
        name="rule-examples-flag"
        values={rule.examples.flag}
        onChange={(flag) => set({ examples: { ...rule.examples, flag } })}
        hint={t('fieldExamplesHint')}
      />
      <LinesField
        label={t('fieldExamplesAllow')}
        name="rule-examples-allow"
        values={rule.examples.allow}
        onChange={(allow) => set({ examples: { ...rule.examples, allow } })}
      />
      <button type="button" class="danger" onClick={onRemove}>
        {t('editorRemoveRule')}
      </button>
    </fieldset>
  );
}
