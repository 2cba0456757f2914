import { formatFractionOf } from '../../../shared/format';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import type { IndicatorRowData } from './indicatorRows';

/** Code, title (interface language), value with numerator/denominator, period, and flags as words. */
export function IndicatorRow({ row }: Readonly<{ row: IndicatorRowData }>) {
  const { t, language } = useText();
  const { indicator, measurement } = row;
  const title = pickText(indicator.title, language);
  const fraction = measurement ? formatFractionOf(measurement) : null;

  const flags: string[] = [];
  if (measurement?.provisional) flags.push(t('report:indicators.flag.provisional'));
  if (measurement?.pending) flags.push(t('report:indicators.flag.pending'));
  if (measurement?.unavailable) flags.push(t('report:indicators.flag.unavailable'));

  let value;
  if (!measurement) value = <span className="muted">{t('report:indicators.notInReport')}</span>;
  else if (measurement.value === null) value = <span className="muted">{t('report:indicators.noValue')}</span>;
  else
    value = (
      <>
        <span className="indicator-value">{formatValueWithUnit(measurement.value, indicator.unit, t)}</span>
        {fraction ? <span className="indicator-fraction"> {fraction}</span> : null}
      </>
    );

  return (
    <tr>
      <td className="indicators__code">
        {indicator.code ?? <span className="muted">{t('report:indicators.noCode')}</span>}
      </td>
      <th scope="row" className="indicators__title">
        <span lang={title ? langIfDifferent(title.lang, language) : undefined}>{title?.text ?? indicator.key}</span>
        {measurement?.dimension ? <span className="indicators__dimension">{measurement.dimension}</span> : null}
      </th>
      <td className="indicators__value">{value}</td>
      <td className="indicators__period">{measurement ? formatPeriod(measurement.period, t) : null}</td>
      <td>
        {flags.length > 0 ? (
          <ul className="flags">
            {flags.map((flag) => (
              <li key={flag}>{flag}</li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}
