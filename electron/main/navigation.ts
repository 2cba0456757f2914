/**
 * Where the app's windows may go and what they may ask for. Pure so the policy is tested on its
 * own; main.ts only wires these answers to Electron's events.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'briffio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for `app://briffio/...`: the renderer bundle served by our protocol handler. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    // Chromium lower-cases hosts of standard schemes; Node's URL does not, so compare likewise.
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    // Credentials in a URL are never legitimate here and have been used to disguise hosts.
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * A top-level navigation or redirect is allowed only within the app's own origin. Anything else
 * (a link in report text, a drag-and-dropped file, a redirect) would replace the trusted page with
 * one that still holds the preload API, so it is refused rather than opened.
 */
export function shouldAllowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * The network filter: Briffio never goes online, so every request is cancelled unless it is for
 * the app's own files, DevTools' own frontend (development only in practice), or an in-memory
 * `data:`/`blob:` URL (data images are allowed by the CSP; a blob may back a file the councillor
 * saves). Neither of those ever reaches the network.
 */
export function shouldAllowRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parse(url);
  return parsed !== null && ['devtools:', 'data:', 'blob:'].includes(parsed.protocol);
}

/** `window.open` and `target=_blank` never create a window: there is nothing legitimate to open. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Camera, microphone, notifications, geolocation…: Briffio needs none of them, so every permission
 * is refused — with one exception. Chromium gates `navigator.clipboard.writeText` (the renderer's
 * "copy" buttons, e.g. copying a cited paragraph) behind the `clipboard-sanitized-write`
 * permission, and refusing it makes those buttons fail silently. Sanitized writes only put text
 * on the clipboard and need a user gesture, so they are allowed for the app's own page and
 * nothing else; reading the clipboard stays refused.
 */
export function permissionDecision(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}
