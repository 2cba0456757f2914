import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { PACK_EXTENSION, PACK_MIME_TYPE, parseDesktopEntry } from '../electron-builder.config.mjs';
import { ICNS_TYPES, ICO_SIZES, PNG_SIZES, icnsFile, icoFile, pngWidth, readIcnsRecords, readIcoDirectory } from './icon-formats.mjs';

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { description: string; desktopName: string; scripts: Record<string, string> };
const desktopFile = readFileSync(path.join(root, 'assets', 'linux', 'briffio.desktop'), 'utf8');

/** The .desktop entry the AppImage and the .deb install, computed by electron-builder's own code. */
async function installedDesktopEntry(): Promise<Record<string, string>> {
  const require = createRequire(path.join(root, 'package.json'));
  const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as {
    LinuxTargetHelper: new (packager: unknown) => { computeDesktopEntry(options: unknown): Promise<string> };
  };
  const helper = new LinuxTargetHelper({
    appInfo: { productName: config.productName, sanitizedProductName: config.productName, description: pkg.description },
    executableName: config.linux.executableName,
    platformSpecificBuildOptions: config.linux,
    info: { metadata: { desktopName: pkg.desktopName } },
    fileAssociations: config.fileAssociations,
    config,
  });
  return parseDesktopEntry(await helper.computeDesktopEntry(config.linux));
}

describe('installers', () => {
  it('installs on Windows per user, without admin rights, with a Start-menu entry and an uninstaller that keeps the notes', () => {
    expect(config.win.target.map((target: { target: string }) => target.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toEqual(
      expect.objectContaining({
        oneClick: true,
        perMachine: false,
        allowElevation: false,
        createStartMenuShortcut: true,
        deleteAppDataOnUninstall: false,
        installerLanguages: ['en_GB', 'cy_GB'],
      }),
    );
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.portable.requestExecutionLevel).toBe('user');
  });

  it('builds a universal dmg for macOS, and an AppImage and a deb for Linux, into release/', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(config.linux.target.map((target: { target: string }) => target.target)).toEqual(['AppImage', 'deb']);
    expect(config.directories.output).toBe('release');
    expect(config.npmRebuild).toBe(false);
    expect(config.publish).toBeNull();
  });

  it('opens Briffio packs (.briffio) on every platform', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: PACK_EXTENSION, mimeType: PACK_MIME_TYPE })]);
    const declared = config.mac.extendInfo.UTExportedTypeDeclarations[0];
    expect(declared.UTTypeTagSpecification['public.filename-extension']).toEqual([PACK_EXTENSION]);
  });

  it('points every platform at icon files that exist', () => {
    for (const icon of [config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon, config.mac.icon, config.linux.icon]) {
      expect(existsSync(path.join(root, icon)), icon).toBe(true);
    }
  });

  it('offers npm run dist and npm run dist:all', () => {
    expect(pkg.scripts['dist']).toContain('electron-builder --config electron-builder.config.mjs');
    expect(pkg.scripts['dist:all']).toBe('node scripts/dist-all.mjs');
  });
});

describe('the Linux launcher entry', () => {
  it('names and describes Briffio in English and in Welsh', () => {
    const entry = parseDesktopEntry(desktopFile);
    for (const key of ['Name', 'Name[cy]', 'GenericName', 'GenericName[cy]', 'Comment', 'Comment[cy]', 'Keywords', 'Keywords[cy]']) {
      expect(entry[key], key).toBeTruthy();
    }
    expect(entry['Comment[cy]']).not.toBe(entry['Comment']);
    expect(entry['GenericName[cy]']).not.toBe(entry['GenericName']);
  });

  it('is what the AppImage and the deb install: both languages, our icon, and Briffio packs', async () => {
    const source = parseDesktopEntry(desktopFile);
    const installed = await installedDesktopEntry();
    for (const key of ['Name', 'Name[cy]', 'GenericName[cy]', 'Comment', 'Comment[cy]', 'Keywords[cy]', 'Categories']) {
      expect(installed[key], key).toBe(source[key]);
    }
    expect(installed['Icon']).toBe('briffio');
    expect(installed['StartupWMClass']).toBe(pkg.desktopName.replace(/\.desktop$/, ''));
    expect(installed['Exec']).toMatch(/briffio %U$/);
    expect(installed['MimeType']).toBe(`${PACK_MIME_TYPE};`);
  });
});

