import type { Face } from '../../../shared/domain';

// Mouth shapes of the report's faces: a smile, a straight line, a frown.
const MOUTHS = {
  will: 'M7 13.5c1.4 1.8 4.6 1.8 6 0',
  may: 'M7 14h6',
  will_not: 'M7 15c1.4-1.8 4.6-1.8 6 0',
} as const satisfies Record<Face, string>;

/** The face drawn as the reports draw it. Decorative: the words beside it carry the meaning. */
export function FaceIcon({ face }: Readonly<{ face: Face }>) {
  return (
    <svg className="face-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.75" />
      <circle cx="7.25" cy="8" r="1.1" fill="currentColor" />
      <circle cx="12.75" cy="8" r="1.1" fill="currentColor" />
      <path d={MOUTHS[face]} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
    </svg>
  );
}
