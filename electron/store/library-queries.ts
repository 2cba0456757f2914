import type {
  Block,
  CommitteeSummary,
  IndicatorView,
  KeyStatView,
  LibraryView,
  MeasurementView,
  ReportSummary,
  ReportVersionView,
  ReportView,
  SectionView,
} from '../../shared/domain';
import type { Language } from '../../shared/languages';
import { comparePeriodKeys } from '../../shared/period';
import type { SqliteDatabase } from './database';
import { groupBy } from './group-by';
import { statement } from './statements';

interface CommitteeRow {
  id: number;
  key: string;
  name_en: string;
  name_cy: string;
  council_en: string;
  council_cy: string;
}
interface MeetingRow {
  id: number;
  committee_id: number;
  meeting_date: string;
}
interface ReportRow {
  id: number;
  key: string;
  meeting_id: number;
  kind: ReportSummary['kind'];
  period: string;
}
interface VersionRow {
  id: number;
  report_id: number;
  lang: Language;
  revision: number;
  title: string;
  author: string | null;
  author_role: string | null;
  signed_on: string | null;
}
interface SectionRow {
  id: number;
  key: string;
  kind: SectionView['kind'];
  heading: string;
  area: string | null;
  page: number | null;
}
interface BlockRow {
  section_id: number;
  kind: Block['kind'];
  number: string | null;
  level: number;
  list_index: number | null;
  ordered: number;
  sos_group: Block['group'];
  text: string;
  page: number | null;
}
interface IndicatorRow {
  id: number;
  key: string;
  code: string | null;
  title_en: string;
  title_cy: string;
  unit: IndicatorView['unit'];
  polarity: IndicatorView['polarity'];
  plan: IndicatorView['plan'];
  area_en: string | null;
  area_cy: string | null;
}
interface MeasurementRow {
  id: number;
  indicator_id: number;
  period: string;
  dimension: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  face: MeasurementView['face'];
  arrow: MeasurementView['arrow'];
  provisional: number;
  pending: number;
  unavailable: number;
  role: MeasurementView['role'];
  source_report_id: number;
  section_key: string | null;
  block_number: string | null;
  page: number | null;
  dimension_en: string | null;
  dimension_cy: string | null;
}

/** The newest revision of each language version, for every report. */
const CURRENT_VERSIONS_SQL = `
  SELECT v.id, v.report_id, v.lang, v.revision, v.title, v.author, v.author_role, v.signed_on
  FROM report_versions v
  WHERE v.revision = (SELECT MAX(revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang)`;

export function readLibrary(db: SqliteDatabase): LibraryView {
  const committees = statement(db, 'SELECT * FROM committees ORDER BY name_en').all() as CommitteeRow[];
  const meetings = statement(db, 'SELECT * FROM meetings ORDER BY meeting_date DESC, id DESC').all() as MeetingRow[];
  const reports = statement(db, 'SELECT id, key, meeting_id, kind, period FROM reports').all() as ReportRow[];
  const versions = statement(db, `${CURRENT_VERSIONS_SQL} ORDER BY v.lang`).all() as VersionRow[];

  const versionsByReport = groupBy(versions, (v) => v.report_id);
  const reportsByMeeting = groupBy(reports, (r) => r.meeting_id);
  const meetingsByCommittee = groupBy(meetings, (m) => m.committee_id);

  const summaries: CommitteeSummary[] = committees.map((committee) => ({
    id: committee.id,
    key: committee.key,
    name: { en: committee.name_en, cy: committee.name_cy },
    council: { en: committee.council_en, cy: committee.council_cy },
    meetings: (meetingsByCommittee.get(committee.id) ?? [])
      .map((meeting) => ({
        id: meeting.id,
        date: meeting.meeting_date,
        reports: (reportsByMeeting.get(meeting.id) ?? [])
          .slice()
          .sort((a, b) => comparePeriodKeys(b.period, a.period) || a.kind.localeCompare(b.kind) || b.id - a.id)
          .map((report) => toSummary(report, versionsByReport.get(report.id) ?? [])),
      }))
      .filter((meeting) => meeting.reports.length > 0),
  }));
  // Newest first: the committee whose latest meeting is most recent leads.
  summaries.sort((a, b) => (b.meetings[0]?.date ?? '').localeCompare(a.meetings[0]?.date ?? '') || a.name.en.localeCompare(b.name.en));
  return { committees: summaries.filter((c) => c.meetings.length > 0) };
}

function toSummary(report: ReportRow, versions: readonly VersionRow[]): ReportSummary {
  const title: { en?: string; cy?: string } = {};
  for (const version of versions) title[version.lang] = version.title;
  return {
    id: report.id,
    key: report.key,
    kind: report.kind,
    period: report.period,
    title,
    languages: versions.map((v) => v.lang).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : 0)),
  };
}

