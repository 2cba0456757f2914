import type { LineCustomSvgLayerProps } from '@nivo/line';
import { CHART_COLOURS } from './chartTheme';
import { useTrendContext } from './trendContext';
import type { TrendSeries } from './trendSeries';

type ScaleWithTicks = ((value: number) => number) & { ticks?: (count: number) => number[] };

/**
 * The chart's frame, drawn once without animation: horizontal grid lines, the value axis on the
 * left and the period axis along the bottom, each with its legend. (nivo's own axes animate every
 * tick, which costs more than the whole rest of a report screen's charts.)
 */
export function TrendFrame({ innerWidth, innerHeight, xScale, yScale }: LineCustomSvgLayerProps<TrendSeries>) {
  const { tickPositions, tickLabel, formatValue, slanted, legendOffset, valueLegend, periodLegend } = useTrendContext();
  const y = yScale as unknown as ScaleWithTicks;
  const x = xScale as unknown as (value: number) => number;
  const values = y.ticks?.(5) ?? [];
  return (
    <g aria-hidden="true" fontSize={12}>
      {values.map((value) => (
        <g key={value} transform={`translate(0, ${y(value)})`}>
          <line x2={innerWidth} stroke={CHART_COLOURS.grid} />
          <line x1={-5} x2={0} stroke={CHART_COLOURS.muted} />
          <text x={-9} dominantBaseline="central" textAnchor="end" fill={CHART_COLOURS.text}>
            {formatValue(value)}
          </text>
        </g>
      ))}
      <line y2={innerHeight} stroke={CHART_COLOURS.muted} />
      <line y1={innerHeight} y2={innerHeight} x2={innerWidth} stroke={CHART_COLOURS.muted} />
      {tickPositions.map((position) => (
        <g key={position} transform={`translate(${x(position)}, ${innerHeight})`}>
          <line y2={5} stroke={CHART_COLOURS.muted} />
          {tickLabel(position) === '' ? null : (
            <text
              y={slanted ? 10 : 18}
              x={slanted ? -4 : 0}
              textAnchor={slanted ? 'end' : 'middle'}
              dominantBaseline={slanted ? 'central' : 'auto'}
              transform={slanted ? 'rotate(-35)' : undefined}
              fill={CHART_COLOURS.text}
            >
              {tickLabel(position)}
            </text>
          )}
        </g>
      ))}
      <text
        transform={`translate(-64, ${innerHeight / 2}) rotate(-90)`}
        textAnchor="middle"
        fill={CHART_COLOURS.muted}
        fontWeight={600}
      >
        {valueLegend}
      </text>
      <text x={innerWidth / 2} y={innerHeight + legendOffset} textAnchor="middle" fill={CHART_COLOURS.muted} fontWeight={600}>
        {periodLegend}
      </text>
    </g>
  );
}
