import type { Block } from '../../shared/domain';
import type { Language } from '../../shared/languages';
import { packSchema, PACK_FORMAT, PACK_VERSION, type Pack, type PackBlock, type PackInput, type PackSection } from '../../shared/pack';
import type { SqliteDatabase } from './database';
import { readSectionViews } from './library-queries';
import { statement } from './statements';

interface ReportRow {
  id: number;
  key: string;
  kind: Pack['report']['kind'];
  period: string;
  meeting_date: string;
  committee_key: string;
  name_en: string;
  name_cy: string;
  council_en: string;
  council_cy: string;
}
interface VersionRow {
  id: number;
  lang: Language;
  title: string;
  author: string | null;
  author_role: string | null;
  signed_on: string | null;
}
interface IndicatorRow {
  id: number;
  key: string;
  code: string | null;
  title_en: string;
  title_cy: string;
  unit: Pack['indicators'][number]['unit'];
  polarity: Pack['indicators'][number]['polarity'];
  plan: Pack['indicators'][number]['plan'] | null;
  area_en: string | null;
  area_cy: string | null;
}
interface MeasurementRow {
  indicator_key: string;
  period: string;
  dimension: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  face: Pack['measurements'][number]['face'] | null;
  arrow: Pack['measurements'][number]['arrow'] | null;
  provisional: number;
  pending: number;
  unavailable: number;
  role: Pack['measurements'][number]['role'];
  section_key: string | null;
  block_number: string | null;
  page: number | null;
}

/**
 * A stored report as a Briffio pack: the newest revision of each language version, its key
 * stats, and the indicators, breakdowns and measurements it states. Importing the result gives
 * the same report back (a new revision of it, when the library already holds it), so a pack is
 * both the export format and the import format. The pack is validated before it is returned, so
 * an export can never produce a file Briffio would refuse.
 */
