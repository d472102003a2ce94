/**
 * Engine benchmark (Node, one process, candidates interleaved round by round so machine
 * noise hits them alike): drafts of 100 / 1,000 / 10,000 words per language, a one-
 * keystroke re-check in a 10,000-word draft, bank compile time, and alex / write-good on
 * the same English text as reference points. Prints a table with ratios.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { text as alexText } from 'alex';
import writeGood from 'write-good';
import { DraftChecker, Engine } from '../phrasebank/check';
import { loadModels } from '../phrasebank/cli/bundled-models';
import type { CompiledBank } from '../phrasebank/compile/compile';
import type { LabelledDraft } from '../phrasebank/evaluate';
import { LANGUAGES, type Language } from '../phrasebank/finding';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [100, 1_000, 10_000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

export interface Stat {
  median: number;
  p95: number;
}

export function stats(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))];
  return { median: at(0.5), p95: at(0.95) };
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** A realistic draft of about `words` words: the corpus' drafts, in a fixed shuffled order, repeated. */
export function draftOf(language: Language, words: number): string {
  const corpus = JSON.parse(readFileSync(resolve(ROOT, `tests/corpus/${language}.json`), 'utf8')) as LabelledDraft[];
  // every draft once, in a fixed scrambled order, before any repeats: a plain stride of 7
  // visited only a seventh of a corpus whose size is a multiple of 7 (all three once were)
  const order = corpus.map((_, i) => i);
  let seed = 12345;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const parts: string[] = [];
  let count = 0;
  for (let k = 0; count < words; k++) {
    const text = corpus[order[k % order.length]].text;
    parts.push(text);
    count += text.split(/\s+/).length;
  }
  return parts.join('\n\n');
}

/** Compiles the bundled banks in a worker (bench/compile-worker.ts): its timings and the compiled banks. */
function compileInWorker(rounds: number): Promise<{ cold: number; warm: number[]; compiled: CompiledBank[] }> {
  return new Promise((done, fail) => {
    // (tsx's loader does not pass on to a worker thread: the worker registers it, then loads the module)
    const url = new URL('./compile-worker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: { rounds } });
    worker.once('message', (result) => {
      done(result);
      void worker.terminate();
    });
    worker.once('error', fail);
  });
}

export async function runEngineBench(log = console.log) {
  // compile in a worker, as the extension does in the background; the page gets the
  // compiled banks as data (structured clone here, a message there) and only matches
  const { cold: coldCompile, warm: compileSamples, compiled } = await compileInWorker(15);
  // the engine as it ships: each bank with its trained sentence model (scripts/compile-banks.ts)
  const models = loadModels();
  if (!models) log('(no trained sentence models: run "npm run train-models"; the figures below are rules only)');
  const engine = new Engine(
    compiled.map((bank) => {
      const model = models?.[bank.language];
      return model ? { ...bank, model } : bank;
    }),
  );

  const cases: { name: string; run: () => unknown; words: number; language: Language | 'en-ref' }[] = [];
  for (const language of LANGUAGES) {
    for (const words of SIZES) {
      const draft = draftOf(language, words);
      cases.push({ name: `tactful ${language} ${words}`, run: () => engine.check(draft, language), words, language });
    }
  }
  for (const words of SIZES) {
    const draft = draftOf('en', words);
    cases.push({ name: `alex en ${words}`, run: () => alexText(draft), words, language: 'en-ref' });
    cases.push({ name: `write-good en ${words}`, run: () => writeGood(draft), words, language: 'en-ref' });
  }
  // one keystroke in a 10k-word draft: insert then delete a character at varying places
  const keystroke: Record<Language, { checker: DraftChecker; base: string }> = {} as never;
  for (const language of LANGUAGES) {
    const base = draftOf(language, 10_000);
    const checker = new DraftChecker(engine, language);
    checker.update(base);
    keystroke[language] = { checker, base };
  }
  let step = 0;
  const keyCases = LANGUAGES.map((language) => ({
    name: `keystroke ${language} 10000`,
    run: () => {
      const { checker, base } = keystroke[language];
      const pos = (step++ * 7919) % base.length;
      checker.update(`${base.slice(0, pos)}x${base.slice(pos)}`);
      checker.update(base);
    },
  }));

  const samples = new Map<string, number[]>();
  for (const c of [...cases, ...keyCases]) c.run(); // warm up JIT
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const list = samples.get(c.name) ?? [];
      // large reference runs are slow: sample them less often
      if (c.language === 'en-ref' && c.words === 10_000 && round % 4 !== 0) continue;
      list.push(time(c.run));
      samples.set(c.name, list);
    }
    for (const c of keyCases) {
      const list = samples.get(c.name) ?? [];
      // each run is two updates (insert, then delete): half is one keystroke
      for (let k = 0; k < 10; k++) list.push(time(c.run) / 2);
      samples.set(c.name, list);
    }
  }

  const row = (name: string) => stats(samples.get(name) ?? [0]);
  const fmt = (ms: number) => (ms < 0.1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
  log('\nEngine (Node, ms; median / p95; interleaved rounds: %d)', ROUNDS);
  log('| draft | 100 words | 1,000 words | 10,000 words |');
  log('| --- | --- | --- | --- |');
  for (const prefix of [...LANGUAGES.map((l) => `tactful ${l}`), 'alex en', 'write-good en']) {
    log(
      `| ${prefix} | ${SIZES.map((w) => {
        const s = row(`${prefix} ${w}`);
        return `${fmt(s.median)} / ${fmt(s.p95)}`;
      }).join(' | ')} |`,
    );
  }
  log('\n| one keystroke re-check, 10,000-word draft | median | p95 |');
  log('| --- | --- | --- |');
  for (const l of LANGUAGES) {
    const s = row(`keystroke ${l} 10000`);
    log(`| ${l} | ${fmt(s.median)} | ${fmt(s.p95)} |`);
  }
  const c = stats(compileSamples);
  log(
    `\nCompile all bundled banks: cold ${fmt(coldCompile)} ms (first in its worker, incl. importing the compiler and forms table), warm median ${fmt(c.median)} / p95 ${fmt(c.p95)} ms`,
  );
  log('\nRatios (same English text, same run):');
  for (const w of SIZES) {
    const t = row(`tactful en ${w}`).median;
    log(
      `  ${w} words: alex / tactful = ${(row(`alex en ${w}`).median / t).toFixed(0)}×, write-good / tactful = ${(row(`write-good en ${w}`).median / t).toFixed(0)}×`,
    );
  }
  const budgets = [
    ['10,000 words ≤ 5 ms median', Math.max(...LANGUAGES.map((l) => row(`tactful ${l} 10000`).median)) <= 5],
    ['keystroke ≤ 0.5 ms p95', Math.max(...LANGUAGES.map((l) => row(`keystroke ${l} 10000`).p95)) <= 0.5],
    ['compile all banks ≤ 50 ms (warm median)', c.median <= 50],
    ['≥ 20× faster than alex (10,000 words)', row('alex en 10000').median / row('tactful en 10000').median >= 20],
  ] as const;
  log('\nBudgets:');
  for (const [name, ok] of budgets) log(`  ${ok ? 'OK  ' : 'OVER'} ${name}`);
  return budgets.every(([, ok]) => ok);
}
