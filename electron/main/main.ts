import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../shared/languages';
import { AppFailure } from '../../shared/result';
import { appRoot } from '../core/app-root';
import { resolveDataDir } from '../core/data-dir';
import { openCore, type BriffioCore } from '../core/open-core';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { ABOUT_OPEN_DATA_FOLDER, aboutDialogOptions, startupFailureDialogOptions } from './dialogs';
import { registerIpcHandlers } from './ipc-host';
import { createTranslator, languageFromSystem, loadCatalog, type Translate } from './main-i18n';
import { menuTemplate } from './menu';
import { APP_START_URL, permissionDecision, shouldAllowNavigation, shouldAllowRequest, windowOpenDecision } from './navigation';
import { filesToOpen, importJobUrl } from './open-files';
import { PRINT_VIEW_PAUSE_MS, printWindowOptions, saveQuestionsPdf, writeFileWhole, type PdfHost, type PrintWindow } from './pdf-export';
import { mainWindowOptions } from './window-options';

/**
 * Briffio's main process: a thin lifecycle adapter. Everything with a decision in it lives in a
 * pure module beside this one (window options, CSP, navigation policy, sender check, menu), where
 * it is unit-tested; this file only connects those answers to Electron's events.
 */

// Both must happen before `ready`: the sandbox applies to every renderer Electron creates, and
// privileged schemes cannot be registered later.
app.enableSandbox();
registerAppScheme(protocol);

