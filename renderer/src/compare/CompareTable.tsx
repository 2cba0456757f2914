import { useId } from 'react';
import type { ReportView } from '../../../shared/domain';
import type { CompareRow } from '../../../shared/indicators-compare';
import { ArrowBadge } from '../indicators/ArrowBadge';
import { formatChange } from '../indicators/format';
import { indicatorHref } from '../routing/route';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { CompareCell } from './CompareCell';

/** What differs on a row, in words (a highlighted row is never the only sign). */
function differenceKeys(row: CompareRow) {
  const keys: (
    | 'report:compareScreen.diff.figure'
    | 'report:compareScreen.diff.face'
    | 'report:compareScreen.diff.onlyLeft'
    | 'report:compareScreen.diff.onlyRight'
    | 'report:compareScreen.diff.gap'
  )[] = [];
  if (!row.right) keys.push('report:compareScreen.diff.onlyLeft');
  else if (!row.left) keys.push('report:compareScreen.diff.onlyRight');
  else if ((row.left.value === null) !== (row.right.value === null)) keys.push('report:compareScreen.diff.gap');
  if (row.movement && row.movement !== 'level') keys.push('report:compareScreen.diff.figure');
  if (row.faceChanged) keys.push('report:compareScreen.diff.face');
  return keys;
}

/**
 * The two reports' indicators on one table, a row per indicator code: each report's figure, the
 * change between them (in words, with a polarity-aware arrow), and what differs, in words. The
 * differences are highlighted where they are: a change tinted by whether it is good or bad news,
 * and the later figure marked when its face changed or it is new.
 */
export function CompareTable({ left, right, rows }: Readonly<{ left: ReportView; right: ReportView; rows: readonly CompareRow[] }>) {
  const { t, language } = useText();
  const captionId = useId();
  // The reports' titles are listed above the table; a column names its report by period.
  const header = (report: ReportView) => <span className="compare-table__period">{formatPeriod(report.period, t)}</span>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table compare-table">
        <caption id={captionId}>{t('report:compareScreen.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report:compareScreen.code')}</th>
            <th scope="col">{t('report:compareScreen.indicator')}</th>
            <th scope="col">{header(left)}</th>
            <th scope="col">{header(right)}</th>
            <th scope="col">{t('report:compareScreen.change')}</th>
            <th scope="col">{t('report:compareScreen.differences')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = pickText(row.indicator.title, language);
            const differences = differenceKeys(row);
            return (
              <tr key={row.key}>
                <td className="nowrap">{row.indicator.code ?? <span className="muted">{t('indicators:code.none')}</span>}</td>
                <th scope="row" className="compare-table__title">
                  <a href={indicatorHref(row.indicator.id)} lang={title ? langIfDifferent(title.lang, language) : undefined}>
                    {title?.text ?? row.indicator.key}
                  </a>
                </th>
                <CompareCell indicator={row.indicator} measurement={row.left} />
                <CompareCell indicator={row.indicator} measurement={row.right} changed={row.faceChanged || row.left === null} />
                <td className={row.arrow && row.arrow !== 'sustained' ? `compare-table__change-cell compare-table__change-cell--${row.arrow}` : undefined}>
                  {row.change ? (
                    <>
                      <span className="compare-table__change">{formatChange(row.change, row.indicator.unit, t)}</span>
                      {row.arrow ? <ArrowBadge arrow={{ arrow: row.arrow, source: 'computed' }} /> : null}
                    </>
                  ) : (
                    <span className="muted">–</span>
                  )}
                </td>
                <td>
                  {differences.length > 0 ? (
                    <ul className="compare-table__differences">
                      {differences.map((key) => (
                        <li key={key}>{t(key)}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{t('report:compareScreen.diff.none')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
