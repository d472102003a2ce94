/** How the five categories read in Tactful's UI. */
import type { Category } from '../phrasebank/finding';

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  'stop-phrase': 'Stop-phrase',
  'blame-shift': 'Blame-shifting',
  badmouthing: 'Badmouthing',
  overpromise: 'Overpromise',
  runaround: 'Runaround',
};
