import type { LineCustomSvgLayerProps } from '@nivo/line';
import { CHART_COLOURS } from './chartTheme';
import type { TrendSeries } from './trendSeries';

/**
 * The line and its points, drawn without animation from nivo's computed positions; the current
 * report's point is ringed.
 */
export function TrendSeriesLayer({ points, lineGenerator }: LineCustomSvgLayerProps<TrendSeries>) {
  const path = lineGenerator(points.map((point) => ({ x: point.x, y: point.y }))) ?? '';
  return (
    <g aria-hidden="true">
      <path d={path} fill="none" stroke={CHART_COLOURS.line} strokeWidth={3} strokeLinejoin="round" />
      {points.map((point) => (
        <circle key={point.id} cx={point.x} cy={point.y} r={4.5} fill={CHART_COLOURS.pointFill} stroke={CHART_COLOURS.line} strokeWidth={3} />
      ))}
      {points
        .filter((point) => point.data.current)
        .map((point) => (
          <circle key={`${point.id}-current`} cx={point.x} cy={point.y} r={10} fill="none" stroke={CHART_COLOURS.current} strokeWidth={3} />
        ))}
    </g>
  );
}
