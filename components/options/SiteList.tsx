/** A list of sites (origins) with a remove button each and a field to add one. */
import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n/messages';
import { webOrigin } from '../../settings/sites';

/** "support.acme.com" or a full URL → "https://support.acme.com"; null if it is no web address. */
export function parseOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  return webOrigin(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
}

export function SiteList({
  label,
  sites,
  onAdd,
  onRemove,
  disabled,
  name,
}: {
  label: string;
  sites: string[];
  onAdd: (origin: string) => void;
  onRemove: (origin: string) => void;
  disabled: boolean;
  name: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = (e: Event) => {
    e.preventDefault();
    const origin = parseOrigin(text);
    setInvalid(origin === null);
    if (!origin) return;
    onAdd(origin);
    setText('');
  };
  return (
    <div class="site-list" data-list={name}>
      <h3 id={`${id}-label`}>{label}</h3>
      {sites.length === 0 ? (
        <p class="hint">{t('sitesNone')}</p>
      ) : (
        <ul aria-labelledby={`${id}-label`}>
          {sites.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>{' '}
              <button
                type="button"
                disabled={disabled}
                onClick={() => onRemove(origin)}
                aria-label={t('sitesRemoveLabel', origin)}
              >
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="inline-form">
        <label for={id}>{t('sitesAddLabel')}</label>{' '}
        <input
          id={id}
          type="text"
          inputMode="url"
          placeholder="https://support.example.com"
          value={text}
          disabled={disabled}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />{' '}
        <button type="submit" disabled={disabled}>
          {t('sitesAdd')}
        </button>
        {invalid && (
          <p id={`${id}-error`} class="error">
            {t('sitesInvalid')}
          </p>
        )}
      </form>
    </div>
  );
}
