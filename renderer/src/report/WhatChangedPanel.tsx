import type { LibraryView, ReportView } from '../../../shared/domain';
import { indicatorMovements, type ReportInLibrary } from '../../../shared/indicators-changes';
import type { Language } from '../../../shared/languages';
import type { Call } from '../client/useCall';
import { LoadingState } from '../common/LoadingState';
import { reportHref, type ReportPlace } from '../routing/route';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { InlineError } from './InlineError';
import { MovementList } from './MovementList';
import { WorryChanges } from './WorryChanges';

/**
 * "What changed since the last report" of the same committee: the indicators that moved most
 * since then, by polarity, and the worries new to or gone from "What are we worried about?".
 * The library and the previous report are loaded before the report is shown (ReportBriefingLoader);
 * a failure to load either is reported here, with a Retry, and leaves the rest of the report alone.
 */
export function WhatChangedPanel({
  id,
  report,
  library,
  previous,
  shownLanguage,
  onJump,
}: Readonly<{
  id: string;
  report: ReportView;
  library: Call<LibraryView>;
  previous: { readonly summary: ReportInLibrary; readonly report: Call<ReportView> } | null;
  shownLanguage: Language;
  onJump: (place: ReportPlace) => void;
}>) {
  const { t, language } = useText();
  const summary = previous?.summary ?? null;
  const movements = summary ? indicatorMovements(report, summary.period) : null;
  const previousTitle = summary ? pickText(summary.title, language) : null;
  const anyMoved = movements !== null && movements.improved.length + movements.declined.length + movements.changed.length > 0;
  const previousState = previous?.report.state ?? null;

  return (
    <section id={id} className="briefing-panel what-changed" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('report:whatChanged.heading')}</h2>
      {library.state.status === 'loading' ? <LoadingState label={t('report:whatChanged.loading')} /> : null}
      {library.state.status === 'failed' ? <InlineError error={library.state.error} onRetry={library.reload} /> : null}
      {library.state.status === 'ready' && !summary ? <p>{t('report:whatChanged.first')}</p> : null}
      {summary && movements ? (
        <>
          <p className="what-changed__against">
            <span className="what-changed__label">{t('report:whatChanged.comparedWith')}</span>{' '}
            <a href={reportHref(summary.id)} lang={previousTitle ? langIfDifferent(previousTitle.lang, language) : undefined}>
              {previousTitle?.text ?? summary.key}
            </a>{' '}
            <span className="muted">({formatPeriod(summary.period, t)})</span>
          </p>
          <div className="what-changed__columns">
            <div>
              <h3>{t('report:whatChanged.indicatorsHeading')}</h3>
              {anyMoved ? (
                <>
                  <MovementList heading={t('report:whatChanged.declined')} movements={movements.declined} tone="declined" />
                  <MovementList heading={t('report:whatChanged.improved')} movements={movements.improved} tone="improved" />
                  {movements.changed.length > 0 ? (
                    <MovementList heading={t('report:whatChanged.changed')} movements={movements.changed} tone="changed" />
                  ) : null}
                </>
              ) : (
                <p>{t('report:whatChanged.noneMoved')}</p>
              )}
            </div>
            <div>
              <h3>{t('report:whatChanged.worriesHeading')}</h3>
              {previousState?.status === 'loading' ? <LoadingState label={t('report:whatChanged.loading')} /> : null}
              {previousState?.status === 'failed' ? <InlineError error={previousState.error} onRetry={previous!.report.reload} /> : null}
              {previousState?.status === 'ready' ? (
                <WorryChanges report={report} previous={previousState.value} shownLanguage={shownLanguage} onJump={onJump} />
              ) : null}
            </div>
          </div>
        </>
      ) : null}
    </section>
  );
}
