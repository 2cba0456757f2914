import type { Arrow } from '../../../shared/domain';

// Up for better news, down for worse, level for sustained: the arrow says whether the change is
// good, whichever way the figure itself moved (a fall is "improved" when lower is better).
const ROTATION = { improved: -90, sustained: 0, declined: 90 } as const satisfies Record<Arrow, number>;

/** Decorative: the words beside it carry the meaning. */
export function ArrowIcon({ arrow }: Readonly<{ arrow: Arrow }>) {
  return (
    <svg className="arrow-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <g transform={`rotate(${ROTATION[arrow]} 10 10)`}>
        <path d="M3 10h12M10.5 5l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" strokeLinejoin="round" />
      </g>
    </svg>
  );
}
