import { z } from 'zod';
import type { TextSelector } from './anchoring';
import type { Bilingual, Language } from './languages';

/**
 * Private annotations: what they are (types shared by the store, the services and the
 * renderer), the named colour palette, and their exchange format — the W3C Web Annotation Data
 * Model (https://www.w3.org/TR/annotation-model/) serialised as JSON-LD, as Zotero exports it.
 */

// ── Palette ────────────────────────────────────────────────────────────────────────────────────

export const ANNOTATION_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type AnnotationColour = (typeof ANNOTATION_COLOURS)[number];
export const DEFAULT_COLOUR: AnnotationColour = 'yellow';

export interface PaletteEntry {
  readonly id: AnnotationColour;
  /** Translated name (colour is never the only signal: the UI shows or announces it). */
  readonly nameKey: `annotations:colour.${AnnotationColour}`;
  /** Highlight background: dark text on it keeps ≥ 7:1 contrast (checked in the tests). */
  readonly highlight: string;
  /** Marker / border beside a highlight: ≥ 3:1 against white, as WCAG 1.4.11 asks of UI parts. */
  readonly marker: string;
}

export const PALETTE: readonly PaletteEntry[] = [
  { id: 'yellow', nameKey: 'annotations:colour.yellow', highlight: '#fff1a8', marker: '#8a6a00' },
  { id: 'green', nameKey: 'annotations:colour.green', highlight: '#cdeecf', marker: '#2e7d32' },
  { id: 'blue', nameKey: 'annotations:colour.blue', highlight: '#d3e5ff', marker: '#1f5fbf' },
  { id: 'pink', nameKey: 'annotations:colour.pink', highlight: '#ffd8e8', marker: '#b0306a' },
  { id: 'purple', nameKey: 'annotations:colour.purple', highlight: '#e7dcff', marker: '#6a3fb5' },
];

export function paletteEntry(colour: AnnotationColour): PaletteEntry {
  return PALETTE.find((entry) => entry.id === colour)!;
}

export function isAnnotationColour(value: unknown): value is AnnotationColour {
  return (ANNOTATION_COLOURS as readonly unknown[]).includes(value);
}

// ── Limits and input pieces (used by the contract and by imports) ─────────────────────────────

export const MAX_BODY_LENGTH = 100_000;
export const MAX_TAG_LENGTH = 64;
export const MAX_TAGS = 20;

/** A tag as the councillor typed it, with runs of whitespace made single. */
export const tagSchema = z
  .string()
  .transform((tag) => tag.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1).max(MAX_TAG_LENGTH));
export const tagsSchema = z.array(tagSchema).max(MAX_TAGS);
export const bodySchema = z.string().max(MAX_BODY_LENGTH);
export const colourSchema = z.enum(ANNOTATION_COLOURS);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const annotationIdSchema = z
  .string()
  .regex(UUID, 'an annotation id (UUID)')
  .transform((id) => id.toLowerCase());

/** Tags once each, in the order first given. */
export function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}

// ── What the store keeps and the calls return ──────────────────────────────────────────────────

