import { formatDateWords } from '../../../shared/locale-format';
import { textLookup } from './textLookup';
import type { Translate } from './useText';

/**
 * "16 January 2018" / "16 Ionawr 2018", from the same words the main process's exports use
 * (shared/locale-format.ts). Month names come from locales/<language>/dates.json, never from
 * Intl: Chromium (and so Electron) has no Welsh date data and would print English months.
 * An unreadable date is shown as written rather than hidden.
 */
export function formatDate(iso: string, t: Translate): string {
  return formatDateWords(iso, textLookup(t));
}
