/**
 * Indicator codes are printed inconsistently ("SCC/025", "SCC 025", "scc025"); councillors type
 * them any way too. The normalised form keeps only lowercase letters and digits, so every
 * spelling of one code meets at one key.
 */
export function normaliseIndicatorCode(code: string): string {
  return code
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