export function exportPack(db: SqliteDatabase, reportId: number): Pack | null {
  const report = statement(
    db,
    `SELECT r.id, r.key, r.kind, r.period, m.meeting_date, c.key AS committee_key, c.name_en, c.name_cy, c.council_en, c.council_cy
     FROM reports r JOIN meetings m ON m.id = r.meeting_id JOIN committees c ON c.id = m.committee_id
     WHERE r.id = ?`,
  ).get(reportId) as ReportRow | undefined;
  if (!report) return null;

  const versions = (
    statement(
      db,
      `SELECT v.id, v.lang, v.title, v.author, v.author_role, v.signed_on FROM report_versions v
       WHERE v.report_id = ? AND v.revision = (SELECT MAX(revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang)
       ORDER BY v.lang = 'en' DESC, v.lang`,
    ).all(reportId) as VersionRow[]
  ).map((version) => ({
    lang: version.lang,
    title: version.title,
    ...(version.author ? { author: version.author } : {}),
    ...(version.author_role ? { authorRole: version.author_role } : {}),
    ...(version.signed_on ? { signedOn: version.signed_on } : {}),
    sections: readSections(db, version.id),
  }));

  const measurements = statement(
    db,
    `SELECT i.key AS indicator_key, m.period, m.dimension, m.value, m.numerator, m.denominator, m.target, m.face, m.arrow,
       m.provisional, m.pending, m.unavailable, m.role, m.section_key, m.block_number, m.page
     FROM measurements m JOIN indicators i ON i.id = m.indicator_id
     WHERE m.source_report_id = ? ORDER BY m.id`,
  ).all(reportId) as MeasurementRow[];
  const keyStats = statement(
    db,
    `SELECT k.label_en, k.label_cy, k.value, k.unit, i.key AS indicator_key
     FROM key_stats k LEFT JOIN indicators i ON i.id = k.indicator_id WHERE k.report_id = ? ORDER BY k.ordinal`,
  ).all(reportId) as { label_en: string; label_cy: string; value: number; unit: Pack['report']['keyStats'][number]['unit']; indicator_key: string | null }[];
  const indicators = statement(
    db,
    `SELECT i.* FROM indicators i
     WHERE i.id IN (SELECT indicator_id FROM measurements WHERE source_report_id = ?)
        OR i.id IN (SELECT indicator_id FROM key_stats WHERE report_id = ? AND indicator_id IS NOT NULL)
     ORDER BY i.id`,
  ).all(reportId, reportId) as IndicatorRow[];
  const dimensionKeys = [...new Set(measurements.map((m) => m.dimension).filter((key) => key !== ''))];
  const dimensionStatement = statement(db, 'SELECT key, label_en, label_cy FROM dimensions WHERE key = ?');
  const dimensions = dimensionKeys
    .map((key) => dimensionStatement.get(key) as { key: string; label_en: string; label_cy: string } | undefined)
    .filter((row) => row !== undefined)
    .map((row) => ({ key: row.key, label: { en: row.label_en, cy: row.label_cy } }));

  const pack: PackInput = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    committee: {
      key: report.committee_key,
      name: { en: report.name_en, cy: report.name_cy },
      council: { en: report.council_en, cy: report.council_cy },
    },
    meeting: { date: report.meeting_date },
    report: {
      key: report.key,
      kind: report.kind,
      period: report.period,
      versions,
      keyStats: keyStats.map((stat) => ({
        label: { en: stat.label_en, cy: stat.label_cy },
        value: stat.value,
        unit: stat.unit,
        ...(stat.indicator_key ? { indicator: stat.indicator_key } : {}),
      })),
    },
    indicators: indicators.map((row) => ({
      key: row.key,
      ...(row.code ? { code: row.code } : {}),
      title: { en: row.title_en, cy: row.title_cy },
      unit: row.unit,
      polarity: row.polarity,
      ...(row.plan ? { plan: row.plan } : {}),
      ...(row.area_en && row.area_cy ? { area: { en: row.area_en, cy: row.area_cy } } : {}),
    })),
    dimensions,
    measurements: measurements.map((row) => ({
      indicator: row.indicator_key,
      period: row.period,
      ...(row.dimension ? { dimension: row.dimension } : {}),
      value: row.value,
      ...(row.numerator !== null ? { numerator: row.numerator } : {}),
      ...(row.denominator !== null ? { denominator: row.denominator } : {}),
      ...(row.target !== null ? { target: row.target } : {}),
      ...(row.face ? { face: row.face } : {}),
      ...(row.arrow ? { arrow: row.arrow } : {}),
      ...(row.provisional ? { provisional: true } : {}),
      ...(row.pending ? { pending: true } : {}),
      ...(row.unavailable ? { unavailable: true } : {}),
      role: row.role,
      ...(row.section_key ? { sectionKey: row.section_key } : {}),
      ...(row.block_number ? { blockNumber: row.block_number } : {}),
      ...(row.page !== null ? { page: row.page } : {}),
    })),
  };
  return packSchema.parse(pack);
}

function readSections(db: SqliteDatabase, versionId: number): PackSection[] {
  return readSectionViews(db, versionId).map((section) => ({
    key: section.key,
    kind: section.kind,
    heading: section.heading,
    ...(section.area ? { area: section.area } : {}),
    ...(section.page !== null ? { page: section.page } : {}),
    blocks: toPackBlocks(section.blocks),
  }));
}

/** Stored blocks back into pack blocks: consecutive list items with one list index form one list. */
function toPackBlocks(stored: readonly Block[]): PackBlock[] {
  const blocks: PackBlock[] = [];
  let list: Extract<PackBlock, { type: 'list' }> | null = null;
  let listIndex: number | null = null;
  for (const block of stored) {
    if (block.kind === 'paragraph') {
      list = null;
      blocks.push({
        type: 'paragraph',
        ...(block.number ? { number: block.number } : {}),
        ...(block.group ? { group: block.group } : {}),
        text: block.text,
        ...(block.page !== null ? { page: block.page } : {}),
      });
      continue;
    }
    if (!list || listIndex !== block.listIndex) {
      list = {
        type: 'list',
        ...(block.ordered ? { ordered: true } : {}),
        ...(block.group ? { group: block.group } : {}),
        items: [],
      };
      listIndex = block.listIndex;
      blocks.push(list);
    }
    list.items.push({
      text: block.text,
      ...(block.number ? { number: block.number } : {}),
      ...(block.level ? { level: block.level } : {}),
      ...(block.page !== null ? { page: block.page } : {}),
    });
  }
  return blocks;
}
