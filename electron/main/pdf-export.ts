import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import type { Language } from '../../shared/languages';
import type { QuestionPdfSaved } from '../../shared/question-contract';
import type { PdfRequest } from '../services/handler-deps';
import type { Translate } from './main-i18n';
import { APP_START_URL } from './navigation';
import { mainWindowOptions } from './window-options';

/**
 * Saving a question list as a PDF in the desktop app (questions.savePdf → HandlerDeps.printToPdf).
 * The list is not typeset twice: a hidden window with the main window's security options loads
 * the app's own print view (#/meetings/<id>/print, the page the print stylesheet was written for),
 * waits until it says it is ready, and Chromium prints it to PDF. Every decision is a pure
 * function here, and the sequence takes its Electron parts as arguments (`PdfHost`), so all of it
 * is unit-tested under plain Node; main.ts only supplies the window, the dialog and the clock.
 */

/** A4 portrait with ~15 mm margins, backgrounds kept (the print stylesheet decides what shows). */
export function pdfPrintOptions(): PrintToPDFOptions {
  const margin = 0.6; // inches
  return {
    pageSize: 'A4',
    landscape: false,
    printBackground: true,
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    displayHeaderFooter: false,
    // The page's own @page size (if a stylesheet ever sets one) must not override A4.
    preferCSSPageSize: false,
    // Headings and lists tagged, so a screen reader can read the PDF as it reads the screen.
    generateTaggedPDF: true,
  };
}

/**
 * The print view for one meeting with its words in `language`: `?lang=` makes the page use that
 * language without saving it as a setting (renderer/src/text/languageOverride.ts), so the PDF is
 * in the language asked for even if the setting differs. The hash route is the renderer's
 * questionsPrintHref (renderer/src/routing/route.ts).
 */
export function printViewUrl(meetingId: number, language: Language): string {
  if (!Number.isSafeInteger(meetingId) || meetingId < 1) throw new RangeError(`printViewUrl: not a meeting id: ${meetingId}`);
  return `${APP_START_URL}?lang=${language}#/meetings/${meetingId}/print`;
}

/** The hidden window that renders the print view: the main window's options, never shown. */
export function printWindowOptions(input: Readonly<{ preloadPath: string; title: string }>): BrowserWindowConstructorOptions {
  // The page is laid out for print (A4) when printed, whatever the window's size; it paints while hidden.
  return { ...mainWindowOptions(input), show: false, paintWhenInitiallyHidden: true, skipTaskbar: true };
}

/**
 * Run in the print view (webContents.executeJavaScript) to ask whether it is ready: the screen's
 * `data-print-state` (loading, ready or failed; QuestionPrintScreen sets it), the page's language,
 * and whether its fonts have loaded. Only reads the page.
 */
export const PRINT_VIEW_PROBE = `(() => {
  const view = document.querySelector('[data-print-state]');
  return {
    state: view === null ? null : view.getAttribute('data-print-state'),
    lang: document.documentElement.lang,
    fonts: document.fonts === undefined ? 'loaded' : document.fonts.status,
  };
})()`;

export type PrintViewState = 'pending' | 'ready' | 'failed';

/** Reads PRINT_VIEW_PROBE's answer: ready only when the list is shown, in `language`, fonts loaded. */
export function printViewState(probe: unknown, language: Language): PrintViewState {
  if (typeof probe !== 'object' || probe === null) return 'pending';
  const { state, lang, fonts } = probe as { state?: unknown; lang?: unknown; fonts?: unknown };
  if (state === 'failed') return 'failed';
  return state === 'ready' && lang === language && fonts === 'loaded' ? 'ready' : 'pending';
}

/** How many times the print view is asked before giving up (with PRINT_VIEW_PAUSE_MS between: 30 s). */
export const PRINT_VIEW_ATTEMPTS = 300;
export const PRINT_VIEW_PAUSE_MS = 100;

/**
 * Asks the page until it is ready. Throws when it shows a failure (the list could not be read) or
 * never becomes ready, so the councillor is told rather than given a PDF of a spinner.
 */
