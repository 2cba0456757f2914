import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Options for Briffio's one window, kept pure so tests can assert every security flag
 * (Electron's security checklist) without an Electron binary.
 */
export function mainWindowOptions(
  input: Readonly<{ preloadPath: string; title: string; iconPath?: string }>,
): BrowserWindowConstructorOptions {
  return {
    title: input.title,
    width: 1280,
    height: 800,
    // Below this the two-column report layout stops being readable; the renderer's own
    // breakpoints take over above it.
    minWidth: 800,
    minHeight: 600,
    // Shown on ready-to-show so the councillor never sees a blank white frame flash.
    show: false,
    // Matches the renderer's light background so resizing does not flash a contrasting colour.
    backgroundColor: '#ffffff',
    ...(input.iconPath === undefined ? {} : { icon: input.iconPath }),
    webPreferences: {
      preload: input.preloadPath,
      // The renderer reaches the main process only through the one API the preload exposes.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Chromium's spellchecker downloads dictionaries from Google; Briffio never goes online,
      // and it has no Welsh dictionary anyway.
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}
