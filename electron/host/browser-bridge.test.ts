import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain';
import { stubHandlers } from '../test-support/stub-handlers';
import { useTempDirs } from '../test-support/temp-dir';
import { startBrowserBridge, type BrowserBridge } from './browser-bridge';

const tempDir = useTempDirs();
const bridges: BrowserBridge[] = [];
afterEach(async () => {
  await Promise.all(bridges.splice(0).map((bridge) => bridge.close()));
});

let settingsUpdates = 0;
const { handlers } = stubHandlers({
  'library.get': () => ({ committees: [] }),
  'settings.get': () => DEFAULT_SETTINGS,
  'settings.update': (patch: Partial<typeof DEFAULT_SETTINGS>) => {
    settingsUpdates++;
    return { ...DEFAULT_SETTINGS, ...patch };
  },
});

async function start(): Promise<BrowserBridge> {
  const rendererDir = path.join(tempDir(), 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Briffio</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  const bridge = await startBrowserBridge({ handlers, rendererDir, token: 'test-token-123' });
  bridges.push(bridge);
  return bridge;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP so tests can send any Host and Origin header, as a hostile page could. */
function request(bridge: BrowserBridge, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${bridge.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const json = { 'Content-Type': 'application/json' };

describe('browser bridge', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', async () => {
    const bridge = await start();
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=test-token-123`);
  });

  it('refuses pages and calls without the token', async () => {
    const bridge = await start();
    expect((await request(bridge, { path: '/' })).status).toBe(401);
    expect((await request(bridge, { path: '/assets/app.js' })).status).toBe(401);
    const call = await request(bridge, { method: 'POST', path: '/api/settings.update', headers: json, body: '{"language":"cy"}' });
    expect(call.status).toBe(401);
    expect((await request(bridge, { path: '/?token=wrong' })).status).toBe(401);
    expect(settingsUpdates).toBe(0);
  });

  it('moves the token into an HttpOnly, SameSite=Strict cookie and serves the app with the CSP', async () => {
    const bridge = await start();
    const first = await request(bridge, { path: '/?token=test-token-123' });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = first.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await request(bridge, { path: '/', headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Briffio</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval|https?:/);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin (another site)', async () => {
    const bridge = await start();
    const token = { 'X-Briffio-Token': bridge.token };
    expect((await request(bridge, { path: '/', headers: { ...token, Host: `evil.example:${bridge.port}` } })).status).toBe(403);
    const foreign = await request(bridge, {
      method: 'POST',
      path: '/api/settings.update',
      headers: { ...token, ...json, Origin: 'http://evil.example' },
      body: '{"language":"cy"}',
    });
    expect(foreign.status).toBe(403);
    expect(settingsUpdates).toBe(0);
  });

  it('serves calls from the handler table as Results, validating input', async () => {
    const bridge = await start();
    const headers = { 'X-Briffio-Token': bridge.token, ...json, Origin: bridge.origin };
    const good = await request(bridge, { method: 'POST', path: '/api/library.get', headers, body: '{}' });
    expect(JSON.parse(good.body)).toEqual({ ok: true, value: { committees: [] } });
    const bad = await request(bridge, { method: 'POST', path: '/api/settings.update', headers, body: '{"language":"fr"}' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const notJson = await request(bridge, { method: 'POST', path: '/api/library.get', headers, body: '{oops' });
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await request(bridge, { method: 'POST', path: '/api/nope', headers, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect((await request(bridge, { method: 'GET', path: '/api/library.get', headers })).status).toBe(405);
    expect(settingsUpdates).toBe(0);
  });

  it('never serves a file outside the renderer folder', async () => {
    const bridge = await start();
    const headers = { 'X-Briffio-Token': bridge.token };
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const reply = await request(bridge, { path: attempt, headers });
      expect([attempt, reply.body]).not.toEqual([attempt, 'secret']);
    }
    expect((await request(bridge, { path: '/assets/app.js', headers })).headers['content-type']).toMatch(/javascript/);
  });
});
