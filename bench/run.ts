/**
 * `npm run bench`: performance budgets are measured here, not in timed tests.
 * Engine (Node) always; the browser typing benchmark when its module is present.
 */
import { cpus, loadavg } from 'node:os';
import { runDetectBench } from './detect';
import { runEngineBench } from './engine';

// what else the machine was doing: a budget within a few per cent of a figure measured at a
// load average of 2 says less than one measured on a quiet machine
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
console.log(
  `Machine: ${cpus().length} cores, Node ${process.version}; load average (1 / 5 / 15 min) at start ${load()}`,
);

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
console.log(`\nLoad average at the end: ${load()}`);
process.exitCode = ok ? 0 : 1;
