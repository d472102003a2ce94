/**
 * The agent's settings: languages, categories, sites, picker trigger, theme and UI language.
 * Every change is stored at once (storage.sync); a failure such as the sync quota is shown.
 * Settings locked by the organisation's policy are shown disabled.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../../i18n/messages';
import { CATEGORIES, LANGUAGES, type Language } from '../../phrasebank/finding';
import { isLocked } from '../../settings/policy';
import type { SettingKey, Settings } from '../../settings/schema';
import { saveSettings } from '../../settings/settings';
import { categoryLabel, languageLabel } from './labels';
import { setSiteEnabled } from './site-switch';
import { SiteList } from './SiteList';
import type { AppSettings } from './use-app-settings';

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export function SettingsPanel({ app }: { app: AppSettings }) {
  const id = useId();
  const { policy } = app;
  // shown at once (a checkbox must not flip back while storage.sync writes), then as stored
  const [settings, setSettings] = useState(app.settings);
  useEffect(() => setSettings(app.settings), [app.settings]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [trigger, setTrigger] = useState(settings.pickerTrigger);
  const locked = (key: SettingKey) => isLocked(policy, key);

  const save = async (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    try {
      await saveSettings(patch);
      setStatus({ kind: 'saved' });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setStatus({
        kind: 'failed',
        message: /quota/i.test(message) ? t('storageFull', message) : t('errorGeneric', message),
      });
      setSettings(app.settings);
    }
  };
  const siteChange = async (origin: string, enabled: boolean) => {
    const result = await setSiteEnabled(origin, enabled);
    if (result.ok) setStatus({ kind: 'saved' });
    else
      setStatus({
        kind: 'failed',
        message: result.permissionDenied ? t('sitePermissionDenied') : t('errorGeneric', result.error),
      });
  };
  const lockNote = (k: SettingKey) => (locked(k) ? <p class="locked-note">{t('lockedByPolicy')}</p> : null);
  const sitesLocked = locked('allowedSites') || locked('deniedSites');

  return (
    <section aria-labelledby={`${id}-heading`} class="settings">
      <h2 id={`${id}-heading`}>{t('panelSettings')}</h2>
      <p class="save-status" role="status" aria-live="polite">
        {status.kind === 'saved' && <span class="ok">{t('settingsSaved')}</span>}
      </p>
      {status.kind === 'failed' && (
        <p class="error" role="alert">
          {status.message}
        </p>
      )}

      <fieldset disabled={locked('languages')}>
        <legend>{t('settingsLanguages')}</legend>
        {lockNote('languages')}
        {LANGUAGES.map((l) => (
          <label key={l} class="check">
            <input
              type="checkbox"
              checked={settings.languages.includes(l)}
              onChange={(e) => {
                const next = e.currentTarget.checked
                  ? [...settings.languages, l]
                  : settings.languages.filter((x) => x !== l);
                save({ languages: LANGUAGES.filter((x) => next.includes(x)) });
              }}
            />{' '}
            {languageLabel(l)}
          </label>
        ))}
      </fieldset>

      <fieldset disabled={locked('categories')}>
        <legend>{t('settingsCategories')}</legend>
        {lockNote('categories')}
        {CATEGORIES.map((c) => (
          <label key={c} class="check">
            <input
              type="checkbox"
              checked={settings.categories[c]}
              onChange={(e) => save({ categories: { ...settings.categories, [c]: e.currentTarget.checked } })}
            />{' '}
            {categoryLabel(c)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('settingsSites')}</legend>
        <p class="hint">{t('settingsSitesHint')}</p>
        {sitesLocked && <p class="locked-note">{t('lockedByPolicy')}</p>}
        <SiteList
          name="allowed"
          label={t('settingsAllowedSites')}
          sites={settings.allowedSites}
          disabled={sitesLocked}
          onAdd={(origin) => siteChange(origin, true)}
          onRemove={(origin) => siteChange(origin, false)}
        />
        <SiteList
          name="denied"
          label={t('settingsDeniedSites')}
          sites={settings.deniedSites}
          disabled={sitesLocked}
          onAdd={(origin) => save({ deniedSites: [...new Set([...settings.deniedSites, origin])] })}
          onRemove={(origin) => save({ deniedSites: settings.deniedSites.filter((o) => o !== origin) })}
        />
      </fieldset>

      <fieldset disabled={locked('pickerTrigger')}>
        <legend>{t('settingsPicker')}</legend>
        {lockNote('pickerTrigger')}
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            save({ pickerTrigger: trigger.trim() });
          }}
        >
          <label for={`${id}-trigger`}>{t('settingsPickerLabel')}</label>{' '}
          <input
            id={`${id}-trigger`}
            type="text"
            maxLength={8}
            value={trigger}
            aria-describedby={`${id}-trigger-hint`}
            onInput={(e) => setTrigger(e.currentTarget.value)}
          />{' '}
          <button type="submit" disabled={!trigger.trim() || /\s/.test(trigger)}>
            {t('settingsApply')}
          </button>
          <p id={`${id}-trigger-hint`} class="hint">
            {t('settingsPickerHint')}
          </p>
        </form>
      </fieldset>

      <fieldset>
        <legend>{t('settingsAppearance')}</legend>
        <div class="field inline">
          <label for={`${id}-theme`}>{t('settingsTheme')}</label>
          <select
            id={`${id}-theme`}
            value={settings.theme}
            disabled={locked('theme')}
            onChange={(e) => save({ theme: e.currentTarget.value as Settings['theme'] })}
          >
            <option value="auto">{t('themeAuto')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
          {lockNote('theme')}
        </div>
        <div class="field inline">
          <label for={`${id}-ui-language`}>{t('settingsUiLanguage')}</label>
          <select
            id={`${id}-ui-language`}
            value={settings.uiLanguage}
            disabled={locked('uiLanguage')}
            onChange={(e) => save({ uiLanguage: e.currentTarget.value as 'auto' | Language })}
          >
            <option value="auto">{t('uiLanguageAuto')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {NATIVE_NAMES[l]}
              </option>
            ))}
          </select>
          {lockNote('uiLanguage')}
        </div>
      </fieldset>
    </section>
  );
}

/** Each language in its own words, so an agent can find theirs in any UI language. */
const NATIVE_NAMES: Record<Language, string> = { en: 'English', pl: 'Polski', ru: 'Русский' };
