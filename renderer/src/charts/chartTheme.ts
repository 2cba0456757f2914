import type { PartialTheme } from '@nivo/theming';

/**
 * Chart colours and type, matching base.css. Text is the page's muted grey (8.2:1 on white); the
 * line and the rings are dark enough (≥ 3:1) to be seen as graphics. Colour never carries meaning
 * alone: the target is also dashed and named, the current point also ringed and explained.
 */
export const CHART_COLOURS = {
  line: '#0b4f9c',
  pointFill: '#ffffff',
  current: '#10304f',
  active: '#1a5fb4',
  target: '#4a4f55',
  bar: '#0b4f9c',
  barCurrent: '#10304f',
  text: '#1b1b1b',
  muted: '#4a4f55',
  grid: '#d5d8dd',
} as const;

export const CHART_THEME: PartialTheme = {
  background: 'transparent',
  text: { fontSize: 12, fill: CHART_COLOURS.muted, fontFamily: 'inherit' },
  axis: {
    domain: { line: { stroke: CHART_COLOURS.muted, strokeWidth: 1 } },
    ticks: { line: { stroke: CHART_COLOURS.muted, strokeWidth: 1 }, text: { fill: CHART_COLOURS.text, fontSize: 12 } },
    legend: { text: { fill: CHART_COLOURS.muted, fontSize: 12, fontWeight: 600 } },
  },
  grid: { line: { stroke: CHART_COLOURS.grid, strokeWidth: 1 } },
  markers: {
    lineColor: CHART_COLOURS.target,
    lineStrokeWidth: 2,
    text: { fill: CHART_COLOURS.text, fontSize: 12, fontWeight: 600, fontFamily: 'inherit', outlineWidth: 3, outlineColor: '#ffffff', outlineOpacity: 1 },
  },
};
