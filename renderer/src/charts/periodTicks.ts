/**
 * Which period names the trend chart's bottom axis can print without them running into each
 * other, and whether they must be slanted. Every period keeps its tick mark and its point (and its
 * row in the data table); only names that would overlap are left out.
 *
 * Why estimate rather than measure: the frame is drawn in one pass without reading text back from
 * the DOM (measuring every label on ten charts costs more than drawing them). Period names are
 * short and set in one 12 px font, so a per-character width errs safely.
 */

/** Average width of a character of the 12 px axis font, rounded up so the estimate errs wide. */
const CHAR_WIDTH = 7.2;
/** Space kept between two upright names. */
const UPRIGHT_GAP = 12;
/**
 * Slanted names are parallel lines at 35°: they clear each other when their starts are further
 * apart than a line's height divided by sin 35° (about 16 px / 0.57), whatever their length.
 */
const SLANTED_ROOM = 28;

export interface PeriodTickInput {
  /** Where the tick is, in pixels from the left of the plot; ascending. */
  readonly x: number;
  readonly label: string;
  /** The point this report is about: its name is printed whenever anything is. */
  readonly current: boolean;
}

export interface PeriodTickLayout {
  readonly slanted: boolean;
  /** Indexes of the ticks whose names are printed. */
  readonly labelled: ReadonlySet<number>;
  /** How far below the axis line the printed names reach, in pixels: the axis legend goes under it. */
  readonly depth: number;
}

/** Depth of upright names: a 12 px line set 18 px below the axis. */
const UPRIGHT_DEPTH = 22;
const SLANT = (35 * Math.PI) / 180;

export function estimatedLabelWidth(label: string): number {
  return label.length * CHAR_WIDTH;
}

export function layoutPeriodTicks(ticks: readonly PeriodTickInput[]): PeriodTickLayout {
  const all = new Set(ticks.map((_, index) => index));
  if (ticks.length <= 1) return { slanted: false, labelled: all, depth: UPRIGHT_DEPTH };
  const uprightFits = ticks.every((tick, index) => {
    if (index === 0) return true;
    const previous = ticks[index - 1]!;
    const room = tick.x - previous.x;
    return room >= (estimatedLabelWidth(previous.label) + estimatedLabelWidth(tick.label)) / 2 + UPRIGHT_GAP;
  });
  if (uprightFits) return { slanted: false, labelled: all, depth: UPRIGHT_DEPTH };
  const labelled = thinned(ticks, SLANTED_ROOM);
  // A slanted name hangs from its tick (its end 10 px down) and falls by sin 35° of its length.
  const longest = Math.max(...[...labelled].map((index) => estimatedLabelWidth(ticks[index]!.label)));
  return { slanted: true, labelled, depth: Math.ceil(16 + Math.sin(SLANT) * longest) };
}

/**
 * Keeps names at least `room` pixels apart: the current period first, then the last and the first
 * (the ends of the series frame it), then the rest from the right (newest first) where they fit.
 */
function thinned(ticks: readonly PeriodTickInput[], room: number): Set<number> {
  const kept: number[] = [];
  const fits = (index: number): boolean => kept.every((other) => Math.abs(ticks[other]!.x - ticks[index]!.x) >= room);
  const order = [
    ...ticks.flatMap((tick, index) => (tick.current ? [index] : [])),
    ticks.length - 1,
    0,
    ...ticks.map((_, index) => ticks.length - 1 - index),
  ];
  for (const index of order) {
    if (!kept.includes(index) && fits(index)) kept.push(index);
  }
  return new Set(kept);
}
