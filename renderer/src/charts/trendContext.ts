import { createContext, useContext } from 'react';

/**
 * What the trend chart's own SVG layers need beyond what nivo hands every layer (scales, points,
 * sizes): tick words, the reading position and how to change it. Layers are module-level
 * components reading this context, so moving the read-out point re-renders them rather than
 * remounting them.
 */
export interface TrendLayerContext {
  readonly tickPositions: readonly number[];
  readonly tickLabel: (position: number) => string;
  readonly formatValue: (value: number) => string;
  readonly slanted: boolean;
  /** Baseline of the period legend below the axis line, clear of the period names. */
  readonly legendOffset: number;
  readonly valueLegend: string;
  readonly periodLegend: string;
  readonly active: number | null;
  readonly setActive: (index: number | null) => void;
}

export const TrendContext = createContext<TrendLayerContext | null>(null);

export function useTrendContext(): TrendLayerContext {
  const context = useContext(TrendContext);
  if (!context) throw new Error('Trend chart layers need a TrendContext provider');
  return context;
}
