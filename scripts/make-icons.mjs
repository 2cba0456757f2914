// `node scripts/make-icons.mjs`: turns the icon artwork (assets/icons/briffio.svg, and
// briffio-small.svg for 16–32 px) into every file the installers need, and writes them next to it:
//   assets/icons/png/<N>x<N>.png   Linux (AppImage, deb, window icon) — 16 … 1024 px
//   assets/icons/briffio.ico       Windows (exe, installer, Start menu)
//   assets/icons/briffio.icns      macOS (app bundle, dmg)
// Chromium (through Playwright) is the rasteriser, so nothing is downloaded. The outputs are
// committed; run this again only after changing the artwork, then look at png/16x16.png.
/* global Image, document -- used inside page.evaluate, which runs in Chromium */
import { chromium } from '@playwright/test';
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICNS_TYPES, ICO_SIZES, PNG_SIZES, icnsFile, icoFile, pngWidth, readIcnsRecords, readIcoDirectory } from './icon-formats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = path.join(root, 'assets', 'icons');
const pngDir = path.join(iconsDir, 'png');

/** At and below this size the pixel-grid artwork is used: the large one blurs into a blob. */
const SMALL_ART_MAX = 32;

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.unshift(chromium.executablePath());
  } catch {
    // Playwright's own browser is not installed; Debian's will do.
  }
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('No Chromium found: install Debian\'s chromium or set CHROMIUM_PATH.');
  return found;
}

const artwork = {
  large: readFileSync(path.join(iconsDir, 'briffio.svg'), 'utf8'),
  small: readFileSync(path.join(iconsDir, 'briffio-small.svg'), 'utf8'),
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  /** @type {Map<number, {size: number, png: Buffer, rgba: Buffer}>} */
  const images = new Map();
  for (const size of PNG_SIZES) {
    const svg = size <= SMALL_ART_MAX ? artwork.small : artwork.large;
    const rendered = await page.evaluate(
      async ({ svg, size, wantPixels }) => {
        const image = new Image(size, size);
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0, size, size);
        return {
          png: canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''),
          rgba: wantPixels ? Array.from(context.getImageData(0, 0, size, size).data) : [],
        };
      },
      { svg, size, wantPixels: ICO_SIZES.includes(size) && size < 256 },
    );
    const png = Buffer.from(rendered.png, 'base64');
    if (pngWidth(png) !== size) throw new Error(`Chromium drew ${pngWidth(png)} px instead of ${size} px`);
    images.set(size, { size, png, rgba: Buffer.from(rendered.rgba) });
  }

  mkdirSync(pngDir, { recursive: true });
  for (const { size, png } of images.values()) writeFileSync(path.join(pngDir, `${size}x${size}.png`), png);

  const ico = icoFile(ICO_SIZES.map((size) => images.get(size)));
  readIcoDirectory(ico);
  writeFileSync(path.join(iconsDir, 'briffio.ico'), ico);

  const icns = icnsFile(new Map(ICNS_TYPES.map(({ size }) => [size, images.get(size).png])));
  readIcnsRecords(icns);
  writeFileSync(path.join(iconsDir, 'briffio.icns'), icns);

  console.log(`Wrote ${PNG_SIZES.length} PNGs, briffio.ico (${ico.length} bytes) and briffio.icns (${icns.length} bytes) to ${path.relative(root, iconsDir)}/`);
} finally {
  await browser.close();
}
