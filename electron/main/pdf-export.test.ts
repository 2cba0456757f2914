import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/languages';
import { appRoot } from '../core/app-root';
import { useTempDirs } from '../test-support/temp-dir';
import { createTranslator, loadCatalog } from './main-i18n';
import { isAppUrl, shouldAllowNavigation } from './navigation';
import {
  PRINT_VIEW_PROBE,
  pdfFileName,
  pdfPrintOptions,
  printViewState,
  printViewUrl,
  printWindowOptions,
  savePdfDialogOptions,
  saveQuestionsPdf,
  waitForPrintView,
  writeFileWhole,
  type PdfHost,
  type PrintWindow,
} from './pdf-export';
import { mainWindowOptions } from './window-options';

const tempDir = useTempDirs();
const catalog = loadCatalog(appRoot(), () => undefined);
const translator = (language: Language) =>
  createTranslator(catalog, language, (message) => {
    throw new Error(message);
  });

describe('pdfPrintOptions', () => {
  it('prints A4 portrait with margins and backgrounds, no browser header or footer', () => {
    const options = pdfPrintOptions();
    expect(options).toMatchObject({ pageSize: 'A4', landscape: false, printBackground: true, displayHeaderFooter: false, preferCSSPageSize: false });
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      // Inches: between 10 and 25 mm.
      expect(options.margins?.[side]).toBeGreaterThanOrEqual(0.4);
      expect(options.margins?.[side]).toBeLessThanOrEqual(1);
    }
  });
});

describe('printViewUrl', () => {
  it("is the app's own print route for the meeting, with the list's language", () => {
    expect(printViewUrl(12, 'cy')).toBe('app://briffio/index.html?lang=cy#/meetings/12/print');
    expect(printViewUrl(3, 'en')).toBe('app://briffio/index.html?lang=en#/meetings/3/print');
    expect(isAppUrl(printViewUrl(12, 'cy'))).toBe(true);
    expect(shouldAllowNavigation(printViewUrl(12, 'cy'))).toBe(true);
  });

  it('refuses anything but a meeting id', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => printViewUrl(bad, 'en')).toThrow(RangeError);
  });
});

describe('printWindowOptions', () => {
  it('keeps every security option of the main window and is never shown', () => {
    const input = { preloadPath: '/app/build/electron/preload.cjs', title: 'Briffio' };
    const options = printWindowOptions(input);
    expect(options.webPreferences).toEqual(mainWindowOptions(input).webPreferences);
    expect(options.show).toBe(false);
    expect(options.skipTaskbar).toBe(true);
  });
});

