/** One speech module of the draft bank as a form. */
import { useId } from 'preact/hooks';
import { t } from '../../i18n/messages';
import { type PhraseModule, SITUATIONS, type Situation } from '../../phrasebank/types';
import { situationLabel } from './labels';
import { TextField } from './TextField';

export function ModuleForm({
  module,
  onChange,
  onRemove,
}: {
  module: PhraseModule;
  onChange: (module: PhraseModule) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const set = (patch: Partial<PhraseModule>) => onChange({ ...module, ...patch });
  return (
    <fieldset class="item-form" data-form="module">
      <legend>{t('editorModuleLegend', module.id)}</legend>
      <TextField label={t('fieldId')} name="module-id" value={module.id} onInput={(v) => set({ id: v.trim() })} />
      <div class="field">
        <label for={`${id}-situation`}>{t('fieldSituation')}</label>
        <select
          id={`${id}-situation`}
          value={module.situation}
          onChange={(e) => set({ situation: e.currentTarget.value as Situation })}
        >
          {SITUATIONS.map((s) => (
            <option key={s} value={s}>
              {situationLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t('fieldTitle')} name="module-title" value={module.title} onInput={(title) => set({ title })} />
      <TextField
        label={t('fieldText')}
        name="module-text"
        value={module.text}
        multiline
        onInput={(text) => set({ text })}
        hint={t('fieldTextHint')}
      />
      <TextField
        label={t('fieldTags')}
        name="module-tags"
        value={(module.tags ?? []).join(', ')}
        onInput={(v) =>
          set({
            tags: v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          })
        }
        hint={t('fieldTagsHint')}
      />
      <button type="button" class="danger" onClick={onRemove}>
        {t('editorRemoveModule')}
      </button>
    </fieldset>
  );
}
