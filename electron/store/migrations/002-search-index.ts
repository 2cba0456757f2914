import type { Migration } from './migration';

/**
 * Full-text search over the library (issue #8): report text, indicators, the councillor's notes
 * and questions, kept in step with every write by triggers, so an import, an edit or a delete
 * changes the index in the same transaction whoever makes it (the annotation and question
 * features included, which were written after this migration).
 *
 * Shape:
 * - `search_entries`: one row per searchable thing — a report title, section heading or passage
 *   of the *current* revision of each language version, an indicator, a note (not deleted), a
 *   question (not deleted) — with its text as stored and what it belongs to. Rows are only ever
 *   inserted and deleted (an edit deletes and re-inserts), never updated.
 * - Two FTS5 tables per result group (reports, indicators, notes, questions), so each group is
 *   searched on its own and a query never wades through another group's words:
 *   `search_<group>_text` (unicode61, diacritics removed): Welsh report text, indicator titles
 *     and the councillor's own text, as written (queries add Welsh mutations). Columns `cy` (the
 *     text), `codes` (indicator codes found in it, normalised), `kind` (not indexed; for ranking).
 *   `search_<group>_stem` (porter stemmer): English report text, indicator titles and the
 *     councillor's own text, stemmed so "placements" finds "placement". Columns `en`, `codes`, `kind`.
 *   Notes, questions and indicators are in both: the councillor writes in either language, so
 *   their text is indexed both ways rather than by a guess at its language.
 * - Views `search_*_source` say what each kind of entry holds; triggers and the rebuild
 *   (electron/store/search-rebuild.ts) both insert from them, so they cannot disagree.
 *
 * Text is folded by `briffio_fold_en`, `briffio_fold_cy` and codes are found by `briffio_codes`:
 * JavaScript functions (shared/search-fold.ts, shared/search-codes.ts) that openDatabase registers
 * on every connection before migrations run. A connection without them (the sqlite3 shell) can
 * read everything but cannot write report text, notes or questions. If their rules change, run
 * `search.rebuild` (or a later migration that rebuilds) so the stored folding matches.
 */

const COLUMNS = 'kind, lang, text, report_id, version_id, section_id, block_id, indicator_id, annotation_id, question_id, meeting_id';

/** The result groups, each with the entry kinds it holds; each gets its own pair of FTS tables. */
const GROUPS = [
  { name: 'reports', kinds: "'title', 'heading', 'passage'" },
  { name: 'indicators', kinds: "'indicator'" },
  { name: 'notes', kinds: "'note'" },
  { name: 'questions', kinds: "'question'" },
] as const;

function insertFrom(view: string, where: string): string {
  return `INSERT INTO search_entries (${COLUMNS}) SELECT ${COLUMNS} FROM ${view} WHERE ${where};`;
}

/**
 * Brings the index of one report's language versions in line with which revision is current:
 * entries of older revisions go, entries of the current one are added where missing.
 */
function syncReportLanguage(report: string, lang: string): string {
  return `
    DELETE FROM search_entries WHERE version_id IN (
      SELECT w.id FROM report_versions w WHERE w.report_id = ${report} AND w.lang = ${lang}
        AND w.id NOT IN (SELECT c.id FROM search_current_versions c WHERE c.report_id = ${report} AND c.lang = ${lang}));
    ${insertFrom('search_title_source s', `s.report_id = ${report} AND s.lang = ${lang} AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.kind = 'title' AND e.version_id = s.version_id)`)}
    ${insertFrom('search_heading_source s', `s.report_id = ${report} AND s.lang = ${lang} AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.section_id = s.section_id)`)}
    ${insertFrom('search_passage_source s', `s.report_id = ${report} AND s.lang = ${lang} AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.block_id = s.block_id)`)}`;
}

function refreshNote(annotationId: string): string {
  return `
    DELETE FROM search_entries WHERE annotation_id = ${annotationId};
    ${insertFrom('search_note_source', `annotation_id = ${annotationId}`)}`;
}