export function readReport(db: SqliteDatabase, reportId: number): ReportView | null {
  const report = statement(db, 'SELECT id, key, meeting_id, kind, period FROM reports WHERE id = ?').get(reportId) as
    | ReportRow
    | undefined;
  if (!report) return null;
  const meeting = statement(db, 'SELECT * FROM meetings WHERE id = ?').get(report.meeting_id) as MeetingRow;
  const committee = statement(db, 'SELECT * FROM committees WHERE id = ?').get(meeting.committee_id) as CommitteeRow;
  const versions = statement(db, `${CURRENT_VERSIONS_SQL} AND v.report_id = ? ORDER BY v.lang`).all(reportId) as VersionRow[];

  return {
    id: report.id,
    key: report.key,
    kind: report.kind,
    period: report.period,
    committee: {
      id: committee.id,
      key: committee.key,
      name: { en: committee.name_en, cy: committee.name_cy },
      council: { en: committee.council_en, cy: committee.council_cy },
    },
    meeting: { id: meeting.id, date: meeting.meeting_date },
    versions: versions.map((version) => readVersion(db, version)),
    keyStats: readKeyStats(db, reportId),
    indicators: readReportIndicators(db, reportId),
  };
}

function readVersion(db: SqliteDatabase, version: VersionRow): ReportVersionView {
  return {
    lang: version.lang,
    revision: version.revision,
    title: version.title,
    author: version.author,
    authorRole: version.author_role,
    signedOn: version.signed_on,
    sections: readSectionViews(db, version.id),
  };
}

/** One stored language version's sections with their blocks, in printed order (also what pack export writes). */
export function readSectionViews(db: SqliteDatabase, versionId: number): SectionView[] {
  const sections = statement(db, 'SELECT id, key, kind, heading, area, page FROM sections WHERE version_id = ? ORDER BY ordinal').all(
    versionId,
  ) as SectionRow[];
  const blocks = statement(
    db,
    `SELECT b.section_id, b.kind, b.number, b.level, b.list_index, b.ordered, b.sos_group, b.text, b.page
     FROM blocks b JOIN sections s ON s.id = b.section_id
     WHERE s.version_id = ? ORDER BY s.ordinal, b.ordinal`,
  ).all(versionId) as BlockRow[];
  const blocksBySection = groupBy(blocks, (b) => b.section_id);
  return sections.map((section) => ({
    id: section.id,
    key: section.key,
    kind: section.kind,
    heading: section.heading,
    area: section.area,
    page: section.page,
    blocks: (blocksBySection.get(section.id) ?? []).map(toBlock),
  }));
}

function toBlock(row: BlockRow): Block {
  return {
    kind: row.kind,
    number: row.number,
    level: row.level,
    listIndex: row.list_index,
    ordered: row.ordered === 1,
    group: row.sos_group,
    text: row.text,
    page: row.page,
  };
}

function readKeyStats(db: SqliteDatabase, reportId: number): KeyStatView[] {
  const rows = statement(
    db,
    `SELECT k.label_en, k.label_cy, k.value, k.unit, i.key AS indicator_key
     FROM key_stats k LEFT JOIN indicators i ON i.id = k.indicator_id
     WHERE k.report_id = ? ORDER BY k.ordinal`,
  ).all(reportId) as { label_en: string; label_cy: string; value: number; unit: KeyStatView['unit']; indicator_key: string | null }[];
  return rows.map((row) => ({
    label: { en: row.label_en, cy: row.label_cy },
    value: row.value,
    unit: row.unit,
    indicatorKey: row.indicator_key,
  }));
}

/** Indicators the report states a value for, each with its whole history across the library. */
function readReportIndicators(db: SqliteDatabase, reportId: number): ReportView['indicators'] {
  const indicators = statement(
    db,
    `SELECT i.* FROM indicators i
     WHERE i.id IN (SELECT indicator_id FROM measurements WHERE source_report_id = ?)
     ORDER BY (SELECT MIN(m.id) FROM measurements m WHERE m.indicator_id = i.id AND m.source_report_id = ?)`,
  ).all(reportId, reportId) as IndicatorRow[];
  return indicators.map((row) => ({
    indicator: toIndicator(row),
    measurements: readMeasurements(db, row.id),
  }));
}

export function readMeasurements(db: SqliteDatabase, indicatorId: number): MeasurementView[] {
  const rows = statement(
    db,
    `SELECT m.*, d.label_en AS dimension_en, d.label_cy AS dimension_cy
     FROM measurements m LEFT JOIN dimensions d ON d.key = m.dimension
     WHERE m.indicator_id = ?`,
  ).all(indicatorId) as MeasurementRow[];
  return rows
    .map(toMeasurement)
    .sort((a, b) => comparePeriodKeys(a.period, b.period) || a.dimension.localeCompare(b.dimension) || a.id - b.id);
}

export function toIndicator(row: IndicatorRow): IndicatorView {
  return {
    id: row.id,
    key: row.key,
    code: row.code,
    title: { en: row.title_en, cy: row.title_cy },
    unit: row.unit,
    polarity: row.polarity,
    plan: row.plan,
    area: row.area_en !== null && row.area_cy !== null ? { en: row.area_en, cy: row.area_cy } : null,
  };
}

function toMeasurement(row: MeasurementRow): MeasurementView {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    period: row.period,
    dimension: row.dimension,
    dimensionLabel: row.dimension_en !== null && row.dimension_cy !== null ? { en: row.dimension_en, cy: row.dimension_cy } : null,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    target: row.target,
    face: row.face,
    arrow: row.arrow,
    provisional: row.provisional === 1,
    pending: row.pending === 1,
    unavailable: row.unavailable === 1,
    role: row.role,
    sourceReportId: row.source_report_id,
    sectionKey: row.section_key,
    blockNumber: row.block_number,
    page: row.page,
  };
}
