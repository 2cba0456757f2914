import { useCallback } from 'react';
import { evidenceReference, type EvidenceView } from '../../../shared/question-model';
import { evidenceText, reportText } from '../../../shared/question-text';
import type { ReportLabel } from '../../../shared/question-model';
import { partMarker, type MarkedSentence } from '../text/sentencePart';
import { useText } from '../text/useText';
import { textLookup } from '../text/textLookup';

/** Report text keeps **bold** markers (the exports' Markdown uses them); on screen they are noise. */
export function withoutMarkup(text: string): string {
  return text.replace(/\*\*/g, '');
}

function withoutMarkupMarked(marked: MarkedSentence): MarkedSentence {
  return { sentence: withoutMarkup(marked.sentence), parts: marked.parts.map((part) => ({ ...part, text: withoutMarkup(part.text) })) };
}

/**
 * Evidence sentences for the screen: the words of the exports, with each value from the report
 * (a quote, an indicator's title, a heading, the report's title) that is in the other language
 * marked, for SentenceWithParts to render with its own `lang`.
 */
export interface EvidenceWords {
  /** "CS LAC 58: 61.9% (375 / 606), Quarter 2 2017/18, paragraph 26 — …" as linked. */
  readonly linked: (evidence: Pick<EvidenceView, 'kind' | 'link' | 'snapshot'>, options?: { readonly withReport?: boolean }) => MarkedSentence;
  /** The same reference as the library has it now (for evidence that changed). */
  readonly now: (evidence: EvidenceView) => MarkedSentence | null;
  readonly report: (report: ReportLabel) => MarkedSentence;
}

/** Evidence in the interface language, with the same templates the exports use. */
export function useEvidenceWords(): EvidenceWords {
  const { t, language } = useText();
  const linked = useCallback(
    (evidence: Pick<EvidenceView, 'kind' | 'link' | 'snapshot'>, options: { readonly withReport?: boolean } = {}) => {
      const { part, marked } = partMarker(language);
      const text = evidenceText(evidenceReference(evidence), language, textLookup(t), { withReport: options.withReport ?? true, part });
      return withoutMarkupMarked(marked(text));
    },
    [language, t],
  );
  const now = useCallback(
    (evidence: EvidenceView) => (evidence.current ? linked({ kind: evidence.kind, link: evidence.link, snapshot: evidence.current }, { withReport: false }) : null),
    [linked],
  );
  const report = useCallback(
    (label: ReportLabel) => {
      const { part, marked } = partMarker(language);
      return withoutMarkupMarked(marked(reportText(label, language, textLookup(t), part)));
    },
    [language, t],
  );
  return { linked, now, report };
}
