import type { Pack, PackBlock } from '../../shared/pack';
import { normaliseIndicatorCode } from '../../shared/indicator-code';
import { reanchorReportAnnotations } from './annotation-store';
import type { SqliteDatabase } from './database';
import { statement } from './statements';

export interface WritePackOptions {
  readonly origin: 'sample' | 'import';
  readonly sourceName?: string;
  readonly now: string;
}

export interface WritePackOutcome {
  readonly reportId: number;
  /** False when the report already existed and this pack became a new revision of it. */
  readonly created: boolean;
}

/**
 * Writes one pack in a single transaction (a savepoint when the caller already holds one).
 *
 * A report already in the library (same key) gets a new revision of each language version in the
 * pack; older revisions stay so private annotations can be re-anchored against them. Indicators are
 * matched by code first, then by key, so values join existing trends across reports.
 */
export function writePack(db: SqliteDatabase, pack: Pack, options: WritePackOptions): WritePackOutcome {
  return db.transaction(() => {
    const committeeId = upsertCommittee(db, pack);
    const meetingId = upsertMeeting(db, committeeId, pack.meeting.date);
    const existing = statement(db, 'SELECT id FROM reports WHERE key = ?').get(pack.report.key) as { id: number } | undefined;
    let reportId: number;
    if (existing) {
      reportId = existing.id;
      statement(db, 'UPDATE reports SET meeting_id = ?, kind = ?, period = ?, updated_at = ? WHERE id = ?').run(
        meetingId,
        pack.report.kind,
        pack.report.period,
        options.now,
        reportId,
      );
      // Measurements are not deleted here but updated in place below (and only those the new pack
      // no longer states are removed), so their ids — which questions link to as evidence — survive.
      statement(db, 'DELETE FROM key_stats WHERE report_id = ?').run(reportId);
    } else {
      reportId = Number(
        statement(
          db,
          'INSERT INTO reports (key, meeting_id, kind, period, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(pack.report.key, meetingId, pack.report.kind, pack.report.period, options.origin, options.now, options.now)
          .lastInsertRowid,
      );
    }

    for (const version of pack.report.versions) {
      const { revision } = statement(
        db,
        'SELECT COALESCE(MAX(revision), 0) + 1 AS revision FROM report_versions WHERE report_id = ? AND lang = ?',
      ).get(reportId, version.lang) as { revision: number };
      const versionId = Number(
        statement(
          db,
          `INSERT INTO report_versions (report_id, lang, revision, title, author, author_role, signed_on, source_name, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          reportId,
          version.lang,
          revision,
          version.title,
          version.author ?? null,
          version.authorRole ?? null,
          version.signedOn ?? null,
          options.sourceName ?? null,
          options.now,
        ).lastInsertRowid,
      );
      version.sections.forEach((section, sectionOrdinal) => {
        const sectionId = Number(
          statement(db, 'INSERT INTO sections (version_id, ordinal, key, kind, heading, area, page) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
            versionId,
            sectionOrdinal,
            section.key,
            section.kind,
            section.heading,
            section.area ?? null,
            section.page ?? null,
          ).lastInsertRowid,
        );
        writeBlocks(db, sectionId, section.blocks);
      });
    }

    const upsertDimension = statement(
      db,
      `INSERT INTO dimensions (key, label_en, label_cy) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET label_en = excluded.label_en, label_cy = excluded.label_cy`,
    );
    for (const dimension of pack.dimensions) upsertDimension.run(dimension.key, dimension.label.en, dimension.label.cy);

    const indicatorIds = new Map<string, number>();
    for (const indicator of pack.indicators) {
      indicatorIds.set(indicator.key, upsertIndicator(db, indicator));
    }

    const insertMeasurement = statement(
      db,
      `INSERT INTO measurements (indicator_id, period, dimension, value, numerator, denominator, target, face, arrow,
         provisional, pending, unavailable, role, source_report_id, section_key, block_number, page)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (indicator_id, period, dimension, source_report_id) DO UPDATE SET
         value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
         target = excluded.target, face = excluded.face, arrow = excluded.arrow,
         provisional = excluded.provisional, pending = excluded.pending, unavailable = excluded.unavailable,
         role = excluded.role, section_key = excluded.section_key, block_number = excluded.block_number,
         page = excluded.page
       RETURNING id`,
    );
    const previousMeasurements = existing
      ? (statement(db, 'SELECT id FROM measurements WHERE source_report_id = ?').all(reportId) as { id: number }[])
      : [];
    const keptMeasurements = new Set<number>();
    for (const m of pack.measurements) {
      const written = insertMeasurement.get(
        indicatorIds.get(m.indicator)!,
        m.period,
        m.dimension ?? '',
        m.value,
        m.numerator ?? null,
        m.denominator ?? null,
        m.target ?? null,
        m.face ?? null,
        m.arrow ?? null,
        m.provisional ? 1 : 0,
        m.pending ? 1 : 0,
        m.unavailable ? 1 : 0,
        m.role,
        reportId,
        m.sectionKey ?? null,
        m.blockNumber ?? null,
        m.page ?? null,
      ) as { id: number };
      keptMeasurements.add(written.id);
    }
    const deleteMeasurement = statement(db, 'DELETE FROM measurements WHERE id = ?');
    for (const { id } of previousMeasurements) if (!keptMeasurements.has(id)) deleteMeasurement.run(id);

    const insertKeyStat = statement(
      db,
      'INSERT INTO key_stats (report_id, ordinal, label_en, label_cy, value, unit, indicator_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    pack.report.keyStats.forEach((stat, ordinal) => {
      insertKeyStat.run(
        reportId,
        ordinal,
        stat.label.en,
        stat.label.cy,
        stat.value,
        stat.unit,
        stat.indicator ? (indicatorIds.get(stat.indicator) ?? null) : null,
      );
    });

    // A revised paper: private notes follow their passages into the new text, in this same
    // transaction (a note that cannot be placed is kept as unplaced, never deleted).
    if (existing) reanchorReportAnnotations(db, reportId);

    return { reportId, created: !existing };
  })();
}

function upsertCommittee(db: SqliteDatabase, pack: Pack): number {
  const { key, name, council } = pack.committee;
  const row = statement(
    db,
    `INSERT INTO committees (key, name_en, name_cy, council_en, council_cy) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET name_en = excluded.name_en, name_cy = excluded.name_cy,
       council_en = excluded.council_en, council_cy = excluded.council_cy
     RETURNING id`,
  ).get(key, name.en, name.cy, council.en, council.cy) as { id: number };
  return row.id;
}

function upsertMeeting(db: SqliteDatabase, committeeId: number, date: string): number {
  const row = statement(
    db,
    `INSERT INTO meetings (committee_id, meeting_date) VALUES (?, ?)
     ON CONFLICT (committee_id, meeting_date) DO UPDATE SET meeting_date = excluded.meeting_date
     RETURNING id`,
  ).get(committeeId, date) as { id: number };
  return row.id;
}

function upsertIndicator(db: SqliteDatabase, indicator: Pack['indicators'][number]): number {
  const normalised = indicator.code ? normaliseIndicatorCode(indicator.code) : null;
  const byCode = normalised
    ? (statement(db, 'SELECT id FROM indicators WHERE code_normalised = ?').get(normalised) as { id: number } | undefined)
    : undefined;
  const byKey = statement(db, 'SELECT id FROM indicators WHERE key = ?').get(indicator.key) as { id: number } | undefined;
  const id = byCode?.id ?? byKey?.id;
  const values = [
    indicator.code ?? null,
    normalised,
    indicator.title.en,
    indicator.title.cy,
    indicator.unit,
    indicator.polarity,
    indicator.plan ?? null,
    indicator.area?.en ?? null,
    indicator.area?.cy ?? null,
  ];
  if (id !== undefined) {
    statement(
      db,
      `UPDATE indicators SET code = COALESCE(?, code), code_normalised = COALESCE(?, code_normalised), title_en = ?, title_cy = ?,
         unit = ?, polarity = ?, plan = COALESCE(?, plan), area_en = COALESCE(?, area_en), area_cy = COALESCE(?, area_cy)
       WHERE id = ?`,
    ).run(...values, id);
    return id;
  }
  return Number(
    statement(
      db,
      `INSERT INTO indicators (key, code, code_normalised, title_en, title_cy, unit, polarity, plan, area_en, area_cy)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(indicator.key, ...values).lastInsertRowid,
  );
}

function writeBlocks(db: SqliteDatabase, sectionId: number, blocks: readonly PackBlock[]): void {
  const insert = statement(
    db,
    `INSERT INTO blocks (section_id, ordinal, kind, number, level, list_index, ordered, sos_group, text, page)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let ordinal = 0;
  let listIndex = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      insert.run(sectionId, ordinal++, 'paragraph', block.number ?? null, 0, null, 0, block.group ?? null, block.text, block.page ?? null);
    } else {
      for (const item of block.items) {
        insert.run(
          sectionId,
          ordinal++,
          'list_item',
          item.number ?? null,
          item.level ?? 0,
          listIndex,
          block.ordered ? 1 : 0,
          block.group ?? null,
          item.text,
          item.page ?? null,
        );
      }
      listIndex++;
    }
  }
}
