/**
 * The compiler's view of the tokenizer: only the normalized words of a text. tokenize()
 * makes five typed arrays and an object per token on every call, and the compiler calls it
 * for every distinct chunk of every pattern and every module text: one set of columns,
 * reused, saves most of that garbage.
 */
import type { Language } from '../finding';
import { emptyColumns, type TokenColumns, tokenColumns } from '../tokenize';

const SCRATCH = emptyColumns(1024);

/**
 * tokenize(text, language)'s tokens as columns (norm[0 … length)), valid only until the next
 * call: read them before tokenizing anything else.
 */
export function wordColumns(text: string, language: Language): TokenColumns {
  return tokenColumns(text, language, 0, text.length, 0, false, SCRATCH);
}
