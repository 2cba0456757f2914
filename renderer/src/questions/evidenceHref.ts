import type { EvidenceView } from '../../../shared/question-model';
import { reportHref } from '../routing/route';

/**
 * Where a piece of evidence can be read in the report: the paragraph (by its place in the
 * section), else the section that printed the figure, else the report. Null when the source is
 * no longer in the library, or the evidence names no report (a note on a deleted report).
 */
export function evidenceHref(evidence: Pick<EvidenceView, 'link' | 'current' | 'snapshot'>): string | null {
  const source = evidence.current;
  if (source === null) return null;
  const reportId = evidence.link.reportId ?? source.report?.id ?? evidence.snapshot.report?.id ?? null;
  if (reportId === null) return null;
  const sectionKey = source.section?.key ?? evidence.link.sectionKey ?? source.figure?.sectionKey ?? null;
  if (sectionKey === null) return reportHref(reportId);
  const blockIndex = source.block?.index ?? evidence.link.blockIndex ?? null;
  return reportHref(reportId, blockIndex === null ? { sectionKey } : { sectionKey, blockIndex });
}