describe('icons', () => {
  it('has a PNG of every size Linux and the window need, each really that size', () => {
    for (const size of PNG_SIZES) {
      const png = readFileSync(path.join(root, 'assets', 'icons', 'png', `${size}x${size}.png`));
      expect(pngWidth(png), `${size}x${size}.png`).toBe(size);
    }
  });

  it('has a Windows .ico with every size Explorer and the installer use', () => {
    const entries = readIcoDirectory(readFileSync(path.join(root, 'assets', 'icons', 'briffio.ico')));
    expect(entries.map((entry) => entry.size)).toEqual(ICO_SIZES);
    expect(entries.find((entry) => entry.size === 256)?.format).toBe('png');
    expect(entries.filter((entry) => entry.size < 256).every((entry) => entry.format === 'bmp')).toBe(true);
  });

  it('has a macOS .icns with every size up to 1024 px (512@2x)', () => {
    const records = readIcnsRecords(readFileSync(path.join(root, 'assets', 'icons', 'briffio.icns')));
    expect(records).toEqual(ICNS_TYPES.map(({ type, size }) => ({ type, width: size })));
  });
});

describe('icon containers', () => {
  /** A minimal PNG header: signature and IHDR with the given width (enough for the containers). */
  function fakePng(size: number): Buffer {
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
    png.writeUInt32BE(13, 8);
    png.write('IHDR', 12, 'ascii');
    png.writeUInt32BE(size, 16);
    png.writeUInt32BE(size, 20);
    return png;
  }

  it('writes small .ico images as bottom-up BGRA bitmaps with a transparency mask', () => {
    // 2×2: top row red (opaque) and clear; bottom row blue and green (opaque).
    const rgba = Buffer.from([255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 255, 255, 0, 255, 0, 255]);
    const ico = icoFile([{ size: 2, png: fakePng(2), rgba }]);
    expect(readIcoDirectory(ico)).toEqual([{ size: 2, format: 'bmp', bytes: 40 + 16 + 8 }]);
    const image = ico.readUInt32LE(6 + 12);
    expect(ico.readInt32LE(image + 8)).toBe(4); // height doubled: colour and mask
    const pixels = image + 40;
    // First stored row is the bottom one: blue then green, as BGRA.
    expect([...ico.subarray(pixels, pixels + 8)]).toEqual([255, 0, 0, 255, 0, 255, 0, 255]);
    expect([...ico.subarray(pixels + 8, pixels + 16)]).toEqual([0, 0, 255, 255, 0, 0, 0, 0]);
    // Mask rows are 4 bytes; the top row's second pixel is transparent.
    expect(ico[pixels + 16 + 0]).toBe(0);
    expect(ico[pixels + 16 + 4]).toBe(0b0100_0000);
  });

  it('stores 256 px as PNG and writes it as size 0, as the format requires', () => {
    const ico = icoFile([{ size: 256, png: fakePng(256), rgba: Buffer.alloc(0) }]);
    expect(ico.readUInt8(6)).toBe(0);
    expect(readIcoDirectory(ico)).toEqual([{ size: 256, format: 'png', bytes: 33 }]);
  });

  it('refuses an .icns without a size it must hold', () => {
    expect(() => icnsFile(new Map([[16, fakePng(16)]]))).toThrow(/needs a 32 px PNG/);
    const complete = new Map(ICNS_TYPES.map(({ size }) => [size, fakePng(size)]));
    const icns = icnsFile(complete);
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
