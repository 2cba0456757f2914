import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json, locales/, assets/ and dist/renderer/. Code runs from sources
 * under vitest (electron/...) and bundled from build/electron/*.cjs, so walk up from this file
 * until package.json appears rather than hard-coding a depth.
 */
export function appRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'locales'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the Briffio application folder above ${start}`);
    dir = parent;
  }
}
