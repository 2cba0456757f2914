import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handleAppProtocol, registerAppScheme, resolveAppPath, serveAppRequest } from './app-protocol';
import { contentSecurityPolicy, securityHeaders } from './csp';

const ROOT = path.resolve('/opt/briffio/dist/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppPath(ROOT, 'app://briffio/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://briffio/assets/index-abc.js?v=1#x')).toBe(path.join(ROOT, 'assets', 'index-abc.js'));
    expect(resolveAppPath(ROOT, 'app://briffio/fonts/Open%20Sans.woff2')).toBe(path.join(ROOT, 'fonts', 'Open Sans.woff2'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath(ROOT, 'app://briffio/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://briffio')).toBe(path.join(ROOT, 'index.html'));
  });

  it.each([
    'app://briffio/../../etc/passwd',
    'app://briffio/%2e%2e/%2e%2e/etc/passwd',
    'app://briffio/%2E%2E/%2E%2E/etc/passwd',
    'app://briffio/assets/../../../etc/passwd',
  ])('keeps %j inside the renderer folder', (url) => {
    const resolved = resolveAppPath(ROOT, url);
    // The URL parser folds the dots away before we see them, so the worst outcome is a path
    // under ROOT that does not exist.
    expect(resolved === null || resolved.startsWith(ROOT + path.sep)).toBe(true);
    expect(resolved).not.toBe('/etc/passwd');
  });

  it.each([
    'app://briffio/..%2f..%2fetc%2fpasswd',
    'app://briffio/..%2F..%2Fetc/passwd',
    'app://briffio/..%5c..%5cetc%5cpasswd',
    'app://briffio/..\\..\\etc\\passwd',
    'app://briffio/assets\\..\\..\\secret',
    'app://briffio/%2e%2e%5csecret',
    'app://briffio/C:%5cWindows%5cwin.ini',
    'app://briffio/C:/Windows/win.ini',
    'app://briffio/index.html%00.png',
    'app://briffio/%E0%A4%A',
    'app://briffio/%2fetc%2fpasswd',
  ])('refuses %j', (url) => expect(resolveAppPath(ROOT, url)).toBeNull());

  it.each(['app://evil/index.html', 'https://briffio/index.html', 'file:///etc/passwd', 'app://briffio:1/index.html', 'nonsense'])(
    'refuses the foreign URL %j',
    (url) => expect(resolveAppPath(ROOT, url)).toBeNull(),
  );
});

describe('serveAppRequest', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'briffio-protocol-'));
  const root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Briffio</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'not for the page');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  mkdirSync(path.join(root, 'folder.d'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => serveAppRequest(root, { url, method });

  it('serves a file with its type and the security headers', async () => {
    const response = await get('app://briffio/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('puts the security headers on every response, errors included', async () => {
    const responses = await Promise.all([
      get('app://briffio/index.html'),
      get('app://briffio/missing.js'),
      get('app://briffio/..%2fsecret.txt'),
      get('app://briffio/index.html', 'POST'),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 404, 404, 405]);
    for (const response of responses) {
      for (const [name, value] of Object.entries(securityHeaders())) expect(response.headers.get(name)).toBe(value);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    }
  });

  it('falls back to index.html for client-side routes (no extension)', async () => {
    const response = await get('app://briffio/report/12');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Briffio</title>');
  });

  it('answers 404, not HTML, for a missing asset', async () => {
    const response = await get('app://briffio/assets/missing.css');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const response = await get('app://briffio/assets/link.txt');
    expect(response.status).toBe(404);
  });

  it('does not serve a folder', async () => {
    expect((await get('app://briffio/folder.d')).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://briffio/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetchable, without bypassing CSP', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]]);
  });

  it('handles the app scheme with the file server', async () => {
    let registered: { scheme: string; handler: (request: Request) => Response | Promise<Response> } | null = null;
    handleAppProtocol({ handle: (scheme, handler) => (registered = { scheme, handler }) }, path.resolve('/nowhere'));
    expect(registered).not.toBeNull();
    const { scheme, handler } = registered!;
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://briffio/index.html'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });
});
