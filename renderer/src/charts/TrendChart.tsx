import { Line, type LineSvgLayer } from '@nivo/line';
import { useMemo, type ReactNode } from 'react';
import { useText } from '../text/useText';
import { layoutPeriodTicks } from './periodTicks';
import { ChartFigure } from './ChartFigure';
import { yDomain, type ChartPoint } from './chartPoint';
import { CHART_COLOURS, CHART_THEME } from './chartTheme';
import { TrendContext, type TrendLayerContext } from './trendContext';
import { TrendFrame } from './TrendFrame';
import { TrendLegend } from './TrendLegend';
import { TrendPointer } from './TrendPointer';
import type { TrendSeries } from './trendSeries';
import { TrendSeriesLayer } from './TrendSeriesLayer';

const HEIGHT = 260;
const MARGIN = { top: 24, right: 32, bottom: 64, left: 76 };
/** Where the period legend's baseline sits below the axis when the names are upright. */
const PERIOD_LEGEND_OFFSET = 44;

/**
 * nivo computes the scales, the points and the line; the drawing is Briffio's own static layers
 * (frame, line and points, pointer) plus nivo's target marker. nivo's animated layers would start
 * a spring for every tick and point, and a report screen has ten charts.
 */
const LAYERS: LineSvgLayer<TrendSeries>[] = [TrendFrame, 'markers', TrendSeriesLayer, TrendPointer];

export interface TrendTarget {
  readonly value: number;
  /** The marker's words, e.g. "Target 60.0%". */
  readonly label: string;
}

/**
 * A line chart of one indicator over periods: periods in order along the bottom, spaced by time
 * (a gap between reports shows as a gap), the target as a dashed reference line, the current
 * report's point ringed, and the point being read by keyboard (or pointed at) marked with a
 * guide line. A legend under the plot says in words what the ring and the dashes mean.
 */
export function TrendChart({
  caption,
  name,
  summary,
  points,
  target,
  formatTick,
  valueLegend,
  currentLegend,
  percent = false,
}: Readonly<{
  caption: ReactNode;
  name: string;
  /** The svg's text alternative: what the line shows, in a sentence. */
  summary: string;
  points: readonly ChartPoint[];
  target: TrendTarget | null;
  formatTick: (value: number) => string;
  valueLegend: string;
  /** The legend's words for the ringed point ("Ringed: this report's figure"). */
  currentLegend: string;
  percent?: boolean;
}>) {
  const { t } = useText();
  // Points without a time position (unknown period keys) are laid out one step apart.
  const positions = useMemo(() => points.map((point, index) => point.position ?? index), [points]);
  const data = useMemo<TrendSeries[]>(
    () => [{ id: 'figures', data: points.map((point, index) => ({ x: positions[index]!, y: point.value, current: point.current })) }],
    [points, positions],
  );
  const labels = useMemo(() => new Map(points.map((point, index) => [positions[index]!, point.shortLabel])), [points, positions]);
  const domain = yDomain(
    points.map((point) => point.value),
    target?.value ?? null,
    percent,
  );
  const first = positions[0] ?? 0;
  const span = Math.max((positions[positions.length - 1] ?? 1) - first, 1);
  const periodLegend = t('charts:table.period');

  return (
    <ChartFigure
      caption={caption}
      name={name}
      labelHeader={periodLegend}
      points={points}
      legend={<TrendLegend currentLegend={points.some((point) => point.current) ? currentLegend : null} hasTarget={target !== null} />}
      renderPlot={({ width, active, setActive }) => {
        const innerWidth = width - MARGIN.left - MARGIN.right;
        // Period names that would run into each other are slanted, and thinned where even that
        // is not enough (every point keeps its tick, and the data table has every period).
        const { slanted, labelled, depth } = layoutPeriodTicks(
          positions.map((position, index) => ({
            x: ((position - first) / span) * innerWidth,
            label: labels.get(position) ?? '',
            current: points[index]!.current,
          })),
        );
        const printed = new Set([...labelled].map((index) => positions[index]!));
        // The period legend sits under the names; the chart grows by what they need beyond the usual.
        const legendOffset = Math.max(PERIOD_LEGEND_OFFSET, depth + 20);
        const margin = { ...MARGIN, bottom: MARGIN.bottom + (legendOffset - PERIOD_LEGEND_OFFSET) };
        const context: TrendLayerContext = {
          tickPositions: positions,
          tickLabel: (position) => (printed.has(position) ? (labels.get(position) ?? '') : ''),
          formatValue: formatTick,
          slanted,
          legendOffset,
          valueLegend,
          periodLegend,
          active,
          setActive,
        };
        return (
          <TrendContext.Provider value={context}>
            <Line<TrendSeries>
              data={data}
              width={width}
              height={HEIGHT + (margin.bottom - MARGIN.bottom)}
              margin={margin}
              theme={CHART_THEME}
              colors={[CHART_COLOURS.line]}
              xScale={{ type: 'linear', min: first, max: first + span }}
              yScale={{ type: 'linear', min: domain.min, max: domain.max }}
              curve="linear"
              markers={
                target
                  ? [
                      {
                        axis: 'y',
                        value: target.value,
                        legend: target.label,
                        legendPosition: 'top-left',
                        lineStyle: { stroke: CHART_COLOURS.target, strokeWidth: 2, strokeDasharray: '6 4' },
                      },
                    ]
                  : []
              }
              layers={LAYERS}
              animate={false}
              isInteractive={false}
              role="img"
              ariaLabel={summary}
            />
          </TrendContext.Provider>
        );
      }}
    />
  );
}
