import type { LineCustomSvgLayerProps } from '@nivo/line';
import type { MouseEvent } from 'react';
import { CHART_COLOURS } from './chartTheme';
import { useTrendContext } from './trendContext';
import type { TrendSeries } from './trendSeries';

/**
 * The point being read, marked with a guide line; and, for a mouse, the nearest point along the
 * time axis becomes the one being read (the read-out under the chart says its period and figure).
 */
export function TrendPointer({ points, innerWidth, innerHeight }: LineCustomSvgLayerProps<TrendSeries>) {
  const { active, setActive } = useTrendContext();
  const point = active === null ? undefined : points[active];

  function follow(event: MouseEvent<SVGRectElement>): void {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / Math.max(box.width, 1)) * innerWidth;
    let nearest = 0;
    points.forEach((candidate, index) => {
      if (Math.abs(candidate.x - x) < Math.abs(points[nearest]!.x - x)) nearest = index;
    });
    if (nearest !== active) setActive(nearest);
  }

  return (
    <g>
      {point ? (
        <g aria-hidden="true">
          <line x1={point.x} x2={point.x} y1={0} y2={innerHeight} stroke={CHART_COLOURS.active} strokeWidth={1.5} strokeDasharray="3 3" />
          <circle cx={point.x} cy={point.y} r={7} fill={CHART_COLOURS.active} stroke={CHART_COLOURS.pointFill} strokeWidth={2} />
        </g>
      ) : null}
      <rect width={innerWidth} height={innerHeight} fill="transparent" onMouseMove={follow} onMouseLeave={() => setActive(null)} />
    </g>
  );
}
