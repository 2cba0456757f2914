import type { Bilingual, Language } from '../../shared/languages';
import type { Unit } from '../../shared/domain';
import type { EvidenceInput } from '../../shared/question-contract';
import {
  EMPTY_SNAPSHOT,
  type EvidenceKind,
  type EvidenceLink,
  type EvidenceSnapshot,
  type Figure,
  type ReportLabel,
} from '../../shared/question-model';
import type { SqliteDatabase } from './database';
import { statement } from './statements';

/**
 * Works out what a piece of evidence says from the library: once when it is linked (stored as the
 * snapshot) and again each time the list is read (to show whether a revision has changed it).
 * Everything is found by stable keys — report id, section key, block place and words, indicator id,
 * period, dimension — because re-importing a report replaces its measurement and block rows.
 */

const NO_LINK: EvidenceLink = {
  reportId: null,
  sectionKey: null,
  blockIndex: null,
  blockNumber: null,
  lang: null,
  indicatorId: null,
  period: null,
  comparePeriod: null,
  dimension: null,
  annotationId: null,
  comparedReportId: null,
  listChange: null,
};

/** The stored kind and link for an evidence input (before anything is looked up). */
export function linkOf(input: EvidenceInput): { kind: EvidenceKind; link: EvidenceLink } {
  switch (input.kind) {
    case 'report':
      return { kind: 'report', link: { ...NO_LINK, reportId: input.reportId } };
    case 'section':
      return { kind: 'section', link: { ...NO_LINK, reportId: input.reportId, sectionKey: input.sectionKey } };
    case 'passage':
      return {
        kind: 'passage',
        link: {
          ...NO_LINK,
          reportId: input.reportId,
          sectionKey: input.sectionKey,
          blockIndex: input.blockIndex ?? null,
          blockNumber: input.blockNumber ?? null,
          lang: input.lang ?? null,
        },
      };
    case 'indicator':
      return {
        kind: 'indicator',
        link: { ...NO_LINK, reportId: input.reportId, indicatorId: input.indicatorId, period: input.period ?? null, dimension: input.dimension ?? '' },
      };
    case 'annotation':
      return { kind: 'annotation', link: { ...NO_LINK, annotationId: input.annotationId } };
    case 'change':
      if ('listChange' in input) {
        return {
          kind: 'change',
          link: {
            ...NO_LINK,
            reportId: input.reportId,
            comparedReportId: input.comparedReportId,
            listChange: input.listChange,
            sectionKey: input.sectionKey,
            blockIndex: input.blockIndex ?? null,
            blockNumber: input.blockNumber ?? null,
            lang: input.lang ?? null,
          },
        };
      }
      return {
        kind: 'change',
        link: {
          ...NO_LINK,
          reportId: input.reportId,
          indicatorId: input.indicatorId,
          period: input.period,
          comparePeriod: input.comparePeriod,
          dimension: input.dimension ?? '',
        },
      };
  }
}

interface ReportRow {
  id: number;
  kind: ReportLabel['kind'];
  period: string;
  meeting_date: string;
}

interface VersionRow {
  id: number;
  lang: Language;
  title: string;
}

interface BlockRow {
  ordinal: number;
  number: string | null;
  text: string;
  page: number | null;
  lang: Language;
}

interface SectionRows {
  readonly heading: Partial<Bilingual>;
  /** Each language's blocks in order. */
  readonly blocks: readonly BlockRow[];
}

interface MeasurementRow {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  provisional: number;
  pending: number;
  unavailable: number;
  source_report_id: number;
  section_key: string | null;
  block_number: string | null;
  page: number | null;
  dimension: string;
  dimension_en: string | null;
  dimension_cy: string | null;
}

interface AnnotationRow {
  id: string;
  report_id: number;
  target_kind: 'text' | 'section' | 'indicator';
  section_key: string | null;
  indicator_id: number | null;
  quote_exact: string | null;
  body: string;
  colour: string;
  deleted_at: string | null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Caches a lookup by key for the life of one resolver. */
function memo<K, V>(cache: Map<K, V>, key: K, read: () => V): V {
  if (cache.has(key)) return cache.get(key)!;
  const value = read();
  cache.set(key, value);
  return value;
}

/**
 * Resolves evidence against the library as it is now. One resolver serves one read (a list, one
 * question): the evidence of a list mostly points into the same few reports and sections, so
 * reports, sections and indicators are read once each and remembered for that read only.
 */
export class EvidenceResolver {
  private readonly versions = new Map<number, VersionRow[]>();
  private readonly reports = new Map<number, ReportLabel | null>();
  private readonly sections = new Map<string, SectionRows | null>();
  private readonly indicators = new Map<number, EvidenceSnapshot['indicator']>();
  private readonly figures = new Map<string, Figure | null>();

  constructor(private readonly db: SqliteDatabase) {}

