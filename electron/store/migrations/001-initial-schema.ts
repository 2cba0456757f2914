import type { Migration } from './migration';

/**
 * The whole domain of DOMAIN.md, including tables that later features fill (annotations,
 * questions), so that those features add behaviour, not schema rework. Shipped migrations are
 * never edited: change the schema with a new numbered migration.
 *
 * Conventions: STRICT tables; snake_case; timestamps as ISO-8601 UTC text; booleans as 0/1
 * integers with CHECKs; private data (annotations, questions) uses text UUIDs so it can be
 * exported, imported and merged between laptops without id clashes.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up: `
    CREATE TABLE committees (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      name_en TEXT NOT NULL,
      name_cy TEXT NOT NULL,
      council_en TEXT NOT NULL,
      council_cy TEXT NOT NULL
    ) STRICT;

    CREATE TABLE meetings (
      id INTEGER PRIMARY KEY,
      committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE RESTRICT,
      meeting_date TEXT NOT NULL CHECK (meeting_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      UNIQUE (committee_id, meeting_date)
    ) STRICT;

    CREATE TABLE reports (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
      kind TEXT NOT NULL CHECK (kind IN ('cover', 'performance')),
      period TEXT NOT NULL,
      origin TEXT NOT NULL DEFAULT 'import' CHECK (origin IN ('sample', 'import')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX reports_meeting ON reports(meeting_id);

    -- One row per language per revision. A revised paper adds a revision; the newest revision of
    -- each language is the one shown, older ones stay so annotations can be re-anchored.
    CREATE TABLE report_versions (
      id INTEGER PRIMARY KEY,
      report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      lang TEXT NOT NULL CHECK (lang IN ('en', 'cy')),
      revision INTEGER NOT NULL CHECK (revision >= 1),
      title TEXT NOT NULL,
      author TEXT,
      author_role TEXT,
      signed_on TEXT,
      source_name TEXT,
      imported_at TEXT NOT NULL,
      UNIQUE (report_id, lang, revision)
    ) STRICT;

    CREATE TABLE sections (
      id INTEGER PRIMARY KEY,
      version_id INTEGER NOT NULL REFERENCES report_versions(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      key TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('numbered', 'narrative', 'signs_of_safety', 'indicators', 'key_stats', 'signature')),
      heading TEXT NOT NULL,
      area TEXT,
      page INTEGER,
      UNIQUE (version_id, ordinal),
      UNIQUE (version_id, key)
    ) STRICT;

    CREATE TABLE blocks (
      id INTEGER PRIMARY KEY,
      section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'list_item')),
      number TEXT,
      level INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 4),
      list_index INTEGER,
      ordered INTEGER NOT NULL DEFAULT 0 CHECK (ordered IN (0, 1)),
      sos_group TEXT CHECK (sos_group IN ('working_well', 'worried', 'to_do')),
      text TEXT NOT NULL,
      page INTEGER,
      UNIQUE (section_id, ordinal)
    ) STRICT;

    CREATE TABLE key_stats (
      id INTEGER PRIMARY KEY,
      report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      label_en TEXT NOT NULL,
      label_cy TEXT NOT NULL,
      value REAL NOT NULL,
      unit TEXT NOT NULL,
      indicator_id INTEGER REFERENCES indicators(id) ON DELETE SET NULL,
      UNIQUE (report_id, ordinal)
    ) STRICT;

    CREATE TABLE indicators (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      code TEXT,
      -- Codes are matched however they are typed ("scc025", "SCC/025"): see shared/indicator-code.
      code_normalised TEXT UNIQUE,
      title_en TEXT NOT NULL,
      title_cy TEXT NOT NULL,
      unit TEXT NOT NULL CHECK (unit IN ('percent', 'count', 'days', 'rate_per_1000', 'money', 'ratio')),
      polarity TEXT NOT NULL CHECK (polarity IN ('higher_is_better', 'lower_is_better', 'neutral')),
      plan TEXT CHECK (plan IN ('corporate_plan', 'directorate_delivery_plan')),
      area_en TEXT,
      area_cy TEXT
    ) STRICT;

    -- Named breakdowns within a period ("children looked after" vs "all children").
    CREATE TABLE dimensions (
      key TEXT PRIMARY KEY,
      label_en TEXT NOT NULL,
      label_cy TEXT NOT NULL
    ) STRICT;

    CREATE TABLE measurements (
      id INTEGER PRIMARY KEY,
      indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      period TEXT NOT NULL,
      dimension TEXT NOT NULL DEFAULT '',
      value REAL,
      numerator REAL,
      denominator REAL,
      target REAL,
      face TEXT CHECK (face IN ('will', 'may', 'will_not')),
      arrow TEXT CHECK (arrow IN ('improved', 'sustained', 'declined')),
      provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)),
      pending INTEGER NOT NULL DEFAULT 0 CHECK (pending IN (0, 1)),
      unavailable INTEGER NOT NULL DEFAULT 0 CHECK (unavailable IN (0, 1)),
      role TEXT NOT NULL CHECK (role IN ('current', 'comparison', 'series')),
      source_report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      section_key TEXT,
      block_number TEXT,
      page INTEGER,
      UNIQUE (indicator_id, period, dimension, source_report_id)
    ) STRICT;
    CREATE INDEX measurements_source ON measurements(source_report_id);

    -- Private notes. Anchored to the report (not a language file or revision) with a W3C-style
    -- selector: section key + text position + quoted text with prefix/suffix for re-anchoring.
    CREATE TABLE annotations (
      id TEXT PRIMARY KEY,
      report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE RESTRICT,
      target_kind TEXT NOT NULL CHECK (target_kind IN ('text', 'section', 'indicator')),
      lang TEXT CHECK (lang IN ('en', 'cy')),
      section_key TEXT,
      indicator_id INTEGER REFERENCES indicators(id) ON DELETE SET NULL,
      position_start INTEGER,
      position_end INTEGER,
      quote_exact TEXT,
      quote_prefix TEXT,
      quote_suffix TEXT,
      anchor_state TEXT NOT NULL DEFAULT 'placed' CHECK (anchor_state IN ('placed', 'unplaced')),
      colour TEXT NOT NULL,
      body TEXT NOT NULL DEFAULT '',
      sort_key TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX annotations_report ON annotations(report_id, sort_key);

    CREATE TABLE annotation_tags (
      annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      PRIMARY KEY (annotation_id, tag)
    ) STRICT;
    CREATE INDEX annotation_tags_tag ON annotation_tags(tag);

    CREATE TABLE questions (
      id TEXT PRIMARY KEY,
      meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
      text TEXT NOT NULL,
      addressed_to TEXT NOT NULL CHECK (addressed_to IN ('cabinet_member', 'director', 'other')),
      addressed_role TEXT,
      priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
      -- Fractional ordering key: a move rewrites one row, never the whole list.
      position TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'asked', 'answered', 'carried_forward', 'withdrawn')),
      answer_notes TEXT NOT NULL DEFAULT '',
      carried_from_id TEXT REFERENCES questions(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX questions_meeting ON questions(meeting_id, position);

    CREATE TABLE question_evidence (
      id INTEGER PRIMARY KEY,
      question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('report', 'section', 'passage', 'indicator', 'annotation', 'change')),
      report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
      section_key TEXT,
      block_number TEXT,
      indicator_id INTEGER REFERENCES indicators(id) ON DELETE SET NULL,
      measurement_id INTEGER REFERENCES measurements(id) ON DELETE SET NULL,
      annotation_id TEXT REFERENCES annotations(id) ON DELETE SET NULL,
      quote TEXT,
      -- What the evidence said when linked, so a list stays readable if the source changes.
      snapshot TEXT NOT NULL DEFAULT '',
      UNIQUE (question_id, ordinal)
    ) STRICT;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
