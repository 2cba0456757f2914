import type { EvidenceView } from '../../../shared/question-model';
import { useText } from '../text/useText';
import { EvidenceItem } from './EvidenceItem';

/** A question's evidence under its own small heading; "No evidence linked" when there is none. */
export function EvidenceList({
  evidence,
  headingLevel,
  onRemove,
}: Readonly<{ evidence: readonly EvidenceView[]; headingLevel: 3 | 4; onRemove?: ((evidenceId: number) => void) | undefined }>) {
  const { t } = useText();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="evidence">
      <Heading className="evidence__heading">{t('questions:field.evidence')}</Heading>
      {evidence.length === 0 ? (
        <p className="muted">{t('questions:evidence.none')}</p>
      ) : (
        <ul className="evidence__list">
          {evidence.map((item) => (
            <EvidenceItem key={item.id} evidence={item} onRemove={onRemove ? () => onRemove(item.id) : undefined} />
          ))}
        </ul>
      )}
    </div>
  );
}
