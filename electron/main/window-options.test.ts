import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options';

const options = mainWindowOptions({ preloadPath: '/app/build/electron/preload.cjs', title: 'Briffio' });
const web = options.webPreferences ?? {};

describe('mainWindowOptions', () => {
  it('isolates the page from the preload', () => expect(web.contextIsolation).toBe(true));
  it('sandboxes the renderer', () => expect(web.sandbox).toBe(true));
  it('gives the page no Node', () => expect(web.nodeIntegration).toBe(false));
  it('gives workers no Node', () => expect(web.nodeIntegrationInWorker).toBe(false));
  it('gives sub-frames no Node', () => expect(web.nodeIntegrationInSubFrames).toBe(false));
  it('disables <webview>', () => expect(web.webviewTag).toBe(false));
  it('keeps web security on', () => expect(web.webSecurity).toBe(true));
  it('refuses insecure content', () => expect(web.allowRunningInsecureContent).toBe(false));
  it('turns off the spellchecker, which would download dictionaries', () => expect(web.spellcheck).toBe(false));
  it('does not navigate to a file dropped on the window', () => expect(web.navigateOnDragDrop).toBe(false));

  it('loads the given preload and nothing else', () => {
    expect(web.preload).toBe('/app/build/electron/preload.cjs');
  });

  it('opens hidden and at a readable size, with a floor for the layout', () => {
    expect(options).toMatchObject({ show: false, width: 1280, height: 800, minWidth: 800, minHeight: 600, title: 'Briffio' });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('sets the icon only when one is given', () => {
    expect(options).not.toHaveProperty('icon');
    expect(mainWindowOptions({ preloadPath: 'p', title: 't', iconPath: '/app/assets/icon.png' }).icon).toBe('/app/assets/icon.png');
  });
});
