import { useId } from 'react';
import type { EvidenceView } from '../../../shared/question-model';
import { PART_MARKER } from '../text/sentencePart';
import { SentenceWithPart, SentenceWithParts } from '../text/SentenceWithPart';
import { useText } from '../text/useText';
import { evidenceHref } from './evidenceHref';
import { useEvidenceWords } from './evidenceWords';

/**
 * One piece of evidence as it read when linked, with the report it comes from; a note when the
 * library now says something else (a revised report) or no longer has it; a link to read it in
 * the report; and, where the list is being edited, a button to unlink it.
 */
export function EvidenceItem({ evidence, onRemove }: Readonly<{ evidence: EvidenceView; onRemove?: (() => void) | undefined }>) {
  const { t } = useText();
  const words = useEvidenceWords();
  const textId = useId();
  const href = evidenceHref(evidence);
  const now = evidence.state === 'changed' ? words.now(evidence) : null;
  return (
    <li className={`evidence-item evidence-item--${evidence.state}`}>
      <p id={textId} className="evidence-item__text">
        <SentenceWithParts marked={words.linked(evidence)} />
      </p>
      {evidence.state === 'changed' ? (
        <p className="evidence-item__state">
          <strong>{t('questions:evidence.changed')}</strong>
          {now ? (
            <>
              {' '}
              <SentenceWithPart sentence={t('questions:evidence.now', { reference: PART_MARKER })} part={<SentenceWithParts marked={now} />} />
            </>
          ) : null}
        </p>
      ) : null}
      {evidence.state === 'missing' ? (
        <p className="evidence-item__state">
          <strong>{t('questions:evidence.missing')}</strong>
        </p>
      ) : null}
      {href || onRemove ? (
        <p className="evidence-item__actions">
          {href ? (
            <a href={href} aria-describedby={textId}>
              {t('questions:ui.openSource')}
            </a>
          ) : null}
          {onRemove ? (
            <button type="button" className="question-text-button" aria-describedby={textId} onClick={onRemove}>
              {t('questions:ui.removeEvidence')}
            </button>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}
