/** The extension the installers register for Briffio packs (README: "Install and build"). */
export const PACK_EXTENSION = '.briffio';
export const PACK_MEDIA_TYPE = 'application/x-briffio-pack';

const MAX_NAME_LENGTH = 120;
// Characters Windows, macOS or Linux refuse in a file name, and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The file name a report is exported under: its title, made safe for any file system
 * ("Performance Summary – Quarter 3 2017/18" → "Performance Summary – Quarter 3 2017-18.briffio").
 * Welsh letters and dashes are kept; `fallback` (the report's key) is used when nothing is left.
 */
export function packFileName(title: string, fallback: string): string {
  let name = title.replace(/\s+/g, ' ').replace(UNSAFE, '-').trim();
  name = Array.from(name).slice(0, MAX_NAME_LENGTH).join('');
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
  name = name.replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '');
  if (name === '' || RESERVED_ON_WINDOWS.test(name)) name = fallback;
  return `${name}${PACK_EXTENSION}`;
}
