import { useText } from '../text/useText';
import type { ChartPoint } from './chartPoint';

/**
 * The chart's numbers as a real table: the alternative to the picture for screen-reader and
 * keyboard users, and for anyone who wants the exact figures. Optional columns appear only when
 * some point has something to put in them.
 */
export function ChartDataTable({
  caption,
  labelHeader,
  points,
}: Readonly<{ caption: string; labelHeader: string; points: readonly ChartPoint[] }>) {
  const { t } = useText();
  const hasFraction = points.some((point) => point.fractionText);
  const hasTarget = points.some((point) => point.targetText);
  const hasNotes = points.some((point) => point.notes.length > 0);
  const none = t('charts:table.none');
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{t('charts:table.value')}</th>
          {hasFraction ? <th scope="col">{t('charts:table.fraction')}</th> : null}
          {hasTarget ? <th scope="col">{t('charts:table.target')}</th> : null}
          {hasNotes ? <th scope="col">{t('charts:table.note')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.key} className={point.current ? 'chart-table__current' : undefined}>
            <th scope="row">{point.label}</th>
            <td className="chart-table__value">{point.valueText}</td>
            {hasFraction ? <td>{point.fractionText ?? none}</td> : null}
            {hasTarget ? <td>{point.targetText ?? none}</td> : null}
            {hasNotes ? <td>{point.notes.length > 0 ? point.notes.join('; ') : none}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
