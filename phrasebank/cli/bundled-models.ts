/**
 * The bundled banks' sentence models (phrasebank/model.ts) as scripts/train-models.ts writes
 * them at install/build time, for Node readers: the CLI and scripts/compile-banks.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language } from '../finding';
import type { SentenceModel } from '../model';

export const MODELS_PATH = resolve(import.meta.dirname, '../compiled/models.json');

/** The trained models by language, or null when they were not generated (then rules alone check). */
export function loadModels(): Partial<Record<Language, SentenceModel>> | null {
  return existsSync(MODELS_PATH)
    ? (JSON.parse(readFileSync(MODELS_PATH, 'utf8')) as Record<Language, SentenceModel>)
    : null;
}
