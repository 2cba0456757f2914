import type { SqliteDatabase } from './database';
import type Database from 'better-sqlite3';

const cache = new WeakMap<SqliteDatabase, Map<string, Database.Statement>>();

/** Prepared statements are compiled once per connection and reused: preparing is the slow part. */
export function statement(db: SqliteDatabase, sql: string): Database.Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let prepared = byText.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byText.set(sql, prepared);
  }
  return prepared;
}