export async function waitForPrintView(
  input: Readonly<{ probe: () => Promise<unknown>; pause: () => Promise<void>; language: Language; attempts?: number }>,
): Promise<void> {
  const attempts = input.attempts ?? PRINT_VIEW_ATTEMPTS;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const state = printViewState(await input.probe(), input.language);
    if (state === 'ready') return;
    if (state === 'failed') throw new Error('printToPdf: the print view could not show the list');
    if (attempt < attempts) await input.pause();
  }
  throw new Error(`printToPdf: the print view was not ready after ${attempts} checks`);
}

/**
 * The file name offered in the save dialog: the translated name ("cwestiynau-2018-01-16") made
 * safe on Windows, macOS and Linux, with `.pdf`.
 */
export function pdfFileName(suggested: string): string {
  const safe = [...suggested]
    // Control characters, and the characters Windows reserves (and / everywhere).
    .map((char) => (char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127 || '<>:"/\\|?*'.includes(char) ? '-' : char))
    .join('')
    .replace(/\s+/g, ' ')
    // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  const base = safe === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(safe) ? 'briffio' : safe;
  return withPdfExtension(base);
}

/** Adds `.pdf` unless the name has it already (a Linux save dialog may not add it). */
export function withPdfExtension(file: string): string {
  return /\.pdf$/i.test(file) ? file : `${file}.pdf`;
}

/** The save dialog, in the language of the list; the default place is `defaultPath`. */
export function savePdfDialogOptions(t: Translate, defaultPath: string): SaveDialogOptions {
  return {
    title: t('dialog.savePdf.title'),
    buttonLabel: t('dialog.savePdf.button'),
    defaultPath,
    filters: [{ name: t('dialog.savePdf.filter'), extensions: ['pdf'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/** The hidden window, as the sequence needs it (main.ts adapts a BrowserWindow). */
export interface PrintWindow {
  load(url: string): Promise<void>;
  /** Runs a read-only script in the page (executeJavaScript) and answers its value. */
  evaluate(script: string): Promise<unknown>;
  printToPdf(options: PrintToPDFOptions): Promise<Uint8Array>;
  /** Closes the window; safe to call when it is already gone. */
  close(): void;
}

/** What saving a PDF needs from the desktop app; tests pass fakes. */
export interface PdfHost {
  /** Translations for the save dialog in a language. */
  readonly translator: (language: Language) => Translate;
  /** Where the save dialog starts (the councillor's Documents folder). */
  readonly defaultFolder: () => string;
  /** Shows the save dialog; the chosen path, or null when cancelled. */
  readonly askWhereToSave: (options: SaveDialogOptions) => Promise<string | null>;
  readonly openPrintWindow: () => PrintWindow;
  /** Waits between two checks of the print view. */
  readonly pause: () => Promise<void>;
  readonly writeFile: (file: string, data: Uint8Array) => Promise<void>;
}

/**
 * Asks where to save first (so Cancel costs nothing and opens no window), then renders the print
 * view in a hidden window, prints it to PDF and writes the file whole. The window is closed
 * whatever happens. Errors keep their codes (ENOSPC, EACCES) so the page can explain them.
 */
export async function saveQuestionsPdf(host: PdfHost, request: PdfRequest): Promise<QuestionPdfSaved> {
  const t = host.translator(request.language);
  const chosen = await host.askWhereToSave(savePdfDialogOptions(t, path.join(host.defaultFolder(), pdfFileName(request.suggestedName))));
  if (chosen === null || chosen.trim() === '') return { saved: false };
  const target = withPdfExtension(chosen);
  const window = host.openPrintWindow();
  try {
    await window.load(printViewUrl(request.meetingId, request.language));
    await waitForPrintView({ probe: () => window.evaluate(PRINT_VIEW_PROBE), pause: host.pause, language: request.language });
    const data = await window.printToPdf(pdfPrintOptions());
    await host.writeFile(target, data);
  } finally {
    window.close();
  }
  return { saved: true, fileName: path.basename(target) };
}

/**
 * Writes the file whole or not at all: into a temporary file beside it, flushed, then renamed over
 * the chosen name, so a full disk never leaves a half-written PDF in place of an older one.
 */
export async function writeFileWhole(file: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
