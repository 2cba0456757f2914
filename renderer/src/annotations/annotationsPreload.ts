import { createContext, useContext, useEffect, useState } from 'react';
import type { Annotation } from '../../../shared/annotation-model';
import { fail, type Result } from '../../../shared/result';
import { useClient } from '../client/ClientProvider';

type ListResult = Result<Annotation[]>;

/**
 * A report's notes asked for as soon as its screen opens, beside `report.get` (and the library),
 * rather than after the report has been drawn. AnnotationsProvider takes the request once: a
 * provider mounted again for the same screen (or a Retry) asks the store afresh, so it never shows
 * notes older than the ones it would have loaded itself.
 */
export class AnnotationsPreload {
  private pending: { readonly reportId: number; readonly request: Promise<ListResult>; settled: ListResult | null } | null = null;

  /** Starts (or replaces) the request for a report. */
  start(reportId: number, request: Promise<ListResult>): void {
    const entry = {
      reportId,
      request: request.catch((error: unknown) => fail('internal', `annotations.list: ${error instanceof Error ? error.message : String(error)}`)),
      settled: null as ListResult | null,
    };
    void entry.request.then((result) => {
      entry.settled = result;
    });
    this.pending = entry;
  }

  /** Forgets the request for a report (its screen has gone); a later take() finds nothing. */
  clear(reportId: number): void {
    if (this.pending?.reportId === reportId) this.pending = null;
  }

  /** The notes, if the request for this report has already answered them and not been taken. */
  peek(reportId: number): Annotation[] | null {
    const entry = this.pending;
    return entry?.reportId === reportId && entry.settled?.ok ? entry.settled.value : null;
  }

  /** The request for this report, once; null if there is none (or it was taken already). */
  take(reportId: number): Promise<ListResult> | null {
    const entry = this.pending;
    if (entry?.reportId !== reportId) return null;
    this.pending = null;
    return entry.request;
  }
}

const PreloadContext = createContext<AnnotationsPreload | null>(null);

export const AnnotationsPreloadProvider = PreloadContext.Provider;

/**
 * For the report screen: asks for the report's notes now and keeps the answer for its
 * AnnotationsProvider. The holder never changes, so nothing re-renders when the answer comes.
 */
export function useStartAnnotationsPreload(reportId: number): AnnotationsPreload {
  const client = useClient();
  const [preload] = useState(() => new AnnotationsPreload());
  useEffect(() => {
    // Queued behind the report's own request (useCall starts it the same way), which comes first.
    preload.start(
      reportId,
      Promise.resolve().then(() => client['annotations.list']({ reportId })),
    );
    return () => preload.clear(reportId);
  }, [preload, client, reportId]);
  return preload;
}

/** For AnnotationsProvider: the report screen's early request, or null where there is none. */
export function useAnnotationsPreload(): AnnotationsPreload | null {
  return useContext(PreloadContext);
}
