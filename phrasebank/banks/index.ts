/** The bundled banks, one per language. */
import type { Language } from '../finding';
import type { Bank } from '../types';
import en from './en.json';
import pl from './pl.json';
import ru from './ru.json';

export const BUNDLED_BANKS: Record<Language, Bank> = { en: en as Bank, pl: pl as Bank, ru: ru as Bank };
