import { useText } from '../text/useText';
import { CHART_COLOURS } from './chartTheme';

/** What the trend chart's marks mean, in words beside a small drawing of each mark. */
export function TrendLegend({ currentLegend, hasTarget }: Readonly<{ currentLegend: string | null; hasTarget: boolean }>) {
  const { t } = useText();
  return (
    <ul className="chart__legend">
      <li>
        <svg width="28" height="16" aria-hidden="true" focusable="false">
          <line x1="0" x2="28" y1="8" y2="8" stroke={CHART_COLOURS.line} strokeWidth="3" />
          <circle cx="14" cy="8" r="4" fill={CHART_COLOURS.pointFill} stroke={CHART_COLOURS.line} strokeWidth="3" />
        </svg>
        {t('charts:trend.legendLine')}
      </li>
      {currentLegend ? (
        <li>
          <svg width="28" height="24" aria-hidden="true" focusable="false">
            <circle cx="14" cy="12" r="4" fill={CHART_COLOURS.pointFill} stroke={CHART_COLOURS.line} strokeWidth="3" />
            <circle cx="14" cy="12" r="9.5" fill="none" stroke={CHART_COLOURS.current} strokeWidth="3" />
          </svg>
          {currentLegend}
        </li>
      ) : null}
      {hasTarget ? (
        <li>
          <svg width="28" height="16" aria-hidden="true" focusable="false">
            <line x1="0" x2="28" y1="8" y2="8" stroke={CHART_COLOURS.target} strokeWidth="2" strokeDasharray="6 4" />
          </svg>
          {t('charts:trend.legendTarget')}
        </li>
      ) : null}
    </ul>
  );
}
