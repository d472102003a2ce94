/**
 * The suggestion card of one flag: what it is, why (one line), the fixes and phrase modules,
 * and the ways to ignore it. A labelled dialog driven by the keyboard: ↑/↓ choose, Enter
 * applies, Esc closes. All bank text is rendered as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardOption } from '../composer/card-options';
import type { Theme } from '../composer/page-theme';
import { type Placeholder, unknownPlaceholders, type VariableValues } from '../composer/variables';
import { t, uiLanguage } from '../i18n/messages';
import type { Category } from '../phrasebank/finding';
import { categoryLabel } from './category-labels';
import { onDialogKeyDown } from './dialog-keyboard';
import { ListOption } from './ListOption';
import { useListbox } from './use-listbox';
import { VariableForm } from './VariableForm';

export interface SuggestionCardProps {
  theme: Theme;
  category: Category;
  /** the flagged words */
  flagged: string;
  /** why, in one line */
  message: string;
  options: readonly CardOption[];
  modulesLoading: boolean;
  /** variable values the page could read */
  known: VariableValues;
  /** moves focus into the card whenever it changes to a positive number */
  focusKey: number;
  status?: string;
  /**
   * a choice is on its way: every key but Esc and Tab is held here, or a second Enter would
   * choose again and Ctrl+Z would undo the draft's last typing (a document's undo runs
   * wherever its focus is)
   */
  busy?: boolean;
  onApply(option: CardOption, values: VariableValues): void;
  onIgnoreOnce(): void;
  onIgnoreRule(): void;
  onClose(): void;
}

const optionId = (i: number) => `tactful-card-option-${i}`;

export function SuggestionCard(props: SuggestionCardProps) {
  const { options, known } = props;
  const { selected, setSelected, move } = useListbox(options.length);
  const [form, setForm] = useState<{ option: CardOption & { kind: 'module' }; placeholders: Placeholder[] } | null>(
    null,
  );
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (props.focusKey <= 0) return;
    (list.current ?? root.current)?.focus();
  }, [props.focusKey]);

  // options that arrive after the card took focus (modules load late) get the focus
  useEffect(() => {
    const active = (root.current?.getRootNode() as ShadowRoot | undefined)?.activeElement;
    if (props.focusKey > 0 && active === root.current) list.current?.focus();
  }, [options.length, props.focusKey]);

  const choose = (option: CardOption | undefined) => {
    if (!option) return;
    if (option.kind === 'module') {
      const placeholders = unknownPlaceholders(option.module.text, known);
      if (placeholders.length > 0) {
        setForm({ option, placeholders });
        return;
      }
    }
    props.onApply(option, known);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (props.busy && event.key !== 'Escape' && event.key !== 'Tab') {
      event.preventDefault();
      return;
    }
    onDialogKeyDown(event, {
      root: root.current,
      listOwner: list.current,
      move,
      choose: () => choose(options[selected]),
      close: props.onClose,
    });
  };

  return (
    <div
      ref={root}
      class="dialog card"
      role="dialog"
      aria-labelledby="tactful-card-title"
      aria-describedby="tactful-card-why"
      data-theme={props.theme}
      lang={uiLanguage()}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h2 id="tactful-card-title">
        <span class={`badge cat-${props.category}`}>{categoryLabel(props.category)}</span>
        <q>{props.flagged}</q>
      </h2>
      <p id="tactful-card-why" class="why">
        {props.message}
      </p>
      {form ? (
        <VariableForm
          title={form.option.module.title}
          placeholders={form.placeholders}
          onSubmit={(values) => props.onApply(form.option, { ...known, ...values })}
          onCancel={() => {
            setForm(null);
            requestAnimationFrame(() => list.current?.focus());
          }}
        />
      ) : options.length > 0 ? (
        <div
          ref={list}
          role="listbox"
          aria-label={t('coachCardSuggestions')}
          tabIndex={0}
          aria-activedescendant={optionId(selected)}
        >
          {options.map((option, i) => (
            <ListOption
              key={option.kind === 'replace' ? `r${option.text}` : `m${option.module.id}`}
              id={optionId(i)}
              selected={i === selected}
              onChoose={() => {
                setSelected(i);
                choose(option);
              }}
            >
              <span class="kind">{option.kind === 'replace' ? t('coachReplaceWith') : t('coachPhraseModule')}</span>
              {option.kind === 'replace' ? option.text : option.module.title}
            </ListOption>
          ))}
        </div>
      ) : (
        <p class="kind">{props.modulesLoading ? t('coachModulesLoading') : t('coachNoFix')}</p>
      )}
      {props.status && (
        <p class="status" role="alert">
          {props.status}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={props.onIgnoreOnce}>
          {t('coachIgnoreOnce')}
        </button>
        <button type="button" onClick={props.onIgnoreRule}>
          {t('coachIgnoreRule')}
        </button>
      </div>
      <p class="footer">
        <kbd>Enter</kbd> {t('coachKeyApply')} · <kbd>↑</kbd>
        <kbd>↓</kbd> {t('coachKeyChoose')} · <kbd>Esc</kbd> {t('coachKeyClose')} · <kbd>Alt</kbd>+<kbd>;</kbd>{' '}
        {t('coachKeyModules')} · <kbd>Alt</kbd>+<kbd>L</kbd> {t('coachKeyAllFlags')}
      </p>
    </div>
  );
}
