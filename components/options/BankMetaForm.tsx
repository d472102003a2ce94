/** The draft bank's own fields: id, name, version, description (the language is fixed per bank). */
import { t } from '../../i18n/messages';
import type { Bank } from '../../phrasebank/types';
import { languageLabel } from './labels';
import { TextField } from './TextField';

export function BankMetaForm({ bank, onChange }: { bank: Bank; onChange: (bank: Bank) => void }) {
  const set = (patch: Partial<Bank>) => onChange({ ...bank, ...patch });
  return (
    <fieldset class="item-form" data-form="bank">
      <legend>{t('editorBankLegend', languageLabel(bank.language))}</legend>
      <TextField
        label={t('fieldBankId')}
        name="bank-id"
        value={bank.id}
        onInput={(id) => set({ id: id.trim() })}
        hint={t('fieldBankIdHint')}
      />
      <TextField label={t('fieldBankName')} name="bank-name" value={bank.name} onInput={(name) => set({ name })} />
      <TextField
        label={t('fieldBankVersion')}
        name="bank-version"
        value={bank.version}
        onInput={(version) => set({ version: version.trim() })}
      />
      <TextField
        label={t('fieldBankDescription')}
        name="bank-description"
        value={bank.description ?? ''}
        multiline
        onInput={(description) => set({ description })}
      />
    </fieldset>
  );
}
