import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { securityHeaders } from './csp';
import { APP_SCHEME, isAppUrl } from './navigation';

/**
 * The `app://briffio/` protocol: serves the built renderer (dist/renderer) to the window.
 *
 * A custom scheme rather than `file://` because file pages share one origin with the whole disk
 * (any file could be fetched), cannot carry response headers (so no CSP header), and make
 * `'self'` meaningless. Electron objects are passed in rather than imported so this module (and
 * its tests) run under plain Node.
 */

/**
 * Must run before the app is ready. `standard` gives the scheme real origins and relative URL
 * resolution; `secure` makes it a secure context (like https) so web platform features behave;
 * `supportFetchAPI` lets the renderer fetch its own bundled files. Not `bypassCSP`, not
 * `corsEnabled`: the page stays under its own CSP and nothing else may read it.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Maps an `app://briffio/...` URL to a file under `root`, or null when the URL must not be served.
 *
 * Chromium already folds `..` segments out of standard-scheme URLs, but that is not enough:
 * percent-encoded separators (`..%2f`) and backslashes survive URL parsing and become traversal
 * after decoding (backslash is a separator on Windows). So each segment is decoded on its own and
 * refused if it could name anything but a plain file or folder name, and the joined result is
 * checked to stay inside `root` as a last line.
 */
export function resolveAppPath(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  const segments: string[] = [];
  for (const raw of new URL(url).pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed escapes: nobody legitimate produces them
    }
    if (segment === '.' || segment === '..') return null;
    // `/` and `\` would split the segment after decoding; `:` can name a Windows drive or an NTFS
    // alternate stream; NUL truncates paths in some APIs.
    if (/[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const resolvedRoot = path.resolve(root);
  const candidate = path.resolve(resolvedRoot, ...segments);
  return isInside(resolvedRoot, candidate) ? candidate : null;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Client-side routes (`/report/12`) have no file behind them, so an extension-less path falls back
 * to index.html. A missing asset (`/main.js`) must stay a 404: answering with HTML would hide the
 * real error behind a confusing MIME-type failure.
 */
export function isSpaRoute(url: string): boolean {
  const last = new URL(url).pathname.split('/').pop() ?? '';
  return path.extname(last) === '';
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Unknown types are served as opaque bytes: with nosniff the browser will not execute them. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function respond(status: number, body: Uint8Array | string | null, contentType?: string): Response {
  const headers: Record<string, string> = { ...securityHeaders() };
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  return new Response(body, { status, headers });
}

async function readFileInside(root: string, file: string): Promise<Uint8Array | null> {
  try {
    // Resolve symlinks too: a link inside dist/renderer must not lead outside it.
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
    if (!isInside(realRoot, realFile)) return null;
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return null;
    return await fs.readFile(realFile);
  } catch {
    return null;
  }
}

/** Answers one request to the app scheme. Exported for tests; `handleAppProtocol` wires it up. */
export async function serveAppRequest(root: string, request: Pick<Request, 'url' | 'method'>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null);
  const file = resolveAppPath(root, request.url);
  if (file === null) return respond(404, null);
  const body = await readFileInside(root, file);
  if (body !== null) return respond(200, request.method === 'HEAD' ? null : body, contentTypeFor(file));
  if (isSpaRoute(request.url)) {
    const index = path.join(root, 'index.html');
    const indexBody = await readFileInside(root, index);
    if (indexBody !== null) return respond(200, request.method === 'HEAD' ? null : indexBody, contentTypeFor(index));
  }
  return respond(404, null);
}

/** Serves `root` (the built renderer) on `app://briffio/`. Call after the app is ready. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
