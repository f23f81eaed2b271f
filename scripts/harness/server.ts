/**
 * The only server the browsers under test can reach.
 *
 * 1. A static server on 127.0.0.1 (random port) for tests/fixtures/pages/, with per-route
 *    response headers (e.g. a strict CSP) and pages registered from strings at run time.
 * 2. The browsers' HTTP proxy (both launchers point every request at it, loopback included).
 *    Requests for this server's own origin are served; every other request (absolute-form
 *    `GET http://elsewhere/...`, `CONNECT host:443`, websocket upgrades) is recorded as
 *    "escaped" and refused, so nothing leaves the machine and nothing goes unseen: this is
 *    how extension background requests are caught in Firefox, where WebDriver BiDi does not
 *    report them.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { FIXTURE_PAGES_DIR } from './env';

export interface RouteOptions {
  /** Extra response headers, e.g. { 'Content-Security-Policy': "default-src 'none'" }. */
  headers?: Record<string, string>;
  status?: number;
  contentType?: string;
}

export interface Route extends RouteOptions {
  /** Serve this string... */
  body?: string;
  /** ...or this file (absolute, or relative to tests/fixtures/pages/). */
  file?: string;
}

export type ServedKind = 'fixture' | 'escaped' | 'connect' | 'upgrade';

export interface ServedRequest {
  seq: number;
  time: number;
  method: string;
  /** Absolute URL (https://host:port for CONNECT). */
  url: string;
  kind: ServedKind;
  status: number;
  /** True when the browser sent it through the proxy (absolute-form request line). */
  viaProxy: boolean;
  headers: IncomingHttpHeaders;
}

/** Strict CSP used by the CSP fixtures: no styles, no scripts, nothing. */
export const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

export class FixtureServer {
  private readonly routes = new Map<string, Route>();
  private readonly served: ServedRequest[] = [];
  private readonly sockets = new Set<Socket>();
  private seq = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly root: string,
  ) {}

  static async start(opts: { root?: string } = {}): Promise<FixtureServer> {
    const root = resolve(opts.root ?? FIXTURE_PAGES_DIR);
    const server = createServer();
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => ok());
    });
    const fx = new FixtureServer(server, (server.address() as AddressInfo).port, root);
    server.on('request', (req, res) => fx.onRequest(req, res));
    server.on('connect', (req, socket) => fx.onConnect(req, socket as Socket));
    server.on('upgrade', (req, socket) => fx.onUpgrade(req, socket as Socket));
    server.on('connection', (s) => {
      fx.sockets.add(s);
      s.on('close', () => fx.sockets.delete(s));
    });
    return fx;
  }

  /** http://127.0.0.1:PORT */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What the browsers use as their HTTP proxy (the same server). */
  get proxyUrl(): string {
    return this.origin;
  }

  url(path = '/'): string {
    return new URL(path, this.origin).href;
  }

  /** Serve `path` (no query) with options; body/file override the static file of that name. */
  route(path: string, route: Route = {}): string {
    this.routes.set(pathOnly(path), route);
    return this.url(path);
  }

  /** Register a page built at run time (e.g. from ../shared/seeds/*.txt). Returns its URL. */
  addPage(path: string, html: string, opts: RouteOptions = {}): string {
    return this.route(path, { ...opts, body: html });
  }

  /** Every request the server saw, fixture and escaped alike, oldest first. */
  log(): ServedRequest[] {
    return [...this.served];
  }

  /** Requests that tried to leave the machine (refused). */
  escaped(): ServedRequest[] {
    return this.served.filter((r) => r.kind !== 'fixture');
  }

  clearLog(): void {
    this.served.length = 0;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.server.closeAllConnections?.();
    await new Promise<void>((ok) => this.server.close(() => ok()));
  }

  private record(r: Omit<ServedRequest, 'seq' | 'time'>): void {
    this.served.push({ seq: ++this.seq, time: Date.now(), ...r });
  }

  private isSelf(host: string | undefined): boolean {
    return host === `127.0.0.1:${this.port}` || host === `localhost:${this.port}`;
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const raw = req.url ?? '/';
    const viaProxy = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw);
    let target: URL;
    try {
      target = viaProxy ? new URL(raw) : new URL(raw, this.origin);
    } catch {
      this.record({ method: req.method ?? 'GET', url: raw, kind: 'escaped', status: 400, viaProxy, headers: req.headers });
      res.writeHead(400).end();
      return;
    }
    if (viaProxy && !(target.protocol === 'http:' && this.isSelf(target.host))) {
      this.record({ method: req.method ?? 'GET', url: target.href, kind: 'escaped', status: 502, viaProxy, headers: req.headers });
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the Footnote e2e egress trap\n');
      req.resume();
      return;
    }
    const status = this.serve(target, res);
    this.record({ method: req.method ?? 'GET', url: this.url(target.pathname + target.search), kind: 'fixture', status, viaProxy, headers: req.headers });
    req.resume();
  }

  /** Writes the response; returns the status. */
  private serve(target: URL, res: ServerResponse): number {
    const route = this.routes.get(target.pathname);
    const baseHeaders = { 'cache-control': 'no-store' };
    if (route?.body !== undefined) {
      const status = route.status ?? 200;
      res.writeHead(status, {
        ...baseHeaders,
        'content-type': route.contentType ?? 'text/html; charset=utf-8',
        ...route.headers,
      });
      res.end(route.body);
      return status;
    }
    const file = route?.file ? resolve(this.root, route.file) : this.staticFile(target.pathname);
    if (file && existsSync(file) && statSync(file).isFile()) {
      const status = route?.status ?? 200;
      res.writeHead(status, {
        ...baseHeaders,
        'content-type': route?.contentType ?? CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        ...route?.headers,
      });
      createReadStream(file).pipe(res);
      return status;
    }
    if (target.pathname === '/favicon.ico') {
      // Browsers ask on their own; answer quietly so no "404" lands in the console.
      res.writeHead(204, baseHeaders).end();
      return 204;
    }
    res.writeHead(404, { ...baseHeaders, 'content-type': 'text/plain' }).end('not found\n');
    return 404;
  }

  private staticFile(pathname: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    const rel = normalize(decoded).replace(/^([/\\])+/, '');
    const file = resolve(this.root, rel.endsWith('/') || rel === '' ? join(rel, 'index.html') : rel);
    return file === this.root || file.startsWith(this.root + sep) ? file : null;
  }

  private onConnect(req: IncomingMessage, socket: Socket): void {
    this.record({ method: 'CONNECT', url: `https://${req.url ?? ''}`, kind: 'connect', status: 403, viaProxy: true, headers: req.headers });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  }

  private onUpgrade(req: IncomingMessage, socket: Socket): void {
    this.record({ method: req.method ?? 'GET', url: req.url ?? '', kind: 'upgrade', status: 403, viaProxy: true, headers: req.headers });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  }
}

function pathOnly(path: string): string {
  const p = new URL(path, 'http://x').pathname;
  return p;
}
