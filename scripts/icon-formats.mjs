// The two icon containers electron-builder wants, written here so that making icons needs no
// network tool (no ImageMagick, no iconutil, no png2icons download). Both formats are small:
//   .ico  (Windows)  https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)
//   .icns (macOS)    a big-endian list of (type, length, PNG) records behind an "icns" header
import { Buffer } from 'node:buffer';

/** Every PNG size written to assets/icons/png (Linux picks from these; 1024 feeds the .icns). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Sizes whose pixels go into the .ico: Explorer, the taskbar, the Start menu and NSIS use them. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/**
 * .icns record types that hold PNG data, with the pixel size each one holds. The @2x types carry
 * twice the pixels of their nominal size, for Retina screens.
 */
export const ICNS_TYPES = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 }, // 512@2x
  { type: 'ic11', size: 32 }, // 16@2x
  { type: 'ic12', size: 64 }, // 32@2x
  { type: 'ic13', size: 256 }, // 128@2x
  { type: 'ic14', size: 512 }, // 256@2x
];

/**
 * A Windows .ico. Images below 256 px are stored as 32-bit BMPs (with their AND mask), which
 * every Windows version and NSIS's icon loader read; 256 px is stored as PNG, which Windows has
 * expected for that size since Vista and which keeps the file small.
 *
 * @param {ReadonlyArray<{size: number, png: Buffer, rgba: Buffer}>} images  rgba: straight (not
 *   premultiplied) RGBA, top row first, as canvas getImageData returns it
 * @returns {Buffer}
 */
export function icoFile(images) {
  const sorted = [...images].sort((a, b) => a.size - b.size);
  const payloads = sorted.map((image) => (image.size >= 256 ? image.png : bmpForIco(image.size, image.rgba)));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(sorted.length, 4);
  const directory = Buffer.alloc(16 * sorted.length);
  let offset = header.length + directory.length;
  sorted.forEach((image, index) => {
    const entry = index * 16;
    const side = image.size >= 256 ? 0 : image.size; // 0 means 256
    directory.writeUInt8(side, entry);
    directory.writeUInt8(side, entry + 1);
    directory.writeUInt8(0, entry + 2); // no palette
    directory.writeUInt8(0, entry + 3);
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(payloads[index].length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += payloads[index].length;
  });
  return Buffer.concat([header, directory, ...payloads]);
}

/** BITMAPINFOHEADER + bottom-up BGRA pixels + 1-bit AND mask (1 = transparent). */
function bmpForIco(size, rgba) {
  if (rgba.length !== size * size * 4) throw new Error(`${size} px icon needs ${size * size * 4} RGBA bytes, got ${rgba.length}`);
  const maskRowBytes = Math.ceil(size / 32) * 4;
  const pixels = Buffer.alloc(size * size * 4);
  const mask = Buffer.alloc(maskRowBytes * size);
  for (let y = 0; y < size; y++) {
    const targetRow = size - 1 - y; // BMP rows run bottom to top
    for (let x = 0; x < size; x++) {
      const source = (y * size + x) * 4;
      const target = (targetRow * size + x) * 4;
      pixels[target] = rgba[source + 2];
      pixels[target + 1] = rgba[source + 1];
      pixels[target + 2] = rgba[source];
      pixels[target + 3] = rgba[source + 3];
      if (rgba[source + 3] === 0) mask[targetRow * maskRowBytes + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour image and mask stacked, as icons require
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(0, 16); // BI_RGB
  header.writeUInt32LE(pixels.length + mask.length, 20);
  return Buffer.concat([header, pixels, mask]);
}

/**
 * A macOS .icns holding one PNG per record type in ICNS_TYPES.
 *
 * @param {ReadonlyMap<number, Buffer>} pngBySize  PNG bytes for each pixel size ICNS_TYPES uses
 * @returns {Buffer}
 */
export function icnsFile(pngBySize) {
  const records = ICNS_TYPES.map(({ type, size }) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`.icns needs a ${size} px PNG for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + records.reduce((sum, record) => sum + record.length, 0), 4);
  return Buffer.concat([head, ...records]);
}

/**
 * Reads an .ico's directory back: the pixel size and encoding of each image. Used by the tests
 * and by make-icons to check what it wrote.
 *
 * @param {Buffer} ico
 * @returns {Array<{size: number, format: 'png' | 'bmp', bytes: number}>}
 */
export function readIcoDirectory(ico) {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an .ico file');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + index * 16;
    const side = ico.readUInt8(entry) || 256;
    const bytes = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    const isPng = ico.subarray(offset, offset + 8).equals(PNG_SIGNATURE);
    if (!isPng && ico.readInt32LE(offset + 4) !== side) throw new Error(`.ico entry ${index} says ${side} px but holds another size`);
    return { size: side, format: isPng ? 'png' : 'bmp', bytes };
  });
}

/**
 * Reads an .icns back: each record's type and, for PNG records, the PNG's own width.
 *
 * @param {Buffer} icns
 * @returns {Array<{type: string, width: number}>}
 */
export function readIcnsRecords(icns) {
  if (icns.toString('ascii', 0, 4) !== 'icns') throw new Error('not an .icns file');
  if (icns.readUInt32BE(4) !== icns.length) throw new Error('.icns length field does not match the file');
  const records = [];
  for (let offset = 8; offset < icns.length; ) {
    const type = icns.toString('ascii', offset, offset + 4);
    const length = icns.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > icns.length) throw new Error(`.icns record ${type} overruns the file`);
    records.push({ type, width: pngWidth(icns.subarray(offset + 8, offset + length)) });
    offset += length;
  }
  return records;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width from a PNG's IHDR chunk (0 when the bytes are not a PNG). */
export function pngWidth(png) {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return 0;
  return png.readUInt32BE(16);
}
