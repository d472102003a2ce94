/**
 * The compile half of the engine benchmark, in a worker thread of its own: as in the
 * extension, where banks compile in the background and the page only matches, the matcher's
 * timings must not share a V8 isolate with the compiler. Side by side (alternating runs),
 * checks ran 1.1–1.5× slower (median 1.28×) in a process that had compiled the banks first,
 * and a forced GC changed nothing: most likely V8 state the page never has (the compiler
 * calls the tokenizer with other shapes and fills its word tables).
 *
 * Posts { cold, warm, compiled }: the first compile (counting the import of the compiler and
 * of the English forms table it reads), the warm repeats, and the compiled banks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { LANGUAGES } from '../phrasebank/finding';
import type { Bank } from '../phrasebank/types';

const ROOT = resolve(import.meta.dirname, '..');
const rounds = (workerData as { rounds: number }).rounds;
const banks = LANGUAGES.map(
  (l) => JSON.parse(readFileSync(resolve(ROOT, `phrasebank/banks/${l}.json`), 'utf8')) as Bank,
);

const t0 = performance.now();
const { compileBank } = await import('../phrasebank/compile/compile');
const { forms } = (await import('../phrasebank/compile/english-table')).tableFormsProvider();
const compiled = banks.map((b) => compileBank(b, { forms }));
const cold = performance.now() - t0;
const warm: number[] = [];
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  banks.map((b) => compileBank(b, { forms }));
  warm.push(performance.now() - t);
}
parentPort?.postMessage({ cold, warm, compiled });
