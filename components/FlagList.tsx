/** Every flag of the draft in one dialog (Alt+L): ↑/↓ choose, Enter goes to the flag and opens its card. */
import { useEffect, useRef } from 'preact/hooks';
import type { Theme } from '../composer/page-theme';
import { t, tCount, uiLanguage } from '../i18n/messages';
import type { Finding } from '../phrasebank/finding';
import { categoryLabel } from './category-labels';
import { onDialogKeyDown } from './dialog-keyboard';
import { ListOption } from './ListOption';
import { useListbox } from './use-listbox';

export interface FlagListProps {
  theme: Theme;
  flags: readonly Pick<Finding, 'category' | 'text' | 'message'>[];
  onJump(index: number): void;
  onClose(): void;
}

const optionId = (i: number) => `tactful-flag-${i}`;

export function FlagList({ theme, flags, onJump, onClose }: FlagListProps) {
  const { selected, setSelected, move } = useListbox(flags.length);
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    (list.current ?? root.current)?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) =>
    onDialogKeyDown(event, {
      root: root.current,
      listOwner: list.current,
      move,
      choose: () => flags.length > 0 && onJump(selected),
      close: onClose,
    });

  return (
    <div
      ref={root}
      class="dialog flag-list"
      role="dialog"
      aria-labelledby="tactful-flags-title"
      data-theme={theme}
      lang={uiLanguage()}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h2 id="tactful-flags-title">{tCount('coachFlagListTitle', flags.length)}</h2>
      {flags.length > 0 ? (
        <div
          ref={list}
          role="listbox"
          aria-label={t('coachFlagListLabel')}
          tabIndex={0}
          aria-activedescendant={optionId(selected)}
        >
          {flags.map((f, i) => (
            <ListOption
              key={optionId(i)}
              id={optionId(i)}
              selected={i === selected}
              onChoose={() => {
                setSelected(i);
                onJump(i);
              }}
            >
              <span class={`badge cat-${f.category}`}>{categoryLabel(f.category)}</span>
              <q>{f.text}</q>
              <span class="preview">{f.message}</span>
            </ListOption>
          ))}
        </div>
      ) : (
        <p>{t('coachFlagListEmpty')}</p>
      )}
      <p class="footer">
        <kbd>Enter</kbd> {t('coachKeyGoToFlag')} · <kbd>↑</kbd>
        <kbd>↓</kbd> {t('coachKeyChoose')} · <kbd>Esc</kbd> {t('coachKeyClose')}
      </p>
    </div>
  );
}