// One library, one writer: a second copy would open the same SQLite file from another process.
// It hands over to the running one (which comes to the front) and exits.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  const root = appRoot();
  const catalog = loadCatalog(root);
  const version = readVersion(root);
  // `app.isPackaged` is false when run from source (`npm start`): only then offer Reload and DevTools.
  const development = !app.isPackaged;
  const ourWebContents = new Set<number>();
  let core: BriffioCore | null = null;
  let mainWindow: BrowserWindow | null = null;
  let language: Language = 'en';
  let t: Translate = createTranslator(catalog, language);

  // A file the operating system asked us to open before the library was ready (macOS sends
  // `open-file` before `ready` when a double-click launches Briffio); opened with the window.
  let waitingFile: string | null = null;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // Another launch (a second double-click on a .briffio file) hands over its command line.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = launchFiles(argv, workingDirectory);
    if (files.length > 0) {
      openFromOs(files);
      return;
    }
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS: a file opened from the Finder or dropped on the Dock icon, at launch or later.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFromOs([filePath]);
  });
  // macOS apps stay open without windows and reopen one from the Dock; elsewhere closing the
  // window is quitting.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core !== null && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => {
    // Closing checkpoints the WAL so the library is one tidy file when the app is not running.
    core?.close();
    core = null;
  });

  void app.whenReady().then(() => {
    const dataDir = resolveDataDir({ argv: process.argv, env: process.env, defaultDir: app.getPath('userData') });
    try {
      core = openCore({
        dataDir,
        appRoot: root,
        version,
        host: 'electron',
        openFolder: openInFileManager,
        printToPdf: (request) => saveQuestionsPdf(pdfHost, request),
      });
    } catch (error) {
      showStartupFailure(error, dataDir);
      return;
    }
    const opened = core;
    lockDownSession();
    handleAppProtocol(protocol, path.join(root, 'dist', 'renderer'));
    registerIpcHandlers(ipcMain, opened.handlers, (contents) => ourWebContents.has(contents.id));
    applyLanguage(opened.getSettings().language);
    opened.onSettingsChanged((settings) => {
      if (settings.language !== language) applyLanguage(settings.language);
    });
    // Launched by opening a file (Windows and Linux name it on the command line): the window
    // opens on that import instead of the library.
    const file = waitingFile ?? launchFiles(process.argv, process.cwd())[0] ?? null;
    waitingFile = null;
    createWindow(file === null ? APP_START_URL : importJobUrl(opened.importFromPath(file)));
  });

  /** The files a command line asks Briffio to open (see open-files.ts). */
  function launchFiles(argv: readonly string[], cwd: string): string[] {
    return filesToOpen({ argv, cwd, defaultApp: process.defaultApp === true, platform: process.platform });
  }

  /**
   * Imports a file the operating system handed us and shows its progress and review screen. Only
   * paths from the OS come here (argv, second-instance, open-file): the page has no way to name
   * one. One review screen at a time, so of several files only the first is opened.
   */
  function openFromOs(files: readonly string[]): void {
    const [file, ...others] = files;
    if (file === undefined) return;
    if (others.length > 0) console.warn(`briffio: opening ${file}; one file at a time, so not ${others.join(', ')}`);
    if (core === null) {
      waitingFile = file;
      return;
    }
    const url = importJobUrl(core.importFromPath(file));
    if (mainWindow === null) {
      // macOS keeps running without a window.
      createWindow(url);
      return;
    }
    const window = mainWindow;
    if (window.isMinimized()) window.restore();
    // A fragment change within the app's own page: the renderer's router shows the import.
    window.loadURL(url).catch((error: unknown) => {
      console.error(`briffio: could not show the import of ${file}: ${error instanceof Error ? error.message : String(error)}`);
    });
    window.focus();
  }

  /** HandlerDeps.printToPdf's Electron parts: the save dialog, a hidden print window, the file. */
  const pdfHost: PdfHost = {
    translator: (next) => createTranslator(catalog, next),
    defaultFolder: () => {
      try {
        return app.getPath('documents');
      } catch {
        // Some Linux desktops have no Documents folder.
        return app.getPath('home');
      }
    },
    askWhereToSave: async (options) => {
      const { canceled, filePath } = mainWindow === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(mainWindow, options);
      return canceled || !filePath ? null : filePath;
    },
    openPrintWindow,
    pause: () => new Promise((resolve) => setTimeout(resolve, PRINT_VIEW_PAUSE_MS)),
    writeFile: writeFileWhole,
  };

  /**
   * A hidden window on the app's own page, trusted like the main one (its print view reads the
   * list through the same preload API) and forgotten when it closes.
   */
  function openPrintWindow(): PrintWindow {
    const window = new BrowserWindow(printWindowOptions({ preloadPath: path.join(__dirname, 'preload.cjs'), title: t('common:app.title') }));
    const contentsId = window.webContents.id;
    ourWebContents.add(contentsId);
    window.webContents.once('destroyed', () => ourWebContents.delete(contentsId));
    return {
      load: (url) => window.loadURL(url),
      evaluate: (script) => window.webContents.executeJavaScript(script),
      printToPdf: (options) => window.webContents.printToPDF(options),
      close: () => {
        if (!window.isDestroyed()) window.destroy();
      },
    };
  }

  function showStartupFailure(error: unknown, dataDir: string): void {
    // The settings live in the database we could not open, so the OS language is the best guess.
    const failureT = createTranslator(catalog, languageFromSystem(app.getPreferredSystemLanguages()));
    const failure =
      error instanceof AppFailure
        ? { code: error.code, message: error.message }
        : { code: null, message: error instanceof Error ? error.message : String(error) };
    console.error(`briffio: cannot open the library in ${dataDir}: ${failure.message}`);
    dialog.showMessageBoxSync(startupFailureDialogOptions(failureT, failure, dataDir));
    // exit rather than quit: nothing was opened, and no handler may go near the file on the way out.
    app.exit(1);
  }

  function createWindow(startUrl: string = APP_START_URL): void {
    // Linux takes the window icon from here; Windows and macOS use the one built into the app.
    const iconPath = path.join(root, 'assets', 'icons', 'png', '512x512.png');
    const window = new BrowserWindow(
      mainWindowOptions({
        preloadPath: path.join(__dirname, 'preload.cjs'),
        title: t('common:app.title'),
        ...(existsSync(iconPath) ? { iconPath } : {}),
      }),
    );
    const contentsId = window.webContents.id;
    ourWebContents.add(contentsId);
    window.webContents.once('destroyed', () => ourWebContents.delete(contentsId));
    // The page's <title> is not translated by us and would overwrite the window title.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
    window.loadURL(startUrl).catch((error: unknown) => {
      console.error(`briffio: could not load ${startUrl}: ${error instanceof Error ? error.message : String(error)}`);
      // Show the window anyway, so a broken build is an error page rather than an invisible process.
      if (!window.isDestroyed()) window.show();
    });
  }

  /** Title and menu follow the language chosen in the renderer (saved in settings). */
  function applyLanguage(next: Language): void {
    language = next;
    t = createTranslator(catalog, next);
    const actions = {
      // A fragment change within the app's own page: the renderer's router shows the Import screen.
      importReport: () => {
        if (mainWindow === null) return;
        void mainWindow.loadURL(`${APP_START_URL}#/import`);
        mainWindow.focus();
      },
      openDataFolder: () => {
        if (core === null) return;
        // The data folder comes from our own argv/env/default, never from the page.
        const { dataDir } = core;
        openInFileManager(dataDir).catch((error: unknown) => {
          console.warn(`briffio: could not open ${dataDir}: ${error instanceof Error ? error.message : String(error)}`);
        });
      },
      showAbout: () => {
        if (core === null) return;
        const options = aboutDialogOptions(t, { version, dataDir: core.dataDir });
        void (mainWindow === null ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options)).then(({ response }) => {
          if (response === ABOUT_OPEN_DATA_FOLDER) actions.openDataFolder();
        });
      },
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, process.platform, actions, { development })));
    mainWindow?.setTitle(t('common:app.title'));
  }

  function isTrustedContents(contents: WebContents): boolean {
    return ourWebContents.has(contents.id);
  }

  function lockDownSession(): void {
    const defaultSession = session.defaultSession;
    defaultSession.setPermissionRequestHandler((contents, permission, callback, details) =>
      callback(isTrustedContents(contents) && permissionDecision(permission, details.requestingUrl)),
    );
    defaultSession.setPermissionCheckHandler((contents, permission, requestingOrigin) =>
      contents !== null && isTrustedContents(contents) && permissionDecision(permission, requestingOrigin),
    );
    defaultSession.setDevicePermissionHandler(() => false);
    // Briffio never goes online: refuse every request that is not for the app itself, whatever
    // asks for it (the page, a font, DevTools, Chromium's own components).
    defaultSession.webRequest.onBeforeRequest((details, callback) => {
      const allowed = shouldAllowRequest(details.url);
      if (!allowed) console.warn(`briffio: blocked a request to ${details.url}`);
      callback({ cancel: !allowed });
    });
  }
}

/** HandlerDeps.openFolder for the desktop app: Electron's shell answers '' or the reason it failed. */
async function openInFileManager(folder: string): Promise<void> {
  const problem = await shell.openPath(folder);
  if (problem !== '') throw new Error(problem);
}

/**
 * Applied to every webContents Electron creates, not only our window, so nothing (a future
 * dialog, DevTools) escapes the policy.
 */
function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => windowOpenDecision());
  contents.on('will-navigate', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * From package.json rather than `app.getVersion()`: launched as `electron build/electron/main.cjs`
 * (as the e2e tests do) Electron reports its own version instead of ours.
 */
function readVersion(root: string): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown };
    if (typeof pkg.version === 'string') return pkg.version;
  } catch {
    // fall through to Electron's idea of the version
  }
  return app.getVersion();
}
