import type { ReportVersionView } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';

/** The version in `preferred` when it exists, else the first (only) other one; null if none. */
export function chooseVersion(versions: readonly ReportVersionView[], preferred: Language): ReportVersionView | null {
  return versions.find((version) => version.lang === preferred) ?? versions[0] ?? null;
}
