import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Pack } from '../../shared/pack';

const LIBRARY = path.resolve(__dirname, '..', '..', 'assets', 'sample-library');

/** The bundled sample library, as the tests expect to find it in the app. */
export function samplePacks(): Pack[] {
  const index = JSON.parse(readFileSync(path.join(LIBRARY, 'index.json'), 'utf8')) as { packs: string[] };
  return index.packs.map((file) => JSON.parse(readFileSync(path.join(LIBRARY, file), 'utf8')) as Pack);
}

export function titleOf(pack: Pack, lang: 'en' | 'cy'): string {
  const version = pack.report.versions.find((v) => v.lang === lang) ?? pack.report.versions[0]!;
  return version.title;
}

export function samplePack(predicate: (pack: Pack) => boolean): Pack {
  const pack = samplePacks().find(predicate);
  if (!pack) throw new Error('The sample library has no such report');
  return pack;
}
