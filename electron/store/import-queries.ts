import type { Plan, Polarity, ReportKind, Unit } from '../../shared/domain';
import type { Bilingual, Language } from '../../shared/languages';
import type { SqliteDatabase } from './database';
import { statement } from './statements';

/**
 * What the importer needs to know about the library to match a new report to it: committees (by
 * name), indicators (by code or title), headline-figure labels, and reports that a file could be a
 * revision or a language version of. Libraries hold tens of reports and hundreds of indicators, so
 * reading them whole once per import is cheaper than a query per figure.
 */
export interface LibraryCommittee {
  readonly key: string;
  readonly name: Bilingual;
  readonly council: Bilingual;
}

export interface LibraryIndicator {
  readonly id: number;
  readonly key: string;
  readonly code: string | null;
  readonly codeNormalised: string | null;
  readonly title: Bilingual;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly plan: Plan | null;
  readonly area: Bilingual | null;
}

export interface LibraryKeyStatLabel {
  readonly label: Bilingual;
  readonly unit: Unit;
  readonly indicatorId: number;
}

export interface LibraryReport {
  readonly id: number;
  readonly key: string;
  readonly committeeKey: string;
  readonly meetingDate: string;
  readonly period: string;
  readonly kind: ReportKind;
  readonly title: Partial<Bilingual>;
  readonly languages: readonly Language[];
}

export interface ImportLibraryContext {
  readonly committees: readonly LibraryCommittee[];
  readonly indicators: readonly LibraryIndicator[];
  readonly keyStatLabels: readonly LibraryKeyStatLabel[];
  readonly reports: readonly LibraryReport[];
}

export function readImportContext(db: SqliteDatabase): ImportLibraryContext {
  const committees = (
    statement(db, 'SELECT key, name_en, name_cy, council_en, council_cy FROM committees ORDER BY id').all() as {
      key: string;
      name_en: string;
      name_cy: string;
      council_en: string;
      council_cy: string;
    }[]
  ).map((row) => ({ key: row.key, name: { en: row.name_en, cy: row.name_cy }, council: { en: row.council_en, cy: row.council_cy } }));

  const indicators = (
    statement(db, 'SELECT * FROM indicators ORDER BY id').all() as {
      id: number;
      key: string;
      code: string | null;
      code_normalised: string | null;
      title_en: string;
      title_cy: string;
      unit: Unit;
      polarity: Polarity;
      plan: Plan | null;
      area_en: string | null;
      area_cy: string | null;
    }[]
  ).map((row) => ({
    id: row.id,
    key: row.key,
    code: row.code,
    codeNormalised: row.code_normalised,
    title: { en: row.title_en, cy: row.title_cy },
    unit: row.unit,
    polarity: row.polarity,
    plan: row.plan,
    area: row.area_en !== null && row.area_cy !== null ? { en: row.area_en, cy: row.area_cy } : null,
  }));

  const keyStatLabels = (
    statement(
      db,
      'SELECT DISTINCT label_en, label_cy, unit, indicator_id FROM key_stats WHERE indicator_id IS NOT NULL ORDER BY indicator_id',
    ).all() as { label_en: string; label_cy: string; unit: Unit; indicator_id: number }[]
  ).map((row) => ({ label: { en: row.label_en, cy: row.label_cy }, unit: row.unit, indicatorId: row.indicator_id }));

  const reportRows = statement(
    db,
    `SELECT r.id, r.key, r.period, r.kind, m.meeting_date, c.key AS committee_key
     FROM reports r JOIN meetings m ON m.id = r.meeting_id JOIN committees c ON c.id = m.committee_id
     ORDER BY m.meeting_date DESC, r.id DESC`,
  ).all() as { id: number; key: string; period: string; kind: ReportKind; meeting_date: string; committee_key: string }[];
  const versionRows = statement(
    db,
    `SELECT v.report_id, v.lang, v.title FROM report_versions v
     WHERE v.revision = (SELECT MAX(revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang)`,
  ).all() as { report_id: number; lang: Language; title: string }[];
  const reports = reportRows.map((row) => {
    const versions = versionRows.filter((version) => version.report_id === row.id);
    const title: { en?: string; cy?: string } = {};
    for (const version of versions) title[version.lang] = version.title;
    return {
      id: row.id,
      key: row.key,
      committeeKey: row.committee_key,
      meetingDate: row.meeting_date,
      period: row.period,
      kind: row.kind,
      title,
      languages: versions.map((version) => version.lang).sort(),
    };
  });

  return { committees, indicators, keyStatLabels, reports };
}

/** The newest revision number of one language version of a report (0 when it has none). */
export function latestRevision(db: SqliteDatabase, reportId: number, lang: Language): number {
  const row = statement(db, 'SELECT COALESCE(MAX(revision), 0) AS revision FROM report_versions WHERE report_id = ? AND lang = ?').get(
    reportId,
    lang,
  ) as { revision: number };
  return row.revision;
}
