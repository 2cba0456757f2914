import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy();
  const parsed = directives(policy);

  it("refuses everything by default (default-src 'none')", () => {
    expect(parsed.get('default-src')).toEqual(["'none'"]);
  });

  it('names no remote origin, wildcard or scheme-wide source', () => {
    expect(policy).not.toMatch(/http/i);
    expect(policy).not.toMatch(/ws:|wss:/i);
    expect(policy).not.toContain('*');
    for (const values of parsed.values()) {
      for (const value of values) expect(["'self'", "'none'", 'data:']).toContain(value);
    }
  });

  it('allows neither eval nor inline code', () => {
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-hashes');
    expect(policy).not.toContain('wasm-unsafe-eval');
  });

  it('loads scripts, styles, fonts and data only from the app itself', () => {
    for (const name of ['script-src', 'style-src', 'font-src', 'connect-src']) expect(parsed.get(name)).toEqual(["'self'"]);
    expect(parsed.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('closes base-uri, form-action, frame-ancestors and object-src', () => {
    for (const name of ['base-uri', 'form-action', 'frame-ancestors', 'object-src']) expect(parsed.get(name)).toEqual(["'none'"]);
  });

  it('lists each directive once', () => {
    expect(parsed.size).toBe(policy.split(';').length);
  });
});

describe('securityHeaders', () => {
  const headers = securityHeaders();

  it('carries the same CSP', () => expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy()));

  it('sets the companion headers', () => {
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });

  it('denies camera, microphone and geolocation to every origin', () => {
    const policy = headers['Permissions-Policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'usb', 'payment']) expect(policy).toContain(`${feature}=()`);
    expect(policy).not.toMatch(/=\((?!\))/); // every allow-list is empty
  });

  it('returns a fresh object each time, so one host cannot change the other’s headers', () => {
    const first = securityHeaders();
    first['X-Content-Type-Options'] = 'changed';
    expect(securityHeaders()['X-Content-Type-Options']).toBe('nosniff');
  });
});