export const ANCHOR_STATES = ['placed', 'unplaced'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/** A passage of a section: positions count in the canonical section text (see anchoring.ts). */
export interface TextTarget extends TextSelector {
  readonly kind: 'text';
  readonly lang: Language;
  readonly sectionKey: string;
}

/** A whole section; `heading` is as it read when last placed, so an unplaced note stays readable. */
export interface SectionTarget {
  readonly kind: 'section';
  readonly lang: Language;
  readonly sectionKey: string;
  readonly heading: string;
}

/** An indicator card; `label` (its code, else its key) keeps the note readable if it is unplaced. */
export interface IndicatorTarget {
  readonly kind: 'indicator';
  readonly indicatorId: number | null;
  readonly indicatorKey: string | null;
  readonly indicatorCode: string | null;
  readonly label: string;
}

export type AnnotationTarget = TextTarget | SectionTarget | IndicatorTarget;

export interface Annotation {
  /** Lowercase UUID; the same on every laptop the note travels to. */
  readonly id: string;
  readonly reportId: number;
  readonly reportKey: string;
  readonly target: AnnotationTarget;
  /** 'unplaced': a revised report no longer contains the passage; the note and its quote are kept. */
  readonly anchorState: AnchorState;
  readonly colour: AnnotationColour;
  readonly body: string;
  readonly tags: readonly string[];
  /** Document order within the report (section, then position); unplaced notes sort last. */
  readonly sortKey: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An annotation with what the My notes screen shows beside it. */
export interface AnnotationListItem extends Annotation {
  readonly report: {
    readonly title: Partial<Bilingual>;
    readonly period: string;
    readonly meetingDate: string;
    readonly committeeName: Bilingual;
  };
  /** The section's heading in the current version; null for indicator and unplaced notes. */
  readonly sectionHeading: string | null;
  /**
   * For a placed passage: the block (0-based within its section of the current version) the
   * passage starts in, so a link opens at that paragraph (#/report/<id>/at/<section>/<block>).
   * Null for section and indicator notes and unplaced ones.
   */
  readonly blockIndex: number | null;
  readonly indicatorTitle: Bilingual | null;
}

/** What `annotations.delete` answers: enough to show "Deleted — Undo" and to undo it. */
export interface DeletedAnnotation {
  readonly annotation: Annotation;
  readonly deletedAt: string;
}

/** Why one item of an import or restore was not written; the rest still were. */
export const SKIP_REASONS = ['report_missing', 'meeting_missing', 'not_briffio_target'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedItem {
  readonly id: string;
  readonly reason: SkipReason;
  /** What was missing or looked for, e.g. the report key, so the UI can name it. */
  readonly detail: string;
}

/** Why a whole file was refused (nothing was written). */
export const REJECT_REASONS = ['not_json', 'wrong_format', 'newer_version', 'invalid'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface FileRejected {
  readonly outcome: 'rejected';
  readonly reason: RejectReason;
  /** Developer-facing detail ("items.3.target: …"); the UI shows the translation of `reason`. */
  readonly problems: readonly string[];
}

export interface AnnotationImportSummary {
  readonly outcome: 'imported';
  /** New notes written. */
  readonly imported: number;
  /** Notes already here that the file had a newer version of. */
  readonly updated: number;
  /** Notes already here, as new as (or newer than) the file's copy: left alone. */
  readonly unchanged: number;
  /** Of the imported and updated notes, how many could not be placed in the current text. */
  readonly unplaced: number;
  readonly skipped: readonly SkippedItem[];
}

export type AnnotationImportResult = AnnotationImportSummary | FileRejected;

/** A file the renderer offers as a download (a Blob; in Electron the download asks where to save). */
export interface DownloadFile<Document> {
  readonly fileName: string;
  readonly mediaType: string;
  readonly document: Document;
}

export const EXPORT_DOCUMENT_FORMATS = ['markdown', 'html'] as const;
export type ExportDocumentFormat = (typeof EXPORT_DOCUMENT_FORMATS)[number];

// ── W3C Web Annotation JSON-LD ─────────────────────────────────────────────────────────────────

/** The W3C context: a constant identifier. Nothing ever fetches it. */
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Briffio's own terms (colour, anchor state, headings) live under this prefix. */
export const BRIFFIO_VOCABULARY = 'urn:briffio:vocab:';
export const EXPORT_CONTEXT = [W3C_CONTEXT, { briffio: BRIFFIO_VOCABULARY }] as const;
/** `section=<key>`: Briffio's fragment syntax for a report section. */
export const SECTION_FRAGMENT = `${BRIFFIO_VOCABULARY}section-fragment`;

export function reportSource(reportKey: string, lang?: Language): string {
  return lang ? `urn:briffio:report:${reportKey}:lang:${lang}` : `urn:briffio:report:${reportKey}`;
}

export function indicatorSource(codeOrKey: string): string {
  return `urn:briffio:indicator:${encodeURIComponent(codeOrKey)}`;
}

const REPORT_SOURCE = /^urn:briffio:report:([a-z0-9][a-z0-9-]*)(?::lang:(en|cy))?$/;
const INDICATOR_SOURCE = /^urn:briffio:indicator:(.+)$/;
const SECTION_VALUE = /^section=([a-z0-9][a-z0-9-]*)$/;

export interface W3CTextualBody {
  readonly type: 'TextualBody';
  readonly purpose: 'commenting' | 'tagging';
  readonly value: string;
  readonly format?: 'text/plain';
}

export interface W3CAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'highlighting' | 'commenting' | 'tagging';
  readonly created: string;
  readonly modified: string;
  readonly body?: readonly W3CTextualBody[];
  readonly target: Record<string, unknown>;
  readonly 'briffio:colour': AnnotationColour;
  readonly 'briffio:anchorState': AnchorState;
}

export interface W3CAnnotationCollection {
  readonly '@context': typeof EXPORT_CONTEXT;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly generated: string;
  readonly generator: { readonly id: string; readonly type: 'Software'; readonly name: string };
  readonly first: { readonly type: 'AnnotationPage'; readonly startIndex: 0; readonly items: readonly W3CAnnotation[] };
}

function sectionSelector(sectionKey: string, refinedBy?: Record<string, unknown>): Record<string, unknown> {
  return { type: 'FragmentSelector', conformsTo: SECTION_FRAGMENT, value: `section=${sectionKey}`, ...(refinedBy ? { refinedBy } : {}) };
}

/** One annotation as a W3C Web Annotation (without @context: the collection carries it). */
export function toW3C(annotation: Annotation): W3CAnnotation {
  const { target } = annotation;
  let w3cTarget: Record<string, unknown>;
  if (target.kind === 'text') {
    // Two alternative selectors for the same passage (a W3C selector list means "any of these"),
    // each applied inside the section: where it was, and what it said with its context.
    w3cTarget = {
      source: reportSource(annotation.reportKey, target.lang),
      selector: [
        sectionSelector(target.sectionKey, { type: 'TextPositionSelector', start: target.start, end: target.end }),
        sectionSelector(target.sectionKey, { type: 'TextQuoteSelector', exact: target.exact, prefix: target.prefix, suffix: target.suffix }),
      ],
    };
  } else if (target.kind === 'section') {
    w3cTarget = { source: reportSource(annotation.reportKey, target.lang), selector: sectionSelector(target.sectionKey), 'briffio:heading': target.heading };
  } else {
    // The indicator is the resource; the report it was noted in is the scope (W3C "scope").
    w3cTarget = { source: indicatorSource(target.indicatorCode ?? target.indicatorKey ?? target.label), scope: reportSource(annotation.reportKey) };
  }
  const body: W3CTextualBody[] = [];
  if (annotation.body !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.body, format: 'text/plain' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const motivation = annotation.body !== '' ? 'commenting' : target.kind === 'text' || annotation.tags.length === 0 ? 'highlighting' : 'tagging';
  return {
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    motivation,
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(body.length ? { body } : {}),
    target: w3cTarget,
    'briffio:colour': annotation.colour,
    'briffio:anchorState': annotation.anchorState,
  };
}

export function toW3CCollection(
  annotations: readonly Annotation[],
  options: { readonly label: string; readonly generated: string; readonly appVersion: string },
): W3CAnnotationCollection {
  const items = annotations.map(toW3C);
  return {
    '@context': EXPORT_CONTEXT,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
    generated: options.generated,
    generator: { id: 'urn:briffio:app', type: 'Software', name: `Briffio ${options.appVersion}` },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

// Reading files back: validated with zod before anything is written. Other W3C properties
// (creator, rights, …) are allowed and ignored, so files from other tools are not refused for
// carrying more than Briffio uses.

const typeIs = (name: string) =>
  z.union([z.literal(name), z.array(z.string()).refine((types) => types.includes(name), `type includes ${name}`)]);
const text = (max: number) => z.string().max(max);
const isoDateTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

const textPositionSelector = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
const textQuoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: text(MAX_BODY_LENGTH).min(1),
  prefix: text(1000).optional(),
  suffix: text(1000).optional(),
});
type SelectorNode = { type: string; value?: string; refinedBy?: SelectorNode | SelectorNode[]; [key: string]: unknown };
const selectorNode: z.ZodType<SelectorNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().max(100),
    value: z.string().max(1000).optional(),
    refinedBy: z.union([selectorNode, z.array(selectorNode).max(10)]).optional(),
  }),
);

const textualBody = z.looseObject({
  type: typeIs('TextualBody').optional(),
  value: text(MAX_BODY_LENGTH),
  purpose: z.string().max(100).optional(),
});

const w3cAnnotationSchema = z.looseObject({
  id: z
    .string()
    .regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'an id of the form urn:uuid:…')
    .transform((id) => id.slice('urn:uuid:'.length).toLowerCase()),
  type: typeIs('Annotation'),
  motivation: z.union([z.string().max(100), z.array(z.string().max(100)).max(10)]).optional(),
  created: isoDateTime,
  modified: isoDateTime.optional(),
  body: z.union([textualBody, z.array(textualBody).max(MAX_TAGS + 10)]).optional(),
  bodyValue: text(MAX_BODY_LENGTH).optional(),
  target: z.looseObject({
    source: z.string().min(1).max(1000),
    scope: z.string().max(1000).optional(),
    selector: z.union([selectorNode, z.array(selectorNode).max(10)]).optional(),
    'briffio:heading': z.string().max(10_000).optional(),
  }),
  'briffio:colour': z.string().max(50).optional(),
});

