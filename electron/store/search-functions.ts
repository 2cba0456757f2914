import { indicatorCodeIndexText } from '../../shared/search-codes';
import { foldSearchText } from '../../shared/search-fold';
import type { SqliteDatabase } from './database';

/**
 * The SQL functions the search triggers call (migration 002). They wrap the pure folding and
 * code-finding rules of shared/, so text is folded by exactly the code that folds a query.
 * Registered on every connection before migrations run; deterministic, so SQLite may rely on the
 * same input always giving the same output.
 *
 * English and Welsh text are folded the same way today (diacritics, case, apostrophes); Welsh
 * mutations are handled on the query side (shared/search-welsh.ts). They are two functions so a
 * language-specific rule can be added to one later without changing the triggers — after which the
 * index must be rebuilt (`search.rebuild`).
 */
export function registerSearchFunctions(db: SqliteDatabase): void {
  const options = { deterministic: true, varargs: false } as const;
  db.function('briffio_fold_en', options, (text: unknown) => foldSearchText(asText(text)));
  db.function('briffio_fold_cy', options, (text: unknown) => foldSearchText(asText(text)));
  db.function('briffio_codes', options, (text: unknown) => indicatorCodeIndexText(asText(text)));
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}
