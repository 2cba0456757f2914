import { useMemo, useState } from 'react';
import { useCall } from '../client/useCall';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeading } from '../common/PageHeading';
import { indicatorsHref } from '../routing/route';
import { useText } from '../text/useText';
import { applyFilters, areasOf, filtersFromQuery, filtersToQuery, NO_FILTERS, type IndicatorFilters } from './filters';
import { IndicatorFilterForm } from './IndicatorFilterForm';
import { IndicatorsTable } from './IndicatorsTable';
import '../charts/charts.css';
import './indicators.css';

/**
 * Every indicator in the library with its latest figure, filtered by words in its code or title, by plan, area, face and arrow,
 * or by the quick filters "off target" and "worse for two or more periods in a row". Filters live
 * in the address (replaced, not pushed, so Back leaves the screen rather than undoing a filter).
 */
export function IndicatorsScreen({ query }: Readonly<{ query: Readonly<Record<string, string>> }>) {
  const { t, language } = useText();
  const { state, reload } = useCall('indicators.list', {});
  const [filters, setFilters] = useState<IndicatorFilters>(() => filtersFromQuery(query));
  const all = state.status === 'ready' ? state.value.indicators : [];
  const areas = useMemo(() => areasOf(all), [all]);
  const shown = useMemo(() => applyFilters(all, filters, language), [all, filters, language]);

  function change(next: IndicatorFilters): void {
    setFilters(next);
    window.history.replaceState(window.history.state, '', indicatorsHref(filtersToQuery(next)));
  }

  return (
    <div className="indicators-page">
      <PageHeading>{t('indicators:heading')}</PageHeading>
      <p className="page-intro">{t('indicators:intro')}</p>
      {state.status === 'loading' ? <LoadingState label={t('indicators:loading')} /> : null}
      {state.status === 'failed' ? <ErrorState level={2} heading={t('indicators:error.heading')} error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && all.length === 0 ? (
        <div className="empty-state">
          <h2>{t('indicators:empty.heading')}</h2>
          <p>{t('indicators:empty.body')}</p>
        </div>
      ) : null}
      {state.status === 'ready' && all.length > 0 ? (
        <>
          <IndicatorFilterForm filters={filters} areas={areas} onChange={change} />
          <p className="indicators-page__count" role="status">
            {t('indicators:filters.showing', { shown: shown.length, total: all.length })}
          </p>
          {shown.length > 0 ? (
            <IndicatorsTable indicators={shown} />
          ) : (
            <div className="empty-state">
              <h2>{t('indicators:filters.noMatch.heading')}</h2>
              <p>{t('indicators:filters.noMatch.body')}</p>
              <button type="button" className="button button--secondary" onClick={() => change(NO_FILTERS)}>
                {t('indicators:filters.clear')}
              </button>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}
