import type { AnnotationListItem } from '../../../shared/annotation-model';
import { reportHref } from '../routing/route';

/**
 * Where a note on My notes leads: the paragraph its passage starts in (the report opens there,
 * scrolled to it, focused and marked), else its section, else the report (indicator notes, and
 * unplaced ones whose place is gone).
 */
export function noteHref(item: Pick<AnnotationListItem, 'reportId' | 'target' | 'anchorState' | 'blockIndex'>): string {
  const { target } = item;
  if (item.anchorState !== 'placed' || target.kind === 'indicator') return reportHref(item.reportId);
  if (target.kind === 'text' && item.blockIndex !== null) return reportHref(item.reportId, { sectionKey: target.sectionKey, blockIndex: item.blockIndex });
  return reportHref(item.reportId, { sectionKey: target.sectionKey });
}
