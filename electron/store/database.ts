import Database from 'better-sqlite3';
import { AppFailure } from '../../shared/result';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/migration';
import { registerSearchFunctions } from './search-functions';

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating if needed) the Briffio database and brings its schema up to date.
 *
 * A database written by a newer Briffio is refused before anything is written to it: the version
 * is read through a read-only connection first, because even setting WAL mode on a read-write
 * connection would change the file.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): SqliteDatabase {
  const appVersion = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const existingVersion = readSchemaVersion(file);
  if (existingVersion !== null && existingVersion > appVersion) {
    throw new AppFailure(
      'database_newer',
      `The database ${file} was written by a newer version of Briffio (schema ${existingVersion}; this version understands up to ${appVersion}). It has not been changed.`,
    );
  }
  let db: SqliteDatabase;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only a power cut can lose the
    // last transactions, never corrupt the file.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Before migrating: the search triggers call these functions on every write.
    registerSearchFunctions(db);
  } catch (error) {
    throw asOpenFailure(file, error);
  }
  try {
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw asOpenFailure(file, error);
  }
  return db;
}

/** The schema version stored in an existing file, or null when there is no file yet. */
function readSchemaVersion(file: string): number | null {
  if (file === ':memory:') return null;
  let probe: SqliteDatabase;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CANTOPEN') return null;
    throw asOpenFailure(file, error);
  }
  try {
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw asOpenFailure(file, error);
  } finally {
    probe.close();
  }
}

function asOpenFailure(file: string, error: unknown): unknown {
  if (error instanceof AppFailure) return error;
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppFailure('database_corrupt', `The database ${file} is damaged or is not a Briffio database: ${message}`);
  }
  if (code === 'SQLITE_FULL') return new AppFailure('disk_full', message);
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') return new AppFailure('read_only', `${file}: ${message}`);
  return error;
}

/** Runs every pending migration in one transaction: either all apply or none do. */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  const run = db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.up);
    }
    // user_version cannot be bound as a parameter; the value is an integer we control.
    db.pragma(`user_version = ${Number(pending[pending.length - 1]!.version)}`);
  });
  run.immediate();
  return pending[pending.length - 1]!.version;
}

export { SCHEMA_VERSION };