const MAX_ITEMS = 100_000;
const items = z.array(w3cAnnotationSchema).max(MAX_ITEMS);
const contextSchema = z.union([
  z.literal(W3C_CONTEXT),
  z.array(z.unknown()).refine((list) => list.includes(W3C_CONTEXT), `includes ${W3C_CONTEXT}`),
]);

const collectionSchema = z.looseObject({
  '@context': contextSchema,
  type: typeIs('AnnotationCollection'),
  first: z.looseObject({ type: typeIs('AnnotationPage'), items }),
});
const pageSchema = z.looseObject({ '@context': contextSchema, type: typeIs('AnnotationPage'), items });
const singleSchema = w3cAnnotationSchema.extend({ '@context': contextSchema });

function hasType(value: unknown, name: string): boolean {
  return value === name || (Array.isArray(value) && value.includes(name));
}

/** An annotation read from a W3C file, before it is matched to this library. */
export interface ImportedAnnotation {
  readonly id: string;
  readonly reportKey: string | null;
  readonly target:
    | { readonly kind: 'text'; readonly lang: Language; readonly sectionKey: string; readonly selector: TextSelector }
    | { readonly kind: 'section'; readonly lang: Language; readonly sectionKey: string; readonly heading: string }
    | { readonly kind: 'indicator'; readonly indicator: string }
    | { readonly kind: 'foreign'; readonly source: string };
  readonly colour: AnnotationColour;
  readonly body: string;
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type ParsedW3CFile =
  | { readonly ok: true; readonly annotations: readonly ImportedAnnotation[] }
  | { readonly ok: false; readonly reason: RejectReason; readonly problems: readonly string[] };

/**
 * Validates a whole W3C annotation file (already parsed JSON, or its text) and reads every
 * annotation in it. Any invalid item refuses the whole file, so an import never half-happens.
 * Items that are valid W3C but point outside Briffio come back as `kind: 'foreign'` for the
 * importer to report as skipped.
 */
export function fromW3C(input: unknown): ParsedW3CFile {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input) as unknown;
    } catch {
      return { ok: false, reason: 'not_json', problems: ['The file is not JSON'] };
    }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json) || !('@context' in json)) {
    return { ok: false, reason: 'wrong_format', problems: ['Not a W3C Web Annotation document (no @context)'] };
  }
  // Accepted shapes: an AnnotationCollection (first page embedded, as Briffio writes it), an
  // AnnotationPage, or a single Annotation. Chosen by `type` so a problem is reported against
  // the shape the file claims to be.
  const type = (json as { type?: unknown }).type;
  let list: readonly W3CItem[];
  if (hasType(type, 'AnnotationCollection')) {
    const parsed = collectionSchema.safeParse(json);
    if (!parsed.success) return { ok: false, reason: 'invalid', problems: describeProblems(parsed.error) };
    list = parsed.data.first.items;
  } else if (hasType(type, 'AnnotationPage')) {
    const parsed = pageSchema.safeParse(json);
    if (!parsed.success) return { ok: false, reason: 'invalid', problems: describeProblems(parsed.error) };
    list = parsed.data.items;
  } else if (hasType(type, 'Annotation')) {
    const parsed = singleSchema.safeParse(json);
    if (!parsed.success) return { ok: false, reason: 'invalid', problems: describeProblems(parsed.error) };
    list = [parsed.data];
  } else {
    return { ok: false, reason: 'wrong_format', problems: ['Not an Annotation, AnnotationPage or AnnotationCollection'] };
  }
  const annotations: ImportedAnnotation[] = [];
  const problems: string[] = [];
  list.forEach((item, index) => {
    const read = readAnnotation(item);
    if (typeof read === 'string') problems.push(`items.${index}: ${read}`);
    else annotations.push(read);
  });
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  return { ok: true, annotations };
}

