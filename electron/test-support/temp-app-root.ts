import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Pack } from '../../shared/pack';

/** An application folder holding only a sample library made of the given packs. */
export function makeAppRoot(dir: string, packs: readonly Pack[]): string {
  const library = path.join(dir, 'assets', 'sample-library');
  mkdirSync(library, { recursive: true });
  const files = packs.map((pack, index) => {
    const file = `${index}-${pack.report.key}.pack.json`;
    writeFileSync(path.join(library, file), JSON.stringify(pack));
    return file;
  });
  writeFileSync(path.join(library, 'index.json'), JSON.stringify({ packs: files }));
  return dir;
}
