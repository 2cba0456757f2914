import { useCall } from '../client/useCall';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeading } from '../common/PageHeading';
import { indicatorsHref } from '../routing/route';
import { useText } from '../text/useText';
import { IndicatorDetail } from './IndicatorDetail';
import '../charts/charts.css';
import './indicators.css';

export function IndicatorScreen({ indicatorId }: Readonly<{ indicatorId: number }>) {
  const { t } = useText();
  const { state, reload } = useCall('indicator.get', { indicatorId });
  return (
    <div className="indicator-page">
      <p className="back-link">
        <a href={indicatorsHref()}>
          <span aria-hidden="true">← </span>
          {t('indicators:detail.back')}
        </a>
      </p>
      {state.status === 'loading' ? <LoadingState label={t('indicators:detail.loading')} /> : null}
      {state.status === 'failed' && state.error.code === 'not_found' ? (
        <div className="narrow">
          <PageHeading>{t('indicators:detail.notFound.heading')}</PageHeading>
          <p>{t('indicators:detail.notFound.body')}</p>
        </div>
      ) : null}
      {state.status === 'failed' && state.error.code !== 'not_found' ? (
        <ErrorState level={1} heading={t('indicators:detail.error.heading')} error={state.error} onRetry={reload} />
      ) : null}
      {state.status === 'ready' ? <IndicatorDetail detail={state.value} /> : null}
    </div>
  );
}
