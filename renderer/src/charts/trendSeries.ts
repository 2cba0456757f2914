/** The one series a trend chart draws: x is a period's position in time, y its figure. */
export type TrendSeries = { id: string; data: { x: number; y: number; current: boolean }[] };
