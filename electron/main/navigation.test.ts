import { describe, expect, it } from 'vitest';
import {
  APP_START_URL,
  isAppUrl,
  permissionDecision,
  shouldAllowNavigation,
  shouldAllowRequest,
  windowOpenDecision,
} from './navigation';

const FOREIGN = [
  'https://example.com/',
  'http://briffio/index.html',
  'http://127.0.0.1:4000/',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://briffio.evil.example/index.html',
  'app://briffio:8080/index.html',
  'app://user:pass@briffio/index.html',
  'javascript:alert(1)',
  'about:blank',
  'chrome://settings',
  'not a url',
  '',
];

describe('isAppUrl', () => {
  it('accepts the app start page and its routes', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://briffio/report/12?lang=cy#para-21')).toBe(true);
    expect(isAppUrl('app://briffio')).toBe(true);
  });

  it.each(FOREIGN)('refuses %j', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('shouldAllowNavigation', () => {
  it('allows moving within the app', () => expect(shouldAllowNavigation('app://briffio/index.html#/report/3')).toBe(true));
  it.each(FOREIGN)('refuses navigating to %j', (url) => expect(shouldAllowNavigation(url)).toBe(false));
  it('refuses DevTools and data URLs as page navigations', () => {
    expect(shouldAllowNavigation('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(shouldAllowNavigation('data:text/html,<script>alert(1)</script>')).toBe(false);
  });
});

describe('shouldAllowRequest (no network ever)', () => {
  it('lets the app load its own files', () => expect(shouldAllowRequest('app://briffio/assets/index.js')).toBe(true));
  it('lets DevTools load its own frontend', () => expect(shouldAllowRequest('devtools://devtools/bundled/devtools_app.html')).toBe(true));
  it('lets in-memory data and blob URLs through', () => {
    expect(shouldAllowRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(shouldAllowRequest('blob:app://briffio/0f9e5c4a')).toBe(true);
  });
  it.each(['https://fonts.googleapis.com/css', 'http://localhost:5173/', 'wss://example.com/', 'ftp://example.com/', 'file:///etc/hosts', 'app://other/x'])(
    'cancels %j',
    (url) => expect(shouldAllowRequest(url)).toBe(false),
  );
});

describe('window.open and permissions', () => {
  it('never opens a new window', () => expect(windowOpenDecision()).toEqual({ action: 'deny' }));

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'refuses %s, even to the app itself',
    (permission) => expect(permissionDecision(permission, APP_START_URL)).toBe(false),
  );

  it('allows a sanitized clipboard write only from the app, so copy buttons work', () => {
    expect(permissionDecision('clipboard-sanitized-write', 'app://briffio')).toBe(true);
    expect(permissionDecision('clipboard-sanitized-write', 'https://example.com')).toBe(false);
    expect(permissionDecision('clipboard-sanitized-write', '')).toBe(false);
  });
});
