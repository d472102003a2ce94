/** The draft as JSON, for what the form does not cover (lexicons, forms) or for pasting a whole bank. */
import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../../i18n/messages';
import type { Bank } from '../../phrasebank/types';

export function RawJsonView({ bank, onApply }: { bank: Bank; onApply: (bank: Bank) => void }) {
  const id = useId();
  const [text, setText] = useState(() => JSON.stringify(bank, null, 2));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(JSON.stringify(bank, null, 2)), [bank]);
  const apply = () => {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(t('rawNotAnObject'));
      const candidate = parsed as Partial<Bank>;
      // the form needs these to be lists; lint reports everything else
      onApply({
        ...candidate,
        rules: Array.isArray(candidate.rules) ? candidate.rules : [],
        modules: Array.isArray(candidate.modules) ? candidate.modules : [],
      } as Bank);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div class="item-form" data-form="json">
      <label for={id}>{t('rawLabel')}</label>
      <textarea
        id={id}
        class="raw-json"
        rows={24}
        spellcheck={false}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p>
        <button type="button" onClick={apply}>
          {t('rawApply')}
        </button>
      </p>
      {error && (
        <p class="error" role="alert">
          {t('rawInvalid', error)}
        </p>
      )}
    </div>
  );
}
