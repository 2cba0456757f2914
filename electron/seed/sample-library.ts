import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describePackProblems, packSchema, type Pack } from '../../shared/pack';
import type { Store } from '../store/store';

/** Bumped when the bundled sample library changes in a way existing users should receive. */
export const SAMPLE_LIBRARY_EDITION = '1';
const SEEDED_FLAG = 'sampleLibraryEdition';

/** Reads and validates the bundled sample library (assets/sample-library), in its listed order. */
export function loadSampleLibrary(directory: string): Pack[] {
  const index = JSON.parse(readFileSync(path.join(directory, 'index.json'), 'utf8')) as { packs: string[] };
  return index.packs.map((file) => {
    const raw = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as unknown;
    const parsed = packSchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`Sample library pack ${file} is invalid:\n${describePackProblems(parsed.error).join('\n')}`);
    }
    return parsed.data;
  });
}

/**
 * Seeds the sample library on first run, in one transaction. Running again never duplicates it:
 * a flag records the edition seeded, and reports already present (by key) are skipped, so a
 * councillor who has annotated a sample report never sees it replaced behind their back.
 */
export function seedSampleLibrary(
  store: Store,
  packs: readonly Pack[] | (() => readonly Pack[]),
  now: string,
): { seeded: number } {
  if (store.flag(SEEDED_FLAG) === SAMPLE_LIBRARY_EDITION) return { seeded: 0 };
  // Reading and validating the packs is most of a start-up's cost: only do it when seeding.
  const toSeed = typeof packs === 'function' ? packs() : packs;
  return store.transaction(() => {
    let seeded = 0;
    for (const pack of toSeed) {
      if (store.hasReport(pack.report.key)) continue;
      store.writePack(pack, { origin: 'sample', now, sourceName: 'sample-library' });
      seeded++;
    }
    store.setFlag(SEEDED_FLAG, SAMPLE_LIBRARY_EDITION);
    return { seeded };
  });
}
