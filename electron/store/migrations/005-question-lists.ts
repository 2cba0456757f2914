import type { Migration } from './migration';

/**
 * Question lists (issue #5): what 001's `questions` and `question_evidence` tables lacked.
 *
 * - Evidence is linked by stable keys (period, dimension, block place, language), because a
 *   re-imported report replaces its measurement rows: `measurement_id` goes null, while report id,
 *   indicator id, period and dimension survive and find the figure again.
 * - A "what changed" item compares two periods or two reports: `compare_period`,
 *   `compared_report_id`, and `list_change` for an item new to (or gone from) a report's lists.
 * - `asked_at` / `answered_at` record when a question was ticked off at the meeting.
 * - At most one live copy of a question per meeting, so carrying forward twice cannot duplicate
 *   it (the database enforces what the service checks). Deleted copies do not count, so a
 *   councillor who deleted a copy can carry the question forward again.
 */
export const questionLists: Migration = {
  version: 5,
  name: 'question lists',
  up: `
    ALTER TABLE questions ADD COLUMN asked_at TEXT;
    ALTER TABLE questions ADD COLUMN answered_at TEXT;
    CREATE UNIQUE INDEX questions_one_copy_per_meeting ON questions(meeting_id, carried_from_id)
      WHERE carried_from_id IS NOT NULL AND deleted_at IS NULL;
    CREATE INDEX questions_carried_from ON questions(carried_from_id) WHERE carried_from_id IS NOT NULL;

    ALTER TABLE question_evidence ADD COLUMN lang TEXT CHECK (lang IN ('en', 'cy'));
    ALTER TABLE question_evidence ADD COLUMN block_index INTEGER CHECK (block_index >= 0);
    ALTER TABLE question_evidence ADD COLUMN period TEXT;
    ALTER TABLE question_evidence ADD COLUMN compare_period TEXT;
    ALTER TABLE question_evidence ADD COLUMN dimension TEXT;
    ALTER TABLE question_evidence ADD COLUMN compared_report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL;
    ALTER TABLE question_evidence ADD COLUMN list_change TEXT CHECK (list_change IN ('added', 'removed'));
    CREATE INDEX question_evidence_annotation ON question_evidence(annotation_id) WHERE annotation_id IS NOT NULL;
  `,
};
