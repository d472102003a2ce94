/**
 * For the content script: whether Tactful may work on this page, now and after every change
 * of the agent's settings or of the policy.
 */
import type { Settings } from './schema';
import { loadSettings, onSettingsChanged } from './settings';
import { isTactfulEnabledFor, type PageLocation } from './sites';

/**
 * Calls `onChange(enabled, settings)` once the settings are read, then after every change.
 * Returns a function that stops watching.
 */
export function watchSiteEnabled(
  location: PageLocation,
  onChange: (enabled: boolean, settings: Settings) => void,
): () => void {
  const update = (settings: Settings) => onChange(isTactfulEnabledFor(location, settings), settings);
  loadSettings().then(update, () => {});
  return onSettingsChanged(update);
}