  /** The newest revision of each language version of a report. */
  private currentVersions(reportId: number): VersionRow[] {
    return memo(this.versions, reportId, () => {
      const rows = statement(this.db, 'SELECT id, lang, revision, title FROM report_versions WHERE report_id = ? ORDER BY lang, revision DESC').all(
        reportId,
      ) as (VersionRow & { revision: number })[];
      return rows.filter((row, i) => i === 0 || rows[i - 1]!.lang !== row.lang).map(({ id, lang, title }) => ({ id, lang, title }));
    });
  }

  report(reportId: number | null): ReportLabel | null {
    if (reportId === null) return null;
    return memo(this.reports, reportId, () => {
      const row = statement(
        this.db,
        'SELECT r.id, r.kind, r.period, m.meeting_date FROM reports r JOIN meetings m ON m.id = r.meeting_id WHERE r.id = ?',
      ).get(reportId) as ReportRow | undefined;
      if (!row) return null;
      const title: { en?: string; cy?: string } = {};
      for (const version of this.currentVersions(reportId)) title[version.lang] = version.title;
      return { id: row.id, kind: row.kind, period: row.period, title, meetingDate: row.meeting_date };
    });
  }

  /** A section of the newest revisions: its heading in each language and its blocks. */
  private section(reportId: number, sectionKey: string): SectionRows | null {
    return memo(this.sections, `${reportId}\u0000${sectionKey}`, () => {
      const heading: { en?: string; cy?: string } = {};
      const blocks: BlockRow[] = [];
      for (const version of this.currentVersions(reportId)) {
        const section = statement(this.db, 'SELECT id, heading FROM sections WHERE version_id = ? AND key = ?').get(version.id, sectionKey) as
          | { id: number; heading: string }
          | undefined;
        if (!section) continue;
        heading[version.lang] = section.heading;
        const rows = statement(this.db, 'SELECT ordinal, number, text, page FROM blocks WHERE section_id = ? ORDER BY ordinal').all(section.id) as Omit<
          BlockRow,
          'lang'
        >[];
        for (const row of rows) blocks.push({ ...row, lang: version.lang });
      }
      return heading.en === undefined && heading.cy === undefined ? null : { heading, blocks };
    });
  }

  private sectionHeading(reportId: number, sectionKey: string): Partial<Bilingual> | null {
    return this.section(reportId, sectionKey)?.heading ?? null;
  }

  /**
   * Finds a paragraph or list item in the newest revision of a section: by the selected words first
   * (near its old place, then anywhere in the section), then by its place or printed number. The
   * language version it was selected in is searched first, then the other one.
   */
  private findBlock(
    reportId: number,
    sectionKey: string,
    where: { lang: Language | null; blockIndex: number | null; blockNumber: string | null; quote: string | null },
  ): BlockRow | null {
    const rows = this.section(reportId, sectionKey)?.blocks ?? [];
    const languages: Language[] = where.lang === 'cy' ? ['cy', 'en'] : ['en', 'cy'];
    for (const language of languages) {
      const blocks = rows.filter((row) => row.lang === language);
      if (blocks.length === 0) continue;
      const atIndex = where.blockIndex === null ? undefined : blocks.find((b) => b.ordinal === where.blockIndex);
      const byNumber = where.blockNumber === null ? undefined : blocks.find((b) => b.number === where.blockNumber);
      if (where.quote !== null) {
        const words = collapse(where.quote);
        const holds = (block: BlockRow | undefined) => block !== undefined && collapse(block.text).includes(words);
        const found = [atIndex, byNumber].find(holds) ?? blocks.find((b) => holds(b));
        if (found) return found;
        // The words are gone from this language version: fall back to the old place, which the
        // caller reports as changed. The other language's version would be a translation, so it
        // is only searched when the councillor's language has no such place.
        const placed = atIndex ?? byNumber;
        if (placed) return placed;
        if (where.lang !== null) return null;
        continue;
      }
      const placed = byNumber ?? atIndex;
      if (placed) return placed;
    }
    return null;
  }

  private indicator(indicatorId: number): EvidenceSnapshot['indicator'] {
    return memo(this.indicators, indicatorId, () => {
      const row = statement(this.db, 'SELECT id, code, title_en, title_cy, unit FROM indicators WHERE id = ?').get(indicatorId) as
        | { id: number; code: string | null; title_en: string; title_cy: string; unit: Unit }
        | undefined;
      return row ? { id: row.id, code: row.code, title: { en: row.title_en, cy: row.title_cy }, unit: row.unit } : null;
    });
  }

  /**
   * An indicator's figure for a period, preferring the one `reportId` printed (a report's own
   * figure, or the comparison it quoted), then the library's headline figure for that period.
   */
  private figure(indicatorId: number, period: string, dimension: string, reportId: number | null): Figure | null {
    return memo(this.figures, JSON.stringify([indicatorId, period, dimension, reportId]), () => this.readFigure(indicatorId, period, dimension, reportId));
  }

