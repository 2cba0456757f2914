import type { LibraryView } from '../../../shared/domain';
import { pick } from '../../../shared/languages';
import { comparePeriodKeys } from '../../../shared/period';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';

export interface SearchFilterValues {
  readonly committeeId: number | null;
  readonly period: string | null;
}

/**
 * Committee and period, offered from what the library holds (newest period first). Until the
 * library has loaded, or if it cannot be read, only "All" is offered and search still works.
 */
export function SearchFilters({
  library,
  values,
  onChange,
}: Readonly<{ library: LibraryView | null; values: SearchFilterValues; onChange: (values: SearchFilterValues) => void }>) {
  const { t, language } = useText();
  const committees = library?.committees ?? [];
  const periods = [...new Set(committees.flatMap((committee) => committee.meetings.flatMap((meeting) => meeting.reports.map((report) => report.period))))].sort(
    (a, b) => comparePeriodKeys(b, a),
  );
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">{t('search:filters.label')}</legend>
      <label className="search-filters__field">
        <span>{t('search:filters.committee')}</span>
        <select
          value={values.committeeId === null ? '' : String(values.committeeId)}
          onChange={(event) => onChange({ ...values, committeeId: event.target.value === '' ? null : Number(event.target.value) })}
        >
          <option value="">{t('search:filters.allCommittees')}</option>
          {committees.map((committee) => (
            <option key={committee.id} value={String(committee.id)}>
              {pick(committee.name, language)}
            </option>
          ))}
        </select>
      </label>
      <label className="search-filters__field">
        <span>{t('search:filters.period')}</span>
        <select value={values.period ?? ''} onChange={(event) => onChange({ ...values, period: event.target.value === '' ? null : event.target.value })}>
          <option value="">{t('search:filters.allPeriods')}</option>
          {periods.map((period) => (
            <option key={period} value={period}>
              {formatPeriod(period, t)}
            </option>
          ))}
        </select>
      </label>
      {values.committeeId !== null || values.period !== null ? (
        <button type="button" className="button button--secondary search-filters__clear" onClick={() => onChange({ committeeId: null, period: null })}>
          {t('search:filters.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}