type W3CItem = z.output<typeof w3cAnnotationSchema>;

function readAnnotation(item: W3CItem): ImportedAnnotation | string {
  const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
  const notes = bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value);
  if (item.bodyValue !== undefined) notes.unshift(item.bodyValue);
  const body = notes.join('\n\n');
  if (body.length > MAX_BODY_LENGTH) return `the note is longer than ${MAX_BODY_LENGTH} characters`;
  const tagsParsed = tagsSchema.safeParse(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value));
  if (!tagsParsed.success) return `tags: ${describeProblems(tagsParsed.error).join('; ')}`;
  const colour = item['briffio:colour'];
  const target = readTarget(item.target);
  if (typeof target === 'string') return target;
  return {
    id: item.id,
    reportKey: target.reportKey,
    target: target.target,
    colour: isAnnotationColour(colour) ? colour : DEFAULT_COLOUR,
    body,
    tags: uniqueTags(tagsParsed.data),
    createdAt: item.created,
    updatedAt: item.modified ?? item.created,
  };
}

function readTarget(target: W3CItem['target']): { reportKey: string | null; target: ImportedAnnotation['target'] } | string {
  const indicator = INDICATOR_SOURCE.exec(target.source);
  if (indicator) {
    const scope = REPORT_SOURCE.exec(target.scope ?? '');
    let code: string;
    try {
      code = decodeURIComponent(indicator[1]!);
    } catch {
      return 'target.source: not a valid indicator address';
    }
    if (!scope) return { reportKey: null, target: { kind: 'foreign', source: target.source } };
    return { reportKey: scope[1]!, target: { kind: 'indicator', indicator: code } };
  }
  const report = REPORT_SOURCE.exec(target.source);
  if (!report || report[2] === undefined) return { reportKey: null, target: { kind: 'foreign', source: target.source } };
  const reportKey = report[1]!;
  const lang = report[2] as Language;
  const selectors = flattenSelectors(target.selector);
  const fragment = selectors.find((s) => s.type === 'FragmentSelector' && SECTION_VALUE.test(s.value ?? ''));
  if (!fragment) return 'target.selector: no FragmentSelector naming a section';
  const sectionKey = SECTION_VALUE.exec(fragment.value!)![1]!;
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote && !position) {
    return { reportKey, target: { kind: 'section', lang, sectionKey, heading: target['briffio:heading'] ?? '' } };
  }
  if (!quote) return 'target.selector: a TextPositionSelector needs its TextQuoteSelector (the quote is what re-anchors it)';
  const quoteParsed = textQuoteSelector.safeParse(quote);
  if (!quoteParsed.success) return `target.selector: ${describeProblems(quoteParsed.error).join('; ')}`;
  let start = 0;
  let end = quoteParsed.data.exact.length;
  if (position) {
    const positionParsed = textPositionSelector.safeParse(position);
    if (!positionParsed.success || positionParsed.data.end <= positionParsed.data.start) return 'target.selector: TextPositionSelector needs 0 ≤ start < end';
    start = positionParsed.data.start;
    end = positionParsed.data.end;
  }
  return {
    reportKey,
    target: {
      kind: 'text',
      lang,
      sectionKey,
      selector: { start, end, exact: quoteParsed.data.exact, prefix: quoteParsed.data.prefix ?? '', suffix: quoteParsed.data.suffix ?? '' },
    },
  };
}

