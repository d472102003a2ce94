/**
 * `npm start`: serves the bundled demo composer pages on 127.0.0.1 and runs WXT in dev
 * mode, which opens Chromium with the extension loaded on the demo index.
 */
import { spawn } from 'node:child_process';
import { buildFixtures } from '../tests/e2e/build-fixtures';
import { startFixtureServer } from '../tests/e2e/server';
import { DEMO_PORT } from './demo-urls';

await buildFixtures(); // the demo pages load real editors bundled from node_modules
const server = await startFixtureServer(DEMO_PORT);
console.log(`Demo composers at ${server.origin}/index.html`);
const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
const stop = () => {
  wxt.kill('SIGINT');
  void server.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', (code) => {
  void server.close();
  process.exit(code ?? 0);
});
