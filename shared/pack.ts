import { z } from 'zod';
import {
  ARROWS,
  FACES,
  MEASUREMENT_ROLES,
  PLANS,
  POLARITIES,
  REPORT_KINDS,
  SECTION_KINDS,
  SIGNS_OF_SAFETY_GROUPS,
  UNITS,
} from './domain';
import { isPeriodKey } from './period';

/**
 * A Briffio pack: one report with its committee, meeting, language versions, sections,
 * indicators and measurements. It is the app's own exchange format (import and export) and
 * the format of the bundled sample library. Version 1.
 */
export const PACK_FORMAT = 'briffio-pack';
export const PACK_VERSION = 1;

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
// The pattern is what a JSON Schema can say (schemas/briffio-pack.schema.json); the refinement adds
// what it cannot: that the two years follow each other (2017-18, not 2017-19).
const periodKeySchema = z
  .string()
  .regex(/^\d{4}-\d{2}\.(Q[1-4]|FY)$/, 'a period such as 2017-18.Q2 or 2018-19.FY')
  .refine(isPeriodKey, 'a period such as 2017-18.Q2 or 2018-19.FY');
// The pattern repeats the trim + min(1) rule in a form the JSON Schema can carry: not blank.
const text = z.string().trim().min(1).regex(/\S/, 'some text');
/** Page of the source document (1-based) where this was printed; absent when not known. */
const page = z.number().int().positive().optional();
const bilingual = z.object({ en: text, cy: text });

export const packParagraphSchema = z.object({
  type: z.literal('paragraph'),
  number: z.string().min(1).optional(),
  group: z.enum(SIGNS_OF_SAFETY_GROUPS).optional(),
  text,
  page,
});

export const packListItemSchema = z.object({
  text,
  number: z.string().min(1).optional(),
  level: z.number().int().min(0).max(4).optional(),
  page,
});

export const packListSchema = z.object({
  type: z.literal('list'),
  ordered: z.boolean().optional(),
  group: z.enum(SIGNS_OF_SAFETY_GROUPS).optional(),
  items: z.array(packListItemSchema).min(1),
});

export const packBlockSchema = z.discriminatedUnion('type', [packParagraphSchema, packListSchema]);

export const packSectionSchema = z.object({
  key,
  kind: z.enum(SECTION_KINDS),
  heading: text,
  area: text.optional(),
  page,
  blocks: z.array(packBlockSchema),
});

export const packVersionSchema = z.object({
  lang: z.enum(['en', 'cy']),
  title: text,
  author: text.optional(),
  authorRole: text.optional(),
  signedOn: isoDate.optional(),
  sections: z.array(packSectionSchema).min(1),
});

export const packIndicatorSchema = z.object({
  key,
  code: text.optional(),
  title: bilingual,
  unit: z.enum(UNITS),
  polarity: z.enum(POLARITIES),
  plan: z.enum(PLANS).optional(),
  /** Service area, e.g. Children Looked After; used to filter indicators. */
  area: bilingual.optional(),
});

/** A breakdown within one period (e.g. "children looked after" vs "all children"), named in both languages. */
export const packDimensionSchema = z.object({ key, label: bilingual });

export const packMeasurementSchema = z.object({
  indicator: key,
  period: periodKeySchema,
  /** Key of one of the pack's `dimensions`; absent for the headline value. */
  dimension: key.optional(),
  value: z.number().finite().nullable(),
  numerator: z.number().finite().optional(),
  denominator: z.number().finite().optional(),
  target: z.number().finite().optional(),
  face: z.enum(FACES).optional(),
  arrow: z.enum(ARROWS).optional(),
  provisional: z.boolean().optional(),
  pending: z.boolean().optional(),
  unavailable: z.boolean().optional(),
  role: z.enum(MEASUREMENT_ROLES),
  sectionKey: key.optional(),
  blockNumber: z.string().optional(),
  page,
});

export const packKeyStatSchema = z.object({
  label: bilingual,
  value: z.number().finite(),
  unit: z.enum(UNITS),
  indicator: key.optional(),
});

export const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    committee: z.object({ key, name: bilingual, council: bilingual }),
    meeting: z.object({ date: isoDate }),
    report: z.object({
      key,
      kind: z.enum(REPORT_KINDS),
      period: periodKeySchema,
      versions: z.array(packVersionSchema).min(1).max(2),
      keyStats: z.array(packKeyStatSchema).default([]),
    }),
    indicators: z.array(packIndicatorSchema).default([]),
    dimensions: z.array(packDimensionSchema).default([]),
    measurements: z.array(packMeasurementSchema).default([]),
  })
  .superRefine((pack, ctx) => {
    const langs = pack.report.versions.map((v) => v.lang);
    if (new Set(langs).size !== langs.length) {
      ctx.addIssue({ code: 'custom', path: ['report', 'versions'], message: 'each language at most once' });
    }
    const indicatorKeys = new Set(pack.indicators.map((i) => i.key));
    const dimensionKeys = new Set(pack.dimensions.map((d) => d.key));
    pack.measurements.forEach((m, index) => {
      if (m.dimension !== undefined && !dimensionKeys.has(m.dimension)) {
        ctx.addIssue({
          code: 'custom',
          path: ['measurements', index, 'dimension'],
          message: `no dimension with key "${m.dimension}" in this pack`,
        });
      }
      if (!indicatorKeys.has(m.indicator)) {
        ctx.addIssue({
          code: 'custom',
          path: ['measurements', index, 'indicator'],
          message: `no indicator with key "${m.indicator}" in this pack`,
        });
      }
    });
    pack.report.versions.forEach((version, v) => {
      const seen = new Set<string>();
      version.sections.forEach((section, s) => {
        if (seen.has(section.key)) {
          ctx.addIssue({ code: 'custom', path: ['report', 'versions', v, 'sections', s, 'key'], message: 'duplicate section key' });
        }
        seen.add(section.key);
      });
    });
  });

export type Pack = z.output<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;
export type PackSection = z.output<typeof packSectionSchema>;
export type PackBlock = z.output<typeof packBlockSchema>;
export type PackVersion = z.output<typeof packVersionSchema>;
export type PackIndicator = z.output<typeof packIndicatorSchema>;
export type PackMeasurement = z.output<typeof packMeasurementSchema>;
export type PackKeyStat = z.output<typeof packKeyStatSchema>;
export type PackDimension = z.output<typeof packDimensionSchema>;

/** Field-level problems in a pack, as "report.versions.0.title: Required" lines. */
export function describePackProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(pack)'}: ${issue.message}`);
}
