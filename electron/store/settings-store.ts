import { DEFAULT_SETTINGS, TEXT_SIZES, THEMES, type Settings } from '../../shared/domain';
import { isAbsoluteFolderPath } from '../../shared/backup-model';
import { isLanguage } from '../../shared/languages';
import type { SqliteDatabase } from './database';
import { statement } from './statements';

/**
 * Settings are stored as key/value rows (values JSON-encoded) so new settings need no migration.
 * Unknown or invalid stored values fall back to defaults instead of breaking start-up.
 */
export function readSettings(db: SqliteDatabase): Settings {
  const rows = statement(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = new Map(rows.map((row) => [row.key, safeParse(row.value)]));
  const language = stored.get('language');
  const textSize = stored.get('textSize');
  const theme = stored.get('theme');
  const backupFolder = stored.get('backupFolder');
  return {
    language: isLanguage(language) ? language : DEFAULT_SETTINGS.language,
    languageChosen: stored.get('languageChosen') === true,
    textSize: (TEXT_SIZES as readonly unknown[]).includes(textSize) ? (textSize as Settings['textSize']) : DEFAULT_SETTINGS.textSize,
    theme: (THEMES as readonly unknown[]).includes(theme) ? (theme as Settings['theme']) : DEFAULT_SETTINGS.theme,
    backupFolder: typeof backupFolder === 'string' && isAbsoluteFolderPath(backupFolder) ? backupFolder : DEFAULT_SETTINGS.backupFolder,
  };
}

export function writeSettings(db: SqliteDatabase, patch: Partial<Settings>): Settings {
  const upsert = statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
  return readSettings(db);
}

/** Internal flags that are not user settings (e.g. whether the sample library was seeded). */
export function readFlag(db: SqliteDatabase, key: string): string | null {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(`flag:${key}`) as { value: string } | undefined;
  return row ? (safeParse(row.value) as string) : null;
}

export function writeFlag(db: SqliteDatabase, key: string, value: string): void {
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    `flag:${key}`,
    JSON.stringify(value),
  );
}

function safeParse(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