/** Every selector in a list and its refinement chains, outermost first. */
function flattenSelectors(selector: SelectorNode | SelectorNode[] | undefined): SelectorNode[] {
  if (selector === undefined) return [];
  const list = Array.isArray(selector) ? selector : [selector];
  return list.flatMap((node) => [node, ...flattenSelectors(node.refinedBy)]);
}

export function describeProblems(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
}


// ── Call inputs (the contract in contract.ts names these) ──────────────────────────────────────

const reportId = z.number().int().positive();
const sectionKey = z.string().min(1).max(200);
const position = z.number().int().min(0).max(100_000_000);
const languageInput = z.enum(['en', 'cy']);

/**
 * A file's content as the renderer read it: the parsed JSON, or its text (then parsed and
 * checked here, so "not JSON" is reported like any other unreadable file).
 */
export const fileDocumentInput = z.union([z.string().max(64 * 1024 * 1024), z.record(z.string(), z.unknown())]);

export const annotationsListInput = z.strictObject({ reportId, colour: colourSchema.optional(), tag: tagSchema.optional() });

export const annotationsListAllInput = z.strictObject({
  text: z.string().max(500).optional(),
  colour: colourSchema.optional(),
  tag: tagSchema.optional(),
});

/** Where a new note goes. Only positions: the quote is cut from the stored text by the service. */
export const annotationTargetInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), lang: languageInput, sectionKey, start: position, end: position }),
  z.strictObject({ kind: z.literal('section'), lang: languageInput, sectionKey }),
  z.strictObject({ kind: z.literal('indicator'), indicatorId: z.number().int().positive() }),
]);

export const annotationsCreateInput = z
  .strictObject({
    reportId,
    target: annotationTargetInput,
    colour: colourSchema,
    body: bodySchema.optional(),
    tags: tagsSchema.optional(),
  })
  .refine((input) => input.target.kind !== 'text' || input.target.end > input.target.start, { message: 'end must be after start', path: ['target', 'end'] });

export const annotationsUpdateInput = z
  .strictObject({ id: annotationIdSchema, body: bodySchema.optional(), colour: colourSchema.optional(), tags: tagsSchema.optional() })
  .refine((patch) => patch.body !== undefined || patch.colour !== undefined || patch.tags !== undefined, 'at least one change');

export const annotationIdInput = z.strictObject({ id: annotationIdSchema });

export const annotationsExportDocumentInput = z.strictObject({ format: z.enum(EXPORT_DOCUMENT_FORMATS), language: languageInput });

export const annotationsImportInput = z.strictObject({ document: fileDocumentInput });
