/**
 * The phrase picker: type to filter the draft language's modules, ↑/↓ to choose, Enter to
 * insert (asking first for variables the page could not fill), Esc to cancel.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { filterModules } from '../composer/module-filter';
import type { Theme } from '../composer/page-theme';
import { type Placeholder, unknownPlaceholders, type VariableValues } from '../composer/variables';
import { t, uiLanguage } from '../i18n/messages';
import type { PhraseModule } from '../phrasebank/types';
import { situationLabel } from './category-labels';
import { onDialogKeyDown } from './dialog-keyboard';
import { ListOption } from './ListOption';
import { useListbox } from './use-listbox';
import { VariableForm } from './VariableForm';

export interface PhrasePickerProps {
  theme: Theme;
  /** null while loading */
  modules: readonly PhraseModule[] | null;
  known: VariableValues;
  onInsert(module: PhraseModule, values: VariableValues): void;
  onClose(): void;
}

const optionId = (i: number) => `tactful-picker-option-${i}`;
const preview = (text: string) => text.replace(/\{cursor\}/g, '');

export function PhrasePicker({ theme, modules, known, onInsert, onClose }: PhrasePickerProps) {
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<{ module: PhraseModule; placeholders: Placeholder[] } | null>(null);
  const shown = useMemo(() => filterModules(modules ?? [], query), [modules, query]);
  const { selected, setSelected, move } = useListbox(shown.length);
  const root = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);

  // a layout effect runs as the picker is drawn, in the task that opened it (an effect waits
  // for the next frame): keys typed right after the trigger already reach the filter
  useLayoutEffect(() => {
    if (!form) search.current?.focus();
  }, [form]);

  const choose = (module: PhraseModule | undefined) => {
    if (!module) return;
    const placeholders = unknownPlaceholders(module.text, known);
    if (placeholders.length > 0) setForm({ module, placeholders });
    else onInsert(module, known);
  };

  const onKeyDown = (event: KeyboardEvent) =>
    onDialogKeyDown(event, {
      root: root.current,
      listOwner: search.current,
      move,
      choose: () => choose(shown[selected]),
      close: onClose,
    });

  return (
    <div
      ref={root}
      class="dialog picker"
      role="dialog"
      aria-labelledby="tactful-picker-title"
      data-theme={theme}
      lang={uiLanguage()}
      onKeyDown={onKeyDown}
    >
      <h2 id="tactful-picker-title">{t('coachPickerTitle')}</h2>
      {form ? (
        <VariableForm
          title={form.module.title}
          placeholders={form.placeholders}
          onSubmit={(values) => onInsert(form.module, { ...known, ...values })}
          onCancel={() => setForm(null)}
        />
      ) : (
        <>
          <input
            ref={search}
            type="text"
            role="combobox"
            aria-label={t('coachPickerFilter')}
            aria-autocomplete="list"
            aria-expanded="true"
            aria-controls="tactful-picker-list"
            aria-activedescendant={shown.length > 0 ? optionId(selected) : undefined}
            placeholder={t('coachPickerPlaceholder')}
            value={query}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setSelected(0);
            }}
          />
          <div id="tactful-picker-list" role="listbox" aria-label={t('coachPickerTitle')}>
            {shown.map((m, i) => (
              <ListOption key={m.id} id={optionId(i)} selected={i === selected} onChoose={() => choose(m)}>
                <span class="kind">{situationLabel(m.situation)}</span>
                {m.title}
                <span class="preview">{preview(m.text)}</span>
              </ListOption>
            ))}
          </div>
          {modules === null && <p class="kind">{t('coachModulesLoading')}</p>}
          {modules !== null && shown.length === 0 && <p class="kind">{t('coachPickerNoMatch', query)}</p>}
        </>
      )}
      <p class="footer">
        <kbd>Enter</kbd> {t('coachKeyInsert')} · <kbd>↑</kbd>
        <kbd>↓</kbd> {t('coachKeyChoose')} · <kbd>Esc</kbd> {t('coachKeyCancel')}
      </p>
    </div>
  );
}
