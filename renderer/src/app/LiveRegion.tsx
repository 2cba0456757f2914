import { useSyncExternalStore } from 'react';
import { usePageFocus } from './PageFocus';

/** Polite announcements (the new page after a navigation). Always in the DOM, so changes are heard. */
export function LiveRegion() {
  const focus = usePageFocus();
  const snapshot = useSyncExternalStore(focus.subscribe, focus.snapshot);
  const separator = snapshot.indexOf('\n');
  const sequence = snapshot.slice(0, separator);
  const message = snapshot.slice(separator + 1);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message ? <p key={sequence}>{message}</p> : null}
    </div>
  );
}
