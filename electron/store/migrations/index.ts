import type { Migration } from './migration';
import { initialSchema } from './001-initial-schema';
import { searchIndex } from './002-search-index';
import { questionLists } from './005-question-lists';

/**
 * Every migration, in order. The app's schema version is the last one's number. Append only:
 * a shipped migration is never edited or removed (Signal, Joplin and Zotero work this way).
 */
export const MIGRATIONS: readonly Migration[] = [initialSchema, searchIndex, questionLists];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
