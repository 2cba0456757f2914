import { useCallback } from 'react';
import { evidenceReference, type EvidenceView } from '../../../shared/question-model';
import { evidenceText, reportText } from '../../../shared/question-text';
import type { ReportLabel } from '../../../shared/question-model';
import { useText } from '../text/useText';
import { textLookup } from './textLookup';

/** Report text keeps **bold** markers (the exports' Markdown uses them); on screen they are noise. */
export function withoutMarkup(text: string): string {
  return text.replace(/\*\*/g, '');
}

export interface EvidenceWords {
  /** "CS LAC 58: 61.9% (375 / 606), Quarter 2 2017/18, paragraph 26 — …" as linked. */
  readonly linked: (evidence: Pick<EvidenceView, 'kind' | 'link' | 'snapshot'>, options?: { readonly withReport?: boolean }) => string;
  /** The same reference as the library has it now (for evidence that changed). */
  readonly now: (evidence: EvidenceView) => string | null;
  readonly report: (report: ReportLabel) => string;
}

/** Evidence in the interface language, with the same templates the exports use. */
export function useEvidenceWords(): EvidenceWords {
  const { t, language } = useText();
  const linked = useCallback(
    (evidence: Pick<EvidenceView, 'kind' | 'link' | 'snapshot'>, options: { readonly withReport?: boolean } = {}) =>
      withoutMarkup(evidenceText(evidenceReference(evidence), language, textLookup(t), { withReport: options.withReport ?? true })),
    [language, t],
  );
  const now = useCallback(
    (evidence: EvidenceView) => (evidence.current ? linked({ kind: evidence.kind, link: evidence.link, snapshot: evidence.current }, { withReport: false }) : null),
    [linked],
  );
  const report = useCallback((label: ReportLabel) => withoutMarkup(reportText(label, language, textLookup(t))), [language, t]);
  return { linked, now, report };
}
