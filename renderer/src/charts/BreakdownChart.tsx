import { Bar, type BarCustomLayerProps, type BarLayer } from '@nivo/bar';
import { useMemo, type ReactNode } from 'react';
import { useText } from '../text/useText';
import { ChartFigure } from './ChartFigure';
import { yDomain, type ChartPoint } from './chartPoint';
import { CHART_COLOURS, CHART_THEME } from './chartTheme';

type Datum = { id: string; value: number };

const BAND = 58;
const MARGIN = { top: 8, right: 72, bottom: 52, left: 8 };

/**
 * Breakdowns of one period as horizontal bars (e.g. attainment of children looked after against
 * all children). Each bar's name is written above it in full, where an axis would cut long names
 * short, and its value at its end.
 */
export function BreakdownChart({
  caption,
  name,
  summary,
  points,
  formatTick,
  valueLegend,
  percent = false,
}: Readonly<{
  caption: ReactNode;
  name: string;
  summary: string;
  points: readonly ChartPoint[];
  formatTick: (value: number) => string;
  valueLegend: string;
  percent?: boolean;
}>) {
  const { t } = useText();
  // nivo draws the first horizontal bar at the bottom; reversed, the bars read top to bottom in order.
  const data = useMemo<Datum[]>(() => [...points].reverse().map((point) => ({ id: point.key, value: point.value })), [points]);
  const byKey = useMemo(() => new Map(points.map((point) => [point.key, point])), [points]);
  const domain = yDomain(
    points.map((point) => point.value),
    null,
    percent,
  );

  return (
    <ChartFigure
      caption={caption}
      name={name}
      labelHeader={t('charts:table.breakdown')}
      points={points}
      renderPlot={({ width, active, setActive }) => {
        const activeKey = active === null ? null : (points[active]?.key ?? null);
        function Labels({ bars }: BarCustomLayerProps<Datum>) {
          return (
            <g aria-hidden="true">
              {bars.map((bar) => {
                const point = byKey.get(String(bar.data.indexValue));
                return (
                  <g key={bar.key}>
                    <text x={0} y={bar.y - 7} fill={CHART_COLOURS.text} fontSize={13} fontWeight={600}>
                      {point?.label}
                    </text>
                    <text x={bar.x + bar.width + 6} y={bar.y + bar.height / 2} dominantBaseline="central" fill={CHART_COLOURS.text} fontSize={13}>
                      {point?.valueText}
                    </text>
                    {activeKey === point?.key ? (
                      <rect x={bar.x - 3} y={bar.y - 3} width={bar.width + 6} height={bar.height + 6} fill="none" stroke={CHART_COLOURS.active} strokeWidth={3} />
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        }
        const layers: BarLayer<Datum>[] = ['grid', 'bars', Labels, 'axes'];
        return (
          <Bar<Datum>
            data={data}
            keys={['value']}
            indexBy="id"
            layout="horizontal"
            width={width}
            height={points.length * BAND + MARGIN.top + MARGIN.bottom + 16}
            margin={MARGIN}
            padding={0.52}
            valueScale={{ type: 'linear', min: 0, max: domain.max }}
            theme={CHART_THEME}
            colors={[CHART_COLOURS.bar]}
            enableLabel={false}
            enableGridY={false}
            enableGridX
            gridXValues={5}
            axisLeft={null}
            axisBottom={{ tickValues: 5, format: (value: number) => formatTick(value), legend: valueLegend, legendPosition: 'middle', legendOffset: 40 }}
            layers={layers}
            animate={false}
            isInteractive
            tooltip={() => null}
            onMouseEnter={(datum) => setActive(points.findIndex((point) => point.key === String(datum.indexValue)))}
            onMouseLeave={() => setActive(null)}
            role="img"
            ariaLabel={summary}
          />
        );
      }}
    />
  );
}
