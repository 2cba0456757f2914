import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu as a pure template, so tests can check it in both languages without
 * Electron. Every visible label comes from locales/<lang>/menu.json through `t`; built-in roles
 * keep their native behaviour and accelerators but get our label, because Electron's own role
 * labels are English only.
 *
 * Only items that work are listed: a disabled placeholder ("Import… coming soon") is noise for a
 * screen-reader user and a promise the app does not keep.
 */

export interface MenuActions {
  /** Opens the Import screen (#/import) in the window. */
  readonly importReport: () => void;
  /** Opens the folder holding the councillor's database in the system file manager. */
  readonly openDataFolder: () => void;
  /** Shows the About dialog (version and data folder). */
  readonly showAbout: () => void;
}

export interface MenuOptions {
  /** Adds Reload and Developer Tools: useful while building, a way to lose one's place otherwise. */
  readonly development: boolean;
}

/** The product name stays untranslated: it is a name, and macOS shows it as the app menu title. */
export const PRODUCT_NAME = 'Briffio';

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(
  t: (key: string) => string,
  platform: NodeJS.Platform,
  actions: Readonly<MenuActions>,
  options: Readonly<MenuOptions> = { development: false },
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: t('menu.about'), click: () => actions.showAbout() };

  // macOS puts About, Hide and Quit in the app menu named after the app; elsewhere Quit lives in File.
  const appMenu: MenuItemConstructorOptions = {
    label: PRODUCT_NAME,
    submenu: [
      about,
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      separator,
      { role: 'quit', label: t('menu.quit') },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.import'), accelerator: 'CmdOrCtrl+O', click: () => actions.importReport() },
      separator,
      { label: t('menu.openDataFolder'), click: () => actions.openDataFolder() },
      separator,
      mac ? { role: 'close', label: t('menu.closeWindow') } : { role: 'quit', label: t('menu.quit') },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      separator,
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      ...(options.development
        ? ([
            { role: 'reload', label: t('menu.reload') },
            { role: 'toggleDevTools', label: t('menu.toggleDevTools') },
            separator,
          ] satisfies MenuItemConstructorOptions[])
        : []),
      // Zoom matters here: the reports are long, dense tables read by councillors of every age.
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'zoom', label: t('menu.zoom') },
      separator,
      { role: 'front', label: t('menu.bringAllToFront') },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t('menu.help'),
    // On macOS `role: 'help'` puts the system's search field in the menu; About stays reachable
    // from Help on every platform because that is where Windows and Linux users look for it.
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [about],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