  private readFigure(indicatorId: number, period: string, dimension: string, reportId: number | null): Figure | null {
    const row = statement(
      this.db,
      `SELECT m.value, m.numerator, m.denominator, m.target, m.provisional, m.pending, m.unavailable,
              m.source_report_id, m.section_key, m.block_number, m.page, m.dimension, d.label_en AS dimension_en, d.label_cy AS dimension_cy
       FROM measurements m LEFT JOIN dimensions d ON d.key = m.dimension
       WHERE m.indicator_id = ? AND m.period = ? AND m.dimension = ?
       ORDER BY (m.source_report_id = ?) DESC, CASE m.role WHEN 'current' THEN 0 WHEN 'comparison' THEN 1 ELSE 2 END, m.id DESC
       LIMIT 1`,
    ).get(indicatorId, period, dimension, reportId ?? -1) as MeasurementRow | undefined;
    if (!row) return null;
    return {
      period,
      dimension: row.dimension,
      dimensionLabel: row.dimension_en !== null && row.dimension_cy !== null ? { en: row.dimension_en, cy: row.dimension_cy } : null,
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
      target: row.target,
      provisional: row.provisional === 1,
      pending: row.pending === 1,
      unavailable: row.unavailable === 1,
      sourceReportId: row.source_report_id,
      sectionKey: row.section_key,
      blockNumber: row.block_number,
      page: row.page,
    };
  }

  /**
   * What the evidence says now, or null when its source is not in the library (a deleted report,
   * annotation or indicator, a section dropped from a revision, a passage no longer found).
   * `quote` is the councillor's selection (kept in the result); `searchWords` are the words that
   * find the passage again — the selection, or the whole paragraph as it read when it was linked.
   */
  resolve(kind: EvidenceKind, link: EvidenceLink, quote: string | null, searchWords: string | null = quote): EvidenceSnapshot | null {
    if (kind === 'annotation') return this.annotation(link.annotationId);

    const report = this.report(link.reportId);
    if (!report) return null;

    if (link.indicatorId !== null && (kind === 'indicator' || kind === 'change')) {
      const indicator = this.indicator(link.indicatorId);
      if (!indicator) return null;
      const dimension = link.dimension ?? '';
      const figure = this.figure(indicator.id, link.period ?? report.period, dimension, report.id);
      const comparedFigure = link.comparePeriod === null ? null : this.figure(indicator.id, link.comparePeriod, dimension, report.id);
      const printedIn = figure?.sourceReportId === report.id ? figure.sectionKey : null;
      const heading = printedIn === null ? null : this.sectionHeading(report.id, printedIn);
      return {
        ...EMPTY_SNAPSHOT,
        report,
        section: printedIn !== null && heading ? { key: printedIn, heading } : null,
        indicator,
        figure,
        comparedFigure,
      };
    }

    if (link.sectionKey === null) return kind === 'report' ? { ...EMPTY_SNAPSHOT, report } : null;
    const heading = this.sectionHeading(report.id, link.sectionKey);
    if (!heading) return null;
    const section = { key: link.sectionKey, heading };
    if (kind === 'section') return { ...EMPTY_SNAPSHOT, report, section };

    // A passage, or a list item in a "what changed" comparison.
    const block = this.findBlock(report.id, link.sectionKey, {
      lang: link.lang,
      blockIndex: link.blockIndex,
      blockNumber: link.blockNumber,
      quote: searchWords,
    });
    if (!block) return null;
    return {
      ...EMPTY_SNAPSHOT,
      report,
      comparedReport: link.listChange === null ? null : this.report(link.comparedReportId),
      section,
      block: { index: block.ordinal, number: block.number, lang: block.lang, text: block.text, page: block.page },
      quote,
    };
  }

  private annotation(annotationId: string | null): EvidenceSnapshot | null {
    if (annotationId === null) return null;
    const row = statement(
      this.db,
      'SELECT id, report_id, target_kind, section_key, indicator_id, quote_exact, body, colour, deleted_at FROM annotations WHERE id = ?',
    ).get(annotationId) as AnnotationRow | undefined;
    if (!row || row.deleted_at !== null) return null;
    const heading = row.section_key === null ? null : this.sectionHeading(row.report_id, row.section_key);
    return {
      ...EMPTY_SNAPSHOT,
      report: this.report(row.report_id),
      section: row.section_key !== null && heading ? { key: row.section_key, heading } : null,
      indicator: row.indicator_id === null ? null : this.indicator(row.indicator_id),
      // quote_exact holds the selected words only for text targets (a heading or code otherwise).
      annotation: { id: row.id, body: row.body, quote: row.target_kind === 'text' ? row.quote_exact : null, colour: row.colour },
    };
  }
}
