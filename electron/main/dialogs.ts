import type { MessageBoxOptions } from 'electron';
import type { ErrorCode } from '../../shared/result';
import type { Translate } from './main-i18n';

/**
 * Dialog contents as pure functions of a translator, so their wording is tested in both
 * languages and main.ts only shows them.
 */

export function aboutDialogOptions(
  t: Translate,
  info: Readonly<{ version: string; dataDir: string }>,
): MessageBoxOptions {
  return {
    type: 'info',
    title: t('dialog.about.title'),
    message: t('dialog.about.message', { version: info.version }),
    detail: t('dialog.about.detail', { dataDir: info.dataDir }),
    // Button index ABOUT_OPEN_DATA_FOLDER opens the folder named in the detail; Escape means OK.
    buttons: [t('dialog.ok'), t('menu.openDataFolder')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** The About dialog's response that asks to open the data folder. */
export const ABOUT_OPEN_DATA_FOLDER = 1;

/**
 * Shown when the library cannot be opened at start-up. The wording says plainly that the file was
 * left alone, because the worst outcome for a councillor is believing their notes were lost.
 */
export function startupFailureDialogOptions(
  t: Translate,
  failure: Readonly<{ code: ErrorCode | null; message: string }>,
  dataDir: string,
): MessageBoxOptions {
  const message =
    failure.code === 'database_newer'
      ? t('dialog.databaseNewer')
      : failure.code === 'database_corrupt'
        ? t('dialog.databaseCorrupt')
        : t('dialog.startupFailed');
  return {
    type: 'error',
    title: t('dialog.startupTitle'),
    message,
    // The English developer detail goes last, for whoever the councillor asks for help.
    detail: `${t('dialog.dataFolder', { dataDir })}\n\n${failure.message}`,
    buttons: [t('dialog.quit')],
    defaultId: 0,
    noLink: true,
  };
}
