import { z } from 'zod';
import { PACK_VERSION, packSchema } from '../../shared/pack';

/**
 * The Briffio pack format as a JSON Schema (draft 2020-12), generated from the zod schema in
 * shared/pack.ts so the two cannot drift: schemas/briffio-pack.schema.json is this function's
 * output (`npm run -s import -- --schema > schemas/briffio-pack.schema.json`), and a unit test
 * fails when the committed file differs.
 *
 * JSON Schema cannot express the pack's cross-checks (a measurement's indicator must be one of the
 * pack's indicators; section keys unique within a version; a period's two years consecutive):
 * Briffio checks those on import and docs/pack-format.md lists them.
 */
export function packJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(packSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `https://briffio.invalid/schemas/briffio-pack-v${PACK_VERSION}.schema.json`,
    title: 'Briffio pack',
    description:
      'One committee report with its language versions, sections, indicators and measurements: the format Briffio imports and exports. See docs/pack-format.md.',
    ...rest,
  };
}
