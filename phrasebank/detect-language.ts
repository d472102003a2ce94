/**
 * Which of Tactful's languages a draft is in. Russian is told by its script; Polish from
 * English by diacritics and function words. A general detector (tinyld light: 34 KB gzip)
 * would alone nearly fill the content script's 40 KB budget for a 3-way choice this
 * simple; bench/detect compares the two on the corpus.
 */
import type { Language } from './finding';

/** detection reads this many characters from the draft's start */
export const DETECTION_SAMPLE = 2000;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;
const POLISH_LETTERS = /[ąćęłńóśźż]/gi;
// Words common to both languages (i, a, to, do, on) count for neither.
const POLISH_WORDS = new Set(
  'w z na nie się że jest jak za po od czy ale co o tak już mamy jestem są pan pani państwa panu pana dzień dobry dziękuję dziękujemy proszę prosze sie ze jest przez dla oraz może moze będzie bedzie tylko także takze zamówienie zamowienie pozdrawiam'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  'the and of in is it you that for be with we your this are have our as will not please thank thanks can at if an from my me us was order hello hi regards'.split(
    ' ',
  ),
);

export function detectLanguage(text: string, fallback: Language = 'en'): Language {
  return detectedLanguage(text) ?? fallback;
}

/** The draft's language, or null when the text does not tell (no letters, or a tie). */
export function detectedLanguage(text: string): Language | null {
  const sample = text.length > DETECTION_SAMPLE ? text.slice(0, DETECTION_SAMPLE) : text;
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return null;
  if (cyrillic > latin) return 'ru';
  let pl = (sample.match(POLISH_LETTERS)?.length ?? 0) * 0.5;
  let en = 0;
  for (const word of sample.toLowerCase().split(/[^a-ząćęłńóśźż']+/)) {
    if (POLISH_WORDS.has(word)) pl++;
    if (ENGLISH_WORDS.has(word)) en++;
  }
  if (pl === en) return null;
  return pl > en ? 'pl' : 'en';
}
