import type { Language } from '../../../shared/languages';
import type { SearchHit, SearchTarget } from '../../../shared/search';
import { indicatorHref, questionsHref, reportHref } from '../routing/route';

/**
 * Where a search target leads. Passages use the report deep link (#/report/<id>/at/<section>/<block>),
 * which scrolls the passage into view, focuses and marks it; questions lead to their meeting's list.
 */
export function searchHref(target: SearchTarget): string {
  switch (target.kind) {
    case 'passage':
      return reportHref(target.reportId, { sectionKey: target.sectionKey, blockIndex: target.blockIndex });
    case 'report':
      return reportHref(target.reportId);
    case 'indicator':
      return indicatorHref(target.indicatorId);
    case 'meeting_questions':
      return questionsHref(target.meetingId);
  }
}

/**
 * Where a hit leads for a councillor using the interface in `language`. The report screen shows
 * the version in the interface language when there is one, and the two versions number their
 * blocks differently; so a passage found in the other language's version opens at its section
 * (section keys are shared) rather than at a block index that would point at the wrong paragraph.
 */
export function hitHref(hit: SearchHit, language: Language): string {
  const { target } = hit;
  if (target.kind === 'passage' && target.lang !== language && 'report' in hit && hit.report.title[language] !== undefined) {
    return reportHref(target.reportId, { sectionKey: target.sectionKey });
  }
  return searchHref(target);
}
