/**
 * The settings in effect and the policy for the popup and the options page; applies the theme
 * and the UI language before the first render, and again on every change.
 */
import { useEffect, useState } from 'preact/hooks';
import { initI18n } from '../../i18n/messages';
import { loadPolicy, type ManagedPolicy, onPolicyChanged } from '../../settings/policy';
import type { Settings } from '../../settings/schema';
import { loadSettings, onSettingsChanged } from '../../settings/settings';

export interface AppSettings {
  settings: Settings;
  policy: ManagedPolicy;
}

export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

async function prepare(): Promise<AppSettings> {
  const [settings, policy] = await Promise.all([loadSettings(), loadPolicy()]);
  applyTheme(settings.theme);
  const language = await initI18n(settings.uiLanguage).catch(() => initI18n('auto'));
  document.documentElement.lang = language;
  return { settings, policy };
}

/** null until settings and strings are ready. */
export function useAppSettings(): AppSettings | null {
  const [state, setState] = useState<AppSettings | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      prepare().then(
        (s) => alive && setState(s),
        () => {},
      );
    };
    refresh();
    const stopSettings = onSettingsChanged(refresh);
    const stopPolicy = onPolicyChanged(refresh);
    return () => {
      alive = false;
      stopSettings();
      stopPolicy();
    };
  }, []);
  return state;
}
