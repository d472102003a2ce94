/**
 * Language detection: Tactful's script-and-function-word heuristic against tinyld (light)
 * on the corpus drafts, accuracy and time, side by side.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detect } from 'tinyld/light';
import { detectLanguage } from '../phrasebank/detect-language';
import type { LabelledDraft } from '../phrasebank/evaluate';
import { LANGUAGES } from '../phrasebank/finding';

export function runDetectBench(log = console.log) {
  const drafts = LANGUAGES.flatMap((language) =>
    (
      JSON.parse(
        readFileSync(resolve(import.meta.dirname, `../tests/corpus/${language}.json`), 'utf8'),
      ) as LabelledDraft[]
    ).map((d) => ({ language, text: d.text })),
  );
  const candidates = [
    ['tactful heuristic', (t: string) => detectLanguage(t)],
    ['tinyld light (only en/pl/ru)', (t: string) => detect(t, { only: ['en', 'pl', 'ru'] })],
  ] as const;
  log('\nLanguage detection on %d corpus drafts', drafts.length);
  log('| detector | correct | time for all drafts (ms) |');
  log('| --- | --- | --- |');
  for (const [name, fn] of candidates) {
    let correct = 0;
    const t0 = performance.now();
    for (const d of drafts) if (fn(d.text) === d.language) correct++;
    log(`| ${name} | ${correct} / ${drafts.length} | ${(performance.now() - t0).toFixed(1)} |`);
  }
}
