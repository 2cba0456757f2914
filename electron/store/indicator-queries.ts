import type { IndicatorView } from '../../shared/domain';
import {
  compareIndicators,
  summariseIndicator,
  type IndicatorDetailView,
  type IndicatorListView,
  type MeasurementPlace,
  type SourceReport,
  type SourcedMeasurement,
} from '../../shared/indicators';
import type { Language } from '../../shared/languages';
import type { SqliteDatabase } from './database';
import { readMeasurements, toIndicator } from './library-queries';
import { statement } from './statements';

/**
 * Reads for the indicator screens: every indicator with its history (the Indicators screen) and
 * one indicator with each of its figures placed in the report it came from (the detail screen).
 * Measurements are read per indicator through the `measurements` unique index, whose first column
 * is `indicator_id` (see indicator-queries.test.ts for the query plan).
 */

type IndicatorRow = Parameters<typeof toIndicator>[0];

interface SourceReportRow {
  id: number;
  key: string;
  kind: SourceReport['kind'];
  period: string;
  meeting_date: string;
  committee_id: number;
}

interface VersionTitleRow {
  report_id: number;
  lang: Language;
  title: string;
}

interface PlaceRow {
  lang: Language;
  section_id: number;
  heading: string;
}

/** The newest revision of each language version (a revised paper adds a revision). */
const IS_CURRENT_VERSION = `v.revision = (SELECT MAX(w.revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang)`;

function readIndicatorRows(db: SqliteDatabase): IndicatorView[] {
  const rows = statement(db, 'SELECT * FROM indicators').all() as IndicatorRow[];
  return rows.map(toIndicator).sort(compareIndicators);
}

/** Every report with its current titles and languages, by id, for naming where figures come from. */
export function readSourceReports(db: SqliteDatabase): Map<number, SourceReport> {
  const reports = statement(
    db,
    `SELECT r.id, r.key, r.kind, r.period, m.meeting_date, m.committee_id
     FROM reports r JOIN meetings m ON m.id = r.meeting_id`,
  ).all() as SourceReportRow[];
  const titles = statement(db, `SELECT v.report_id, v.lang, v.title FROM report_versions v WHERE ${IS_CURRENT_VERSION} ORDER BY v.lang`).all() as VersionTitleRow[];
  const byReport = new Map<number, SourceReport>();
  for (const row of reports) {
    byReport.set(row.id, {
      id: row.id,
      key: row.key,
      kind: row.kind,
      period: row.period,
      title: {},
      languages: [],
      meetingDate: row.meeting_date,
      committeeId: row.committee_id,
    });
  }
  for (const row of titles) {
    const report = byReport.get(row.report_id);
    if (!report) continue;
    byReport.set(row.report_id, {
      ...report,
      title: { ...report.title, [row.lang]: row.title },
      // English first, matching the library's order.
      languages: [...report.languages, row.lang].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : 0)),
    });
  }
  return byReport;
}

export function readIndicatorList(db: SqliteDatabase): IndicatorListView {
  const reports = readSourceReports(db);
  return {
    indicators: readIndicatorRows(db).map((indicator) =>
      summariseIndicator(indicator, readMeasurements(db, indicator.id), (id) => reports.get(id) ?? null),
    ),
  };
}

/**
 * Where a figure sits in its report: the section's heading in each current language version, and
 * the 0-based index of the paragraph printed with `blockNumber` in each (a Welsh summary may not
 * have that paragraph, so an index can be missing for one language).
 */
function readPlace(db: SqliteDatabase, reportId: number, sectionKey: string, blockNumber: string | null): MeasurementPlace | null {
  const sections = statement(
    db,
    `SELECT v.lang, s.id AS section_id, s.heading
     FROM sections s JOIN report_versions v ON v.id = s.version_id
     WHERE v.report_id = ? AND s.key = ? AND ${IS_CURRENT_VERSION}`,
  ).all(reportId, sectionKey) as PlaceRow[];
  if (sections.length === 0) return null;
  const heading: { en?: string; cy?: string } = {};
  const blockIndex: Partial<Record<Language, number>> = {};
  for (const section of sections) {
    heading[section.lang] = section.heading;
    if (blockNumber === null) continue;
    const numbers = statement(db, 'SELECT number, kind FROM blocks WHERE section_id = ? ORDER BY ordinal').all(section.section_id) as {
      number: string | null;
      kind: string;
    }[];
    // A paragraph carries the printed number; a list item may reuse it ("1." inside paragraph 1).
    const paragraph = numbers.findIndex((block) => block.number === blockNumber && block.kind === 'paragraph');
    const any = paragraph >= 0 ? paragraph : numbers.findIndex((block) => block.number === blockNumber);
    if (any >= 0) blockIndex[section.lang] = any;
  }
  return { sectionKey, heading, blockNumber, blockIndex };
}

export function readIndicatorDetail(db: SqliteDatabase, indicatorId: number): IndicatorDetailView | null {
  const row = statement(db, 'SELECT * FROM indicators WHERE id = ?').get(indicatorId) as IndicatorRow | undefined;
  if (!row) return null;
  const reports = readSourceReports(db);
  const places = new Map<string, MeasurementPlace | null>();
  const measurements: SourcedMeasurement[] = readMeasurements(db, indicatorId).map((measurement) => {
    if (measurement.sectionKey === null) return { ...measurement, place: null };
    const cacheKey = JSON.stringify([measurement.sourceReportId, measurement.sectionKey, measurement.blockNumber]);
    if (!places.has(cacheKey)) {
      places.set(cacheKey, readPlace(db, measurement.sourceReportId, measurement.sectionKey, measurement.blockNumber));
    }
    return { ...measurement, place: places.get(cacheKey) ?? null };
  });
  const sourceIds = new Set(measurements.map((m) => m.sourceReportId));
  return {
    indicator: toIndicator(row),
    measurements,
    reports: [...reports.values()].filter((report) => sourceIds.has(report.id)),
  };
}
