/**
 * `npm run bench`: performance budgets are measured here, not in timed tests.
 * Engine (Node) always; the browser typing benchmark when its module is present.
 */
import { runDetectBench } from './detect';
import { runEngineBench } from './engine';

const only = process.argv[2];
let ok = true;
if (!only || only === 'engine') ok = (await runEngineBench()) && ok;
if (!only || only === 'detect') runDetectBench();
if (!only || only === 'browser') {
  try {
    const { runBrowserBench } = await import('./browser');
    ok = (await runBrowserBench()) && ok;
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
}
process.exitCode = ok ? 0 : 1;
