import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpPath, CALL_NAMES, type Handlers } from '../../shared/contract';
import { dispatch } from '../../shared/dispatch';
import { fail, type Result } from '../../shared/result';
import { securityHeaders } from '../main/csp';
import { contentTypeFor, resolveStaticPath } from './static-files';

/** Large enough for a Briffio pack posted for import; anything bigger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface BrowserBridgeOptions {
  readonly handlers: Handlers;
  /** Folder of the built renderer (dist/renderer). */
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Fixed only in tests; otherwise a fresh secret per launch. */
  readonly token?: string;
}

export interface BrowserBridge {
  /** The address to open: carries the per-launch secret token. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the renderer and the very same handler table as the desktop app, served over
 * HTTP on 127.0.0.1 only. A request must carry the per-launch token (in the session cookie the
 * first page load receives, or an X-Briffio-Token header), and its Host and any Origin must be
 * this server's own — which stops other local users' pages and DNS-rebinding sites from calling
 * the API.
 */
export async function startBrowserBridge(options: BrowserBridgeOptions): Promise<BrowserBridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;
  const allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const allowedOrigins = new Set([origin, `http://localhost:${port}`]);
  const cookieName = `briffio_${port}`;
  const apiPaths = new Map(CALL_NAMES.map((name) => [httpPath(name), name]));

  server.on('request', (request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      console.error('Briffio browser mode:', error);
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) return refuse(response, 403, 'Foreign Host header');
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin)) return refuse(response, 403, 'Foreign Origin header');

    const url = new URL(request.url ?? '/', origin);
    const offered = url.searchParams.get('token');
    if (offered !== null && request.method === 'GET' && !url.pathname.startsWith('/api/')) {
      if (!sameSecret(offered, token)) return refuse(response, 401, 'Wrong token');
      // Move the token into an HttpOnly cookie and drop it from the address bar and history.
      url.searchParams.delete('token');
      response.writeHead(303, {
        ...securityHeaders(),
        'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.search + url.hash,
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }
    if (!isAuthorised(request)) return refuse(response, 401, 'Missing or wrong token');

    const callName = apiPaths.get(url.pathname);
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return refuse(response, 405, 'Use POST');
      // An unknown name still goes through dispatch, which answers 'unknown_call'.
      const name: string = callName ?? url.pathname.slice('/api/'.length);
      const body = await readJsonBody(request);
      const result: Result<unknown> = body.ok ? await dispatch(options.handlers, name, body.value) : body;
      return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed');
    const file = resolveStaticPath(options.rendererDir, url.pathname);
    if (!file) return refuse(response, 404, 'Not found');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return refuse(response, 404, 'Not found');
    }
    send(response, 200, contentTypeFor(file), request.method === 'HEAD' ? '' : content);
  }

  function isAuthorised(request: http.IncomingMessage): boolean {
    const header = request.headers['x-briffio-token'];
    if (typeof header === 'string' && sameSecret(header, token)) return true;
    const cookie = parseCookies(request.headers.cookie ?? '').get(cookieName);
    return cookie !== undefined && sameSecret(cookie, token);
  }

  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sameSecret(offered: string, expected: string): boolean {
  const a = Buffer.from(offered);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies.set(part.slice(0, index).trim(), part.slice(index + 1).trim());
  }
  return cookies;
}

async function readJsonBody(request: http.IncomingMessage): Promise<Result<unknown>> {
  const type = request.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    return fail('invalid_input', 'Requests must be application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return fail('invalid_input', 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail('invalid_input', 'Request body is not valid JSON');
  }
}

function send(response: http.ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  response.end(body);
}

function refuse(response: http.ServerResponse, status: number, reason: string): void {
  send(response, status, 'text/plain; charset=utf-8', `Briffio: ${reason}. Open the address Briffio printed when it started.`);
}
