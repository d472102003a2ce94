/**
 * Serves the fixture pages (and the editors they load from node_modules) on 127.0.0.1.
 * Nothing external is reachable in tests, so every page must be self-contained.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
const NODE_MODULES = join(ROOT, 'node_modules');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** URL path → file: /node_modules/… from the project's packages, the rest from fixtures. */
function resolvePath(urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const [base, rel] = clean.startsWith('/node_modules/')
    ? [NODE_MODULES, clean.slice('/node_modules/'.length)]
    : [FIXTURES, clean === '/' ? 'index.html' : clean.slice(1)];
  const file = resolve(base, rel);
  if (!file.startsWith(base)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export function startFixtureServer(port = 0): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const file = resolvePath(req.url ?? '/');
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      ok({
        origin: `http://127.0.0.1:${actual}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
