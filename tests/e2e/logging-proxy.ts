/**
 * A small HTTP proxy that sees every request a browser makes when the browser is pointed at
 * it for all traffic (Firefox: `proxyPrefs`). Requests for the fixture server are forwarded to
 * it; anything else is refused without being forwarded and recorded, CONNECT tunnels (https,
 * wss) included. Nothing external is reachable in tests anyway: the proxy is there to *see*
 * the requests, including the ones no page-level protocol event reports (an extension's
 * background page).
 */
import { Agent, createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** absolute URL, or host:port for CONNECT */
  url: string;
  origin?: string;
  referer?: string;
  /** Sec-Fetch-Site, -Mode and -Dest, e.g. "same-origin cors empty" */
  fetch?: string;
}

export interface LoggingProxy {
  port: number;
  /** requests forwarded to the fixture server */
  forwarded: ProxiedRequest[];
  /** requests to any other host (refused, not forwarded) */
  refused: ProxiedRequest[];
  close(): Promise<void>;
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

function seenOf(req: IncomingMessage): ProxiedRequest {
  const seen: ProxiedRequest = { method: req.method ?? '?', url: req.url ?? '' };
  const origin = header(req, 'origin');
  const referer = header(req, 'referer');
  if (origin !== undefined) seen.origin = origin;
  if (referer !== undefined) seen.referer = referer;
  const fetchMeta = ['site', 'mode', 'dest'].map((k) => header(req, `sec-fetch-${k}`) ?? '-').join(' ');
  if (fetchMeta !== '- - -') seen.fetch = fetchMeta;
  return seen;
}

/** `fixtureOrigin`: the only origin (http://127.0.0.1:port) the proxy forwards to. */
export function startLoggingProxy(fixtureOrigin: string): Promise<LoggingProxy> {
  const target = new URL(fixtureOrigin);
  const forwarded: ProxiedRequest[] = [];
  const refused: ProxiedRequest[] = [];
  const agent = new Agent({ keepAlive: true });
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    const seen = seenOf(req);
    let url: URL | null = null;
    try {
      // a proxied request carries the absolute URL; a relative one was not meant for a proxy
      url = new URL(req.url ?? '');
    } catch {}
    if (url?.protocol !== 'http:' || url.host !== target.host) {
      refused.push(seen);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    forwarded.push(seen);
    const upstream = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers: req.headers,
      },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  // https, wss and anything else tunnelled: record, never open the tunnel
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    refused.push(seenOf(req));
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  // a plain-http upgrade (ws://) asked of the proxy directly
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    refused.push(seenOf(req));
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({
        port: typeof address === 'object' && address ? address.port : 0,
        forwarded,
        refused,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            agent.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * Why a request forwarded to the fixture server cannot be one of the pages' own (null: it can).
 * The pages' own requests are the test's navigations (`opened`: the URLs it went to) and
 * same-origin loads that carry the referring document's URL. What Firefox sends for an
 * extension looks otherwise (seen with a probe build): background and extension-page fetches
 * carry Origin: moz-extension://…, an extension page's other loads Sec-Fetch-Site: cross-site,
 * a content script's fetch or XHR no Referer, an element it inserts a Referer of the bare origin.
 */
export function notThePagesOwn(r: ProxiedRequest, fixtureOrigin: string, opened: string[]): string | null {
  if (/^moz-extension:/.test(r.origin ?? '')) return `Origin ${r.origin}`;
  if (/^moz-extension:/.test(r.referer ?? '')) return `Referer ${r.referer}`;
  const [site, mode, dest] = (r.fetch ?? '- - -').split(' ');
  if (mode === 'navigate' && site === 'none' && dest === 'document') {
    return opened.includes(r.url) ? null : 'a top-level navigation the test did not make';
  }
  if (site !== 'same-origin') return `Sec-Fetch-Site ${site}`;
  const referer = r.referer ?? '';
  if (!referer.startsWith(`${fixtureOrigin}/`) || referer === `${fixtureOrigin}/`) {
    return referer ? `Referer ${referer}, not a page` : 'no Referer';
  }
  return null;
}

/** Requests as lines, one per distinct request, with a count when it was made more than once. */
export function tally(requests: ProxiedRequest[], why: (r: ProxiedRequest) => string | null = () => ''): string[] {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const reason = why(r);
    if (reason === null) continue;
    const line = `${r.method} ${r.url}${reason ? `: ${reason}` : r.origin ? ` (Origin ${r.origin})` : ''}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, n]) => (n > 1 ? `${line} (×${n})` : line));
}
