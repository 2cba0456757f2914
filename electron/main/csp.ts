/**
 * The Content-Security-Policy and companion headers for every page Briffio serves.
 *
 * Both hosts import this file: the Electron `app://` protocol handler and the browser-mode HTTP
 * bridge. Keeping one source means the desktop window and the browser tab run the renderer under
 * the very same rules, so a CSP violation found in the (testable) browser run is the one the
 * desktop app would hit. For that reason this file must stay free of any runtime `electron`
 * import: the bridge runs under plain Node.
 */

/**
 * Each directive is listed on its own so a reviewer can see what is allowed and why:
 * - `default-src 'none'`: anything not named below (workers, frames, media, manifests) is refused.
 * - scripts, styles, fonts and fetches only from the app's own origin: Briffio is offline and
 *   private, so no remote origin may ever be contacted, and there is no `unsafe-inline` or
 *   `unsafe-eval` because the bundled renderer needs neither (React sets styles through the CSSOM,
 *   which CSP does not govern).
 * - `img-src data:` because chart and icon code may inline small images as data URLs.
 * - `base-uri`, `form-action`, `frame-ancestors`, `object-src` closed: they are classic injection
 *   and clickjacking vectors, and `frame-ancestors` is not covered by `default-src`.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
];

export function contentSecurityPolicy(): string {
  return DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * Powerful features the app never uses. Denying them in the header means a compromised renderer
 * cannot even ask; the Electron host also refuses every permission request as a second line.
 * Only features Chromium recognises are listed, since unknown ones print console warnings.
 */
const DENIED_FEATURES: readonly string[] = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

export function permissionsPolicy(): string {
  return DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ');
}

/** Headers to add to every response, in either host. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    // Stops the browser guessing a script type for a file we serve as something else.
    'X-Content-Type-Options': 'nosniff',
    // The app has no reason to tell anyone where a request came from (and never makes remote ones).
    'Referrer-Policy': 'no-referrer',
    // Isolates the app's browsing context group and keeps its resources from being embedded
    // cross-origin (relevant in browser mode, where other local pages share the browser).
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': permissionsPolicy(),
  };
}