describe('printViewState', () => {
  const ready = { state: 'ready', lang: 'cy', fonts: 'loaded' };
  it('is ready when the list is shown in the language asked for and the fonts have loaded', () => {
    expect(printViewState(ready, 'cy')).toBe('ready');
  });
  it('waits while the list loads, the fonts load, the page is in another language, or before the app has started', () => {
    expect(printViewState({ ...ready, state: 'loading' }, 'cy')).toBe('pending');
    expect(printViewState({ ...ready, fonts: 'loading' }, 'cy')).toBe('pending');
    expect(printViewState(ready, 'en')).toBe('pending');
    expect(printViewState({ state: null, lang: '', fonts: 'loaded' }, 'cy')).toBe('pending');
    expect(printViewState(undefined, 'cy')).toBe('pending');
    expect(printViewState('ready', 'cy')).toBe('pending');
  });
  it('reports a list that could not be shown', () => {
    expect(printViewState({ ...ready, state: 'failed' }, 'cy')).toBe('failed');
  });
  it('asks the page only for what it reads, without changing it', () => {
    expect(PRINT_VIEW_PROBE).toContain('data-print-state');
    expect(PRINT_VIEW_PROBE).not.toMatch(/\.(set|remove)Attribute|innerHTML|textContent\s*=|\.click\(|print\(/);
  });
});

describe('waitForPrintView', () => {
  function answers(...values: unknown[]) {
    const asked: number[] = [];
    return {
      asked,
      probe: async () => {
        asked.push(asked.length);
        return values[Math.min(asked.length - 1, values.length - 1)];
      },
    };
  }
  const pause = async () => undefined;

  it('returns once the page is ready', async () => {
    const page = answers(null, { state: 'loading', lang: 'en', fonts: 'loaded' }, { state: 'ready', lang: 'en', fonts: 'loaded' });
    await waitForPrintView({ probe: page.probe, pause, language: 'en' });
    expect(page.asked).toHaveLength(3);
  });

  it('fails when the page shows a failure', async () => {
    const page = answers({ state: 'failed', lang: 'en', fonts: 'loaded' });
    await expect(waitForPrintView({ probe: page.probe, pause, language: 'en' })).rejects.toThrow(/could not show the list/);
  });

  it('gives up when the page never becomes ready', async () => {
    const page = answers({ state: 'loading', lang: 'en', fonts: 'loaded' });
    await expect(waitForPrintView({ probe: page.probe, pause, language: 'en', attempts: 5 })).rejects.toThrow(/not ready after 5 checks/);
    expect(page.asked).toHaveLength(5);
  });
});

describe('pdfFileName', () => {
  it('adds .pdf to the translated name', () => {
    expect(pdfFileName('questions-2018-01-16')).toBe('questions-2018-01-16.pdf');
    expect(pdfFileName('cwestiynau-2018-01-16')).toBe('cwestiynau-2018-01-16.pdf');
    expect(pdfFileName('list.PDF')).toBe('list.PDF');
  });
  it('keeps Welsh letters and makes names safe on every system', () => {
    expect(pdfFileName('cwestiynau ŵ ŷ â')).toBe('cwestiynau ŵ ŷ â.pdf');
    expect(pdfFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j.pdf');
    expect(pdfFileName('..hidden. ')).toBe('hidden.pdf');
    expect(pdfFileName('a\u0007b\nc')).toBe('a-b-c.pdf');
    expect(pdfFileName('   ')).toBe('briffio.pdf');
    expect(pdfFileName('CON')).toBe('briffio.pdf');
    expect(pdfFileName('x'.repeat(300))).toHaveLength(124);
  });
});

describe('savePdfDialogOptions', () => {
  it.each(['en', 'cy'] as const)('is written in %s, offers PDF files and confirms before replacing one', (language) => {
    const options = savePdfDialogOptions(translator(language), '/home/me/Documents/q.pdf');
    expect(options.defaultPath).toBe('/home/me/Documents/q.pdf');
    expect(options.filters).toEqual([{ name: expect.any(String), extensions: ['pdf'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
    for (const text of [options.title, options.buttonLabel, options.filters?.[0]?.name]) expect(text?.trim()).toBeTruthy();
  });
  it('says different things in Welsh', () => {
    expect(savePdfDialogOptions(translator('cy'), 'x').title).not.toBe(savePdfDialogOptions(translator('en'), 'x').title);
  });
});

describe('saveQuestionsPdf', () => {
  const PDF = new TextEncoder().encode('%PDF-1.7\n');

  function fakeHost(choice: string | null, overrides: { printToPdf?: () => Promise<Uint8Array>; writeFile?: PdfHost['writeFile'] } = {}) {
    const events: string[] = [];
    const dialogs: SaveDialogOptions[] = [];
    const written: { file: string; data: Uint8Array }[] = [];
    const printed: PrintToPDFOptions[] = [];
    const window: PrintWindow = {
      load: async (url) => void events.push(`load ${url}`),
      evaluate: async () => ({ state: 'ready', lang: url().includes('lang=cy') ? 'cy' : 'en', fonts: 'loaded' }),
      printToPdf: async (options) => {
        printed.push(options);
        events.push('print');
        return overrides.printToPdf ? overrides.printToPdf() : PDF;
      },
      close: () => void events.push('close'),
    };
    const url = () => events.find((event) => event.startsWith('load '))?.slice(5) ?? '';
    const host: PdfHost = {
      translator,
      defaultFolder: () => '/home/me/Documents',
      askWhereToSave: async (options) => {
        dialogs.push(options);
        events.push('dialog');
        return choice;
      },
      openPrintWindow: () => {
        events.push('open');
        return window;
      },
      pause: async () => undefined,
      writeFile:
        overrides.writeFile ??
        (async (file, data) => {
          written.push({ file, data });
          events.push('write');
        }),
    };
    return { host, events, dialogs, written, printed };
  }

  it('asks where to save, renders the print view in the language asked for, writes the PDF and closes the window', async () => {
    const fake = fakeHost('/home/me/Documents/cwestiynau.pdf');
    expect(await saveQuestionsPdf(fake.host, { meetingId: 7, language: 'cy', suggestedName: 'cwestiynau-2018-01-16' })).toEqual({
      saved: true,
      fileName: 'cwestiynau.pdf',
    });
    expect(fake.events).toEqual(['dialog', 'open', 'load app://briffio/index.html?lang=cy#/meetings/7/print', 'print', 'write', 'close']);
    expect(fake.dialogs[0]).toMatchObject({ defaultPath: path.join('/home/me/Documents', 'cwestiynau-2018-01-16.pdf'), title: translator('cy')('dialog.savePdf.title') });
    expect(fake.printed).toEqual([pdfPrintOptions()]);
    expect(fake.written).toEqual([{ file: '/home/me/Documents/cwestiynau.pdf', data: PDF }]);
  });

  it('adds .pdf when the dialog gave a name without it', async () => {
    const fake = fakeHost('/home/me/questions');
    expect(await saveQuestionsPdf(fake.host, { meetingId: 7, language: 'en', suggestedName: 'questions-2018-01-16' })).toEqual({ saved: true, fileName: 'questions.pdf' });
    expect(fake.written[0]?.file).toBe('/home/me/questions.pdf');
  });

  it('opens no window and writes nothing when the councillor cancels', async () => {
    const fake = fakeHost(null);
    expect(await saveQuestionsPdf(fake.host, { meetingId: 7, language: 'en', suggestedName: 'questions-2018-01-16' })).toEqual({ saved: false });
    expect(fake.events).toEqual(['dialog']);
  });

  it('closes the window and passes the failure on when printing or writing fails', async () => {
    const printing = fakeHost('/tmp/q.pdf', { printToPdf: () => Promise.reject(new Error('printing failed')) });
    await expect(saveQuestionsPdf(printing.host, { meetingId: 7, language: 'en', suggestedName: 'q' })).rejects.toThrow('printing failed');
    expect(printing.events.at(-1)).toBe('close');
    expect(printing.written).toEqual([]);

    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const writing = fakeHost('/tmp/q.pdf', { writeFile: () => Promise.reject(full) });
    await expect(saveQuestionsPdf(writing.host, { meetingId: 7, language: 'en', suggestedName: 'q' })).rejects.toBe(full);
    expect(writing.events.at(-1)).toBe('close');
  });
});

describe('writeFileWhole', () => {
  it('writes the file and leaves nothing else behind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'questions.pdf');
    await writeFileWhole(file, new TextEncoder().encode('%PDF-new'));
    expect(readFileSync(file, 'utf8')).toBe('%PDF-new');
    expect(readdirSync(dir)).toEqual(['questions.pdf']);
  });

  it('replaces an older file; a write that cannot happen leaves nothing behind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'questions.pdf');
    writeFileSync(file, '%PDF-old');
    await writeFileWhole(file, new TextEncoder().encode('%PDF-new'));
    expect(readFileSync(file, 'utf8')).toBe('%PDF-new');
    await expect(writeFileWhole(path.join(dir, 'missing-folder', 'q.pdf'), new Uint8Array([1]))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(path.join(dir, 'missing-folder'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['questions.pdf']);
  });
});
