import { useId, useMemo, useState } from 'react';
import type { ReportView } from '../../../shared/domain';
import { alignReports } from '../../../shared/indicators-compare';
import { PageHeading } from '../common/PageHeading';
import { reportHref } from '../routing/route';
import { langIfDifferent } from '../text/bilingual';
import { formatDate } from '../text/formatDate';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { CompareTable } from './CompareTable';

/** The loaded pair: who they are, then the aligned indicators, optionally only those that differ. */
export function CompareReports({ left, right }: Readonly<{ left: ReportView; right: ReportView }>) {
  const { t, language } = useText();
  const checkboxId = useId();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const rows = useMemo(() => alignReports(left, right), [left, right]);
  const shown = onlyDifferences ? rows.filter((row) => row.differs) : rows;
  const sameCommittee = left.committee.id === right.committee.id;

  const describe = (report: ReportView) => {
    const version = report.versions.find((v) => v.lang === language) ?? report.versions[0];
    return (
      <li className="compare-reports__item">
        <a href={reportHref(report.id)} lang={version ? langIfDifferent(version.lang, language) : undefined}>
          {version?.title ?? report.key}
        </a>
        <span className="muted">
          {formatPeriod(report.period, t)} · {formatDate(report.meeting.date, t)}
        </span>
      </li>
    );
  };

  return (
    <article className="compare">
      <PageHeading>{t('report:compareScreen.heading')}</PageHeading>
      <ol className="compare-reports">
        {describe(left)}
        {describe(right)}
      </ol>
      {left.id === right.id ? <p className="notice" role="note">{t('report:compareScreen.sameReport')}</p> : null}
      {!sameCommittee ? (
        <p className="notice" role="note">
          {t('report:compareScreen.differentCommittees')}
        </p>
      ) : rows.length === 0 ? (
        <p>{t('report:compareScreen.noIndicators')}</p>
      ) : (
        <>
          <p>{t('report:compareScreen.intro')}</p>
          <p className="checkbox">
            <input id={checkboxId} type="checkbox" checked={onlyDifferences} onChange={(event) => setOnlyDifferences(event.target.checked)} />
            <label htmlFor={checkboxId}>{t('report:compareScreen.onlyDifferences')}</label>
          </p>
          <p role="status">{t('report:compareScreen.shown', { shown: shown.length, total: rows.length })}</p>
          {shown.length > 0 ? <CompareTable left={left} right={right} rows={shown} /> : <p>{t('report:compareScreen.noneDiffer')}</p>}
        </>
      )}
    </article>
  );
}
