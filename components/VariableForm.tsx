/**
 * Asks for the variables of a phrase module the page could not fill, before inserting it.
 * Fallbacks prefill the fields; a field with an empty fallback may stay empty (the variable
 * is dropped); one without a fallback is required.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Placeholder } from '../composer/variables';
import { t } from '../i18n/messages';
import { variableLabel } from './category-labels';

export interface VariableFormProps {
  title: string;
  placeholders: readonly Placeholder[];
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}

export function VariableForm({ title, placeholders, onSubmit, onCancel }: VariableFormProps) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(placeholders.map((p) => [p.name, p.fallback ?? ''])),
  );
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    first.current?.focus();
    first.current?.select();
  }, []);
  return (
    <form
      class="variables"
      aria-label={t('coachFormLabel', title)}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else if (event.key === 'Enter' && (event.target as Element).tagName === 'INPUT') {
          // not left to implicit submission: a page may cancel Enter (TinyMCE does in its iframe)
          event.preventDefault();
          if (event.currentTarget.reportValidity()) onSubmit(values);
        }
      }}
    >
      <p>{t('coachFormIntro', title)}</p>
      {placeholders.map((p, i) => (
        <label key={p.name}>
          {variableLabel(p.name)}
          {p.fallback === '' ? ` ${t('coachFormOptional')}` : ''}
          <input
            ref={i === 0 ? first : undefined}
            type="text"
            name={p.name}
            required={p.fallback === undefined}
            value={values[p.name]}
            onInput={(event) => setValues({ ...values, [p.name]: event.currentTarget.value })}
          />
        </label>
      ))}
      <div class="actions">
        <button type="submit" class="primary">
          {t('coachFormInsert')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('coachFormBack')}
        </button>
      </div>
    </form>
  );
}
