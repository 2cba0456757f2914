import type { TextLookup } from '../../../shared/locale-format';
import type { Translate } from './useText';

/**
 * The renderer's typed `t` as the plain lookup shared/question-text.ts takes, so a question's
 * evidence reads exactly the same on screen as in the exports the main process writes (same
 * templates, same locale files). The shared helpers only pass keys of the questions, dates and
 * common namespaces, which the renderer loads.
 */
export function textLookup(t: Translate): TextLookup {
  const lookup = t as unknown as (key: string, values?: Readonly<Record<string, string | number>>) => string;
  return (key, values) => lookup(key, values);
}
