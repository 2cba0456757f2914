import { SEARCH_GROUPS, type SearchRebuildOutcome } from '../../shared/search';
import type { SqliteDatabase } from './database';

/** Entry sources, in the order the migration first filled the index (see migration 002). */
const SOURCES = [
  'search_title_source',
  'search_heading_source',
  'search_passage_source',
  'search_indicator_source',
  'search_note_source',
  'search_question_source',
] as const;
const COLUMNS = 'kind, lang, text, report_id, version_id, section_id, block_id, indicator_id, annotation_id, question_id, meeting_id';
/** The FTS5 tables of migration 002: a text and a stem table per result group. */
export const SEARCH_INDEX_TABLES = SEARCH_GROUPS.flatMap((group) => [`search_${group}_text`, `search_${group}_stem`]);

interface SchemaRow {
  type: 'table' | 'index' | 'trigger';
  name: string;
  sql: string;
}

/**
 * Recovery: throws the search index away and builds it again from the library, in one
 * transaction (on any error the old index stays as it was).
 *
 * The tables are dropped and re-created from their own definitions in sqlite_schema, not emptied
 * row by row: a damaged FTS index can refuse a DELETE, but it can always be dropped. Reading the
 * definitions back (rather than repeating them here) keeps one source of truth, migration 002.
 * Dropping search_entries also drops its indexes and triggers, so those are re-created too.
 */
export function rebuildSearchIndex(db: SqliteDatabase): SearchRebuildOutcome {
  return db.transaction(() => {
    const schema = db
      .prepare(
        `SELECT type, name, sql FROM sqlite_schema
         WHERE sql IS NOT NULL AND (name IN (SELECT value FROM json_each(?)) OR tbl_name = 'search_entries')
         ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name`,
      )
      .all(JSON.stringify(SEARCH_INDEX_TABLES)) as SchemaRow[];
    const names = new Set(schema.map((row) => row.name));
    for (const required of ['search_entries', ...SEARCH_INDEX_TABLES]) {
      if (!names.has(required)) throw new Error(`The search index table ${required} is missing from this database`);
    }
    // Names from the fixed list above, never from input.
    for (const table of [...SEARCH_INDEX_TABLES, 'search_entries']) db.exec(`DROP TABLE ${table}`);
    // DDL read back from this database's own schema: there are no values to bind here.
    for (const row of schema) db.exec(row.sql);
    for (const source of SOURCES) db.exec(`INSERT INTO search_entries (${COLUMNS}) SELECT ${COLUMNS} FROM ${source}`);
    const { entries } = db.prepare('SELECT COUNT(*) AS entries FROM search_entries').get() as { entries: number };
    for (const table of SEARCH_INDEX_TABLES) db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize')`);
    return { entries };
  })();
}
