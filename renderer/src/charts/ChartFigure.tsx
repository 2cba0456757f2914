import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useText } from '../text/useText';
import { ChartDataTable } from './ChartDataTable';
import type { ChartPoint } from './chartPoint';
import { useElementWidth } from './useElementWidth';

export interface PlotState {
  readonly width: number;
  /** The point being read by keyboard or pointed at, or null. */
  readonly active: number | null;
  readonly setActive: (index: number | null) => void;
}

/**
 * Everything a chart needs around its picture: a caption naming it, a plot that is one tab stop
 * (arrow keys read each point aloud through a live read-out, so the chart is readable without a
 * mouse), and a button that shows the same numbers as a table.
 */
export function ChartFigure({
  caption,
  name,
  labelHeader,
  points,
  legend,
  renderPlot,
}: Readonly<{
  caption: ReactNode;
  /** Accessible name of the chart ("Trend chart: CS LAC 58 …"); also the table's caption. */
  name: string;
  labelHeader: string;
  points: readonly ChartPoint[];
  /** Words for the chart's marks, shown under the plot. */
  legend?: ReactNode;
  renderPlot: (state: PlotState) => ReactNode;
}>) {
  const { t } = useText();
  const captionId = useId();
  const hintId = useId();
  const tableId = useId();
  const [tableShown, setTableShown] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const [plotRef, width] = useElementWidth<HTMLDivElement>();

  const last = points.length - 1;
  function handleKey(event: KeyboardEvent<HTMLDivElement>): void {
    const from = active ?? points.findIndex((point) => point.current);
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, from + 1),
      ArrowDown: Math.min(last, from + 1),
      ArrowLeft: Math.max(0, from - 1),
      ArrowUp: Math.max(0, from - 1),
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') {
      setActive(null);
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
  }

  function handleFocus(): void {
    if (active !== null || points.length === 0) return;
    const current = points.findIndex((point) => point.current);
    setActive(current >= 0 ? current : last);
  }

  const point = active === null ? null : points[active];
  const readout = point
    ? point.notes.length > 0
      ? t('charts:keyboard.pointNote', { label: point.label, value: point.valueText, note: point.notes.join('; ') })
      : t('charts:keyboard.point', { label: point.label, value: point.valueText })
    : '';

  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__caption">
        {caption}
      </figcaption>
      <div
        ref={plotRef}
        className="chart__plot"
        tabIndex={0}
        role="group"
        aria-label={name}
        aria-describedby={hintId}
        onKeyDown={handleKey}
        onFocus={handleFocus}
      >
        {width > 0 ? renderPlot({ width, active, setActive }) : null}
      </div>
      {legend}
      <p id={hintId} className="chart__hint">
        {t('charts:keyboard.hint')}
      </p>
      <p className="chart__readout" role="status" aria-atomic="true">
        {readout}
      </p>
      <button
        type="button"
        className="button button--secondary chart__toggle"
        aria-expanded={tableShown}
        aria-controls={tableId}
        aria-describedby={captionId}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? t('charts:table.hide') : t('charts:table.show')}
      </button>
      {/* The box is always there for aria-controls; the table is built only when asked for. On a
          narrow or zoomed window a wide table scrolls sideways inside it, so once shown it takes
          focus (a named region) and the arrow keys can scroll it. */}
      <div
        id={tableId}
        className="chart__table"
        hidden={!tableShown}
        tabIndex={tableShown ? 0 : undefined}
        role={tableShown ? 'region' : undefined}
        aria-label={tableShown ? name : undefined}
      >
        {tableShown ? <ChartDataTable caption={name} labelHeader={labelHeader} points={points} /> : null}
      </div>
    </figure>
  );
}