export const searchIndex: Migration = {
  version: 2,
  name: 'search index',
  up: `
    CREATE TABLE search_entries (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('title', 'heading', 'passage', 'indicator', 'note', 'question')),
      -- Language of the text; NULL for indicators (both titles) and the councillor's own text.
      lang TEXT CHECK (lang IN ('en', 'cy')),
      text TEXT NOT NULL,
      report_id INTEGER,
      version_id INTEGER,
      section_id INTEGER,
      block_id INTEGER,
      indicator_id INTEGER,
      annotation_id TEXT,
      question_id TEXT,
      meeting_id INTEGER
    ) STRICT;
    CREATE INDEX search_entries_version ON search_entries(version_id) WHERE version_id IS NOT NULL;
    CREATE UNIQUE INDEX search_entries_section ON search_entries(section_id) WHERE section_id IS NOT NULL;
    CREATE UNIQUE INDEX search_entries_block ON search_entries(block_id) WHERE block_id IS NOT NULL;
    CREATE UNIQUE INDEX search_entries_indicator ON search_entries(indicator_id) WHERE indicator_id IS NOT NULL;
    CREATE UNIQUE INDEX search_entries_annotation ON search_entries(annotation_id) WHERE annotation_id IS NOT NULL;
    CREATE UNIQUE INDEX search_entries_question ON search_entries(question_id) WHERE question_id IS NOT NULL;

    -- Prefix indexes for 2 to 6 letters: a word being typed is looked up directly instead of
    -- merging every word that starts with it (measured about twice as fast as typing goes on, for
    -- an index about 70% larger; scripts/bench/search.bench.ts).
    ${GROUPS.map(
      (group) => `
    CREATE VIRTUAL TABLE search_${group.name}_text USING fts5(cy, codes, kind UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6');
    CREATE VIRTUAL TABLE search_${group.name}_stem USING fts5(en, codes, kind UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4 5 6');`,
    ).join('')}

    CREATE TRIGGER search_entries_after_insert AFTER INSERT ON search_entries BEGIN
      ${GROUPS.map(
        (group) => `
      INSERT INTO search_${group.name}_text (rowid, cy, codes, kind)
        SELECT NEW.id, briffio_fold_cy(NEW.text), briffio_codes(NEW.text), NEW.kind
        WHERE NEW.kind IN (${group.kinds}) AND NEW.lang IS NOT 'en';
      INSERT INTO search_${group.name}_stem (rowid, en, codes, kind)
        SELECT NEW.id, briffio_fold_en(NEW.text), briffio_codes(NEW.text), NEW.kind
        WHERE NEW.kind IN (${group.kinds}) AND NEW.lang IS NOT 'cy';`,
      ).join('')}
    END;
    CREATE TRIGGER search_entries_after_delete AFTER DELETE ON search_entries BEGIN
      ${GROUPS.map(
        (group) => `
      DELETE FROM search_${group.name}_text WHERE rowid = OLD.id AND OLD.kind IN (${group.kinds});
      DELETE FROM search_${group.name}_stem WHERE rowid = OLD.id AND OLD.kind IN (${group.kinds});`,
      ).join('')}
    END;

    -- Only the newest revision of each language version is searchable.
    CREATE VIEW search_current_versions (id, report_id, lang, title) AS
      SELECT v.id, v.report_id, v.lang, v.title FROM report_versions v
      WHERE v.revision = (SELECT MAX(w.revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang);

    CREATE VIEW search_title_source (${COLUMNS}) AS
      SELECT 'title', v.lang, v.title, v.report_id, v.id, NULL, NULL, NULL, NULL, NULL, NULL
      FROM search_current_versions v;
    CREATE VIEW search_heading_source (${COLUMNS}) AS
      SELECT 'heading', v.lang, s.heading, v.report_id, v.id, s.id, NULL, NULL, NULL, NULL, NULL
      FROM sections s JOIN search_current_versions v ON v.id = s.version_id;
    CREATE VIEW search_passage_source (${COLUMNS}) AS
      SELECT 'passage', v.lang, b.text, v.report_id, v.id, NULL, b.id, NULL, NULL, NULL, NULL
      FROM blocks b JOIN sections s ON s.id = b.section_id JOIN search_current_versions v ON v.id = s.version_id;
    -- Three lines: code (may be empty), English title, Welsh title.
    CREATE VIEW search_indicator_source (${COLUMNS}) AS
      SELECT 'indicator', NULL, COALESCE(i.code, '') || char(10) || i.title_en || char(10) || i.title_cy,
        NULL, NULL, NULL, NULL, i.id, NULL, NULL, NULL
      FROM indicators i;
    -- Three lines: the note, the passage it quotes, its tags.
    CREATE VIEW search_note_source (${COLUMNS}) AS
      SELECT 'note', NULL,
        a.body || char(10) || COALESCE(a.quote_exact, '') || char(10)
          || COALESCE((SELECT group_concat(t.tag, ' ' ORDER BY t.tag) FROM annotation_tags t WHERE t.annotation_id = a.id), ''),
        a.report_id, NULL, NULL, NULL, NULL, a.id, NULL, NULL
      FROM annotations a WHERE a.deleted_at IS NULL;
    -- Two lines: the question, the notes of its answer.
    CREATE VIEW search_question_source (${COLUMNS}) AS
      SELECT 'question', NULL, q.text || char(10) || q.answer_notes, NULL, NULL, NULL, NULL, NULL, NULL, q.id, q.meeting_id
      FROM questions q WHERE q.deleted_at IS NULL;

    CREATE TRIGGER search_versions_after_insert AFTER INSERT ON report_versions BEGIN
      ${syncReportLanguage('NEW.report_id', 'NEW.lang')}
    END;
    CREATE TRIGGER search_versions_after_update AFTER UPDATE OF report_id, lang, revision, title ON report_versions BEGIN
      DELETE FROM search_entries WHERE version_id = OLD.id;
      ${syncReportLanguage('OLD.report_id', 'OLD.lang')}
      ${syncReportLanguage('NEW.report_id', 'NEW.lang')}
    END;
    -- Deleting the newest revision makes the one before it current again.
    CREATE TRIGGER search_versions_after_delete AFTER DELETE ON report_versions BEGIN
      DELETE FROM search_entries WHERE version_id = OLD.id;
      ${syncReportLanguage('OLD.report_id', 'OLD.lang')}
    END;

    CREATE TRIGGER search_sections_after_insert AFTER INSERT ON sections BEGIN
      ${insertFrom('search_heading_source', 'section_id = NEW.id')}
    END;
    CREATE TRIGGER search_sections_after_update AFTER UPDATE OF heading, version_id ON sections BEGIN
      DELETE FROM search_entries WHERE section_id = OLD.id;
      DELETE FROM search_entries WHERE block_id IN (SELECT id FROM blocks WHERE section_id = NEW.id);
      ${insertFrom('search_heading_source', 'section_id = NEW.id')}
      ${insertFrom('search_passage_source', 'block_id IN (SELECT id FROM blocks WHERE section_id = NEW.id)')}
    END;
    CREATE TRIGGER search_sections_after_delete AFTER DELETE ON sections BEGIN
      DELETE FROM search_entries WHERE section_id = OLD.id;
    END;

    CREATE TRIGGER search_blocks_after_insert AFTER INSERT ON blocks BEGIN
      ${insertFrom('search_passage_source', 'block_id = NEW.id')}
    END;
    CREATE TRIGGER search_blocks_after_update AFTER UPDATE OF text, section_id ON blocks BEGIN
      DELETE FROM search_entries WHERE block_id = OLD.id;
      ${insertFrom('search_passage_source', 'block_id = NEW.id')}
    END;
    CREATE TRIGGER search_blocks_after_delete AFTER DELETE ON blocks BEGIN
      DELETE FROM search_entries WHERE block_id = OLD.id;
    END;

    CREATE TRIGGER search_indicators_after_insert AFTER INSERT ON indicators BEGIN
      ${insertFrom('search_indicator_source', 'indicator_id = NEW.id')}
    END;
    CREATE TRIGGER search_indicators_after_update AFTER UPDATE OF id, code, title_en, title_cy ON indicators BEGIN
      DELETE FROM search_entries WHERE indicator_id = OLD.id;
      ${insertFrom('search_indicator_source', 'indicator_id = NEW.id')}
    END;
    CREATE TRIGGER search_indicators_after_delete AFTER DELETE ON indicators BEGIN
      DELETE FROM search_entries WHERE indicator_id = OLD.id;
    END;

    CREATE TRIGGER search_annotations_after_insert AFTER INSERT ON annotations BEGIN
      ${insertFrom('search_note_source', 'annotation_id = NEW.id')}
    END;
    CREATE TRIGGER search_annotations_after_update AFTER UPDATE OF id, body, quote_exact, deleted_at, report_id ON annotations BEGIN
      DELETE FROM search_entries WHERE annotation_id = OLD.id;
      ${insertFrom('search_note_source', 'annotation_id = NEW.id')}
    END;
    CREATE TRIGGER search_annotations_after_delete AFTER DELETE ON annotations BEGIN
      DELETE FROM search_entries WHERE annotation_id = OLD.id;
    END;

    CREATE TRIGGER search_annotation_tags_after_insert AFTER INSERT ON annotation_tags BEGIN
      ${refreshNote('NEW.annotation_id')}
    END;
    CREATE TRIGGER search_annotation_tags_after_update AFTER UPDATE ON annotation_tags BEGIN
      ${refreshNote('OLD.annotation_id')}
      ${refreshNote('NEW.annotation_id')}
    END;
    CREATE TRIGGER search_annotation_tags_after_delete AFTER DELETE ON annotation_tags BEGIN
      ${refreshNote('OLD.annotation_id')}
    END;

    CREATE TRIGGER search_questions_after_insert AFTER INSERT ON questions BEGIN
      ${insertFrom('search_question_source', 'question_id = NEW.id')}
    END;
    CREATE TRIGGER search_questions_after_update AFTER UPDATE OF id, text, answer_notes, deleted_at, meeting_id ON questions BEGIN
      DELETE FROM search_entries WHERE question_id = OLD.id;
      ${insertFrom('search_question_source', 'question_id = NEW.id')}
    END;
    CREATE TRIGGER search_questions_after_delete AFTER DELETE ON questions BEGIN
      DELETE FROM search_entries WHERE question_id = OLD.id;
    END;

    -- Index what the library already holds.
    ${insertFrom('search_title_source', '1')}
    ${insertFrom('search_heading_source', '1')}
    ${insertFrom('search_passage_source', '1')}
    ${insertFrom('search_indicator_source', '1')}
    ${insertFrom('search_note_source', '1')}
    ${insertFrom('search_question_source', '1')}
  `,
};
