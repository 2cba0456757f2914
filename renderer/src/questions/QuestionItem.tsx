import { useId, type DragEvent, type KeyboardEvent } from 'react';
import { QUESTION_LIMITS, type QuestionView } from '../../../shared/question-model';
import { useText } from '../text/useText';
import { AddresseeField } from './AddresseeField';
import { EvidenceList } from './EvidenceList';
import { PrioritySelect } from './PrioritySelect';
import { QuestionHistory } from './QuestionHistory';
import { StatusBadge } from './StatusBadge';
import { StatusSelect } from './StatusSelect';
import type { QuestionPatch } from './useQuestionList';

export interface QuestionItemDrag {
  /** Where a dragged question would land if dropped here. */
  readonly indicator: 'before' | 'after' | null;
  readonly dragging: boolean;
  readonly onStart: (event: DragEvent<HTMLElement>) => void;
  readonly onEnd: () => void;
  readonly onOver: (event: DragEvent<HTMLLIElement>) => void;
  readonly onDrop: (event: DragEvent<HTMLLIElement>) => void;
}

/**
 * One question of the list, edited in place: its words, who it is for, priority, status and
 * answer notes (each change saves itself after a pause, and at once on leaving a field), its
 * evidence and history, and the controls to move or delete it. Alt+Up and Alt+Down move it from
 * any of its fields; the drag handle is for the mouse only, the Move buttons do the same.
 */
export function QuestionItem({
  question,
  position,
  total,
  headingLevel,
  drag,
  onEdit,
  onFlush,
  onMove,
  onDelete,
  onRemoveEvidence,
}: Readonly<{
  question: QuestionView;
  /** 1-based place among the questions it moves among (the list, or its report's group). */
  position: number;
  total: number;
  headingLevel: 2 | 3;
  drag: QuestionItemDrag;
  onEdit: (patch: QuestionPatch, options?: { readonly immediately?: boolean }) => void;
  onFlush: () => void;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
  onRemoveEvidence: (evidenceId: number) => void;
}>) {
  const { t } = useText();
  const headingId = useId();
  const textId = useId();
  const notesId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const canMoveUp = position > 1;
  const canMoveDown = position < total;

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>): void {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && canMoveUp) onMove('up');
    if (event.key === 'ArrowDown' && canMoveDown) onMove('down');
  }

  const className = ['question', drag.dragging ? 'question--dragging' : '', drag.indicator ? `question--drop-${drag.indicator}` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <li className={className} data-question-id={question.id} onKeyDown={onKeyDown} onDragOver={drag.onOver} onDrop={drag.onDrop}>
      <div className="question__header">
        <span className="question__handle" draggable onDragStart={drag.onStart} onDragEnd={drag.onEnd} title={t('questions:ui.dragHandle')} aria-hidden="true" />
        <Heading id={headingId} className="question__heading">
          {t('questions:count.position', { position, total })}
        </Heading>
        <StatusBadge status={question.status} />
      </div>

      <div className="question-field question-field--text">
        <label htmlFor={textId}>{t('questions:field.text')}</label>
        <textarea
          id={textId}
          data-focus="text"
          value={question.text}
          maxLength={QUESTION_LIMITS.text}
          rows={2}
          onChange={(event) => onEdit({ text: event.target.value })}
          onBlur={onFlush}
        />
      </div>

      <div className="question__row">
        <AddresseeField
          addressedTo={question.addressedTo}
          addressedRole={question.addressedRole}
          onAddressee={(addressedTo) => onEdit(addressedTo === 'other' ? { addressedTo } : { addressedTo, addressedRole: null }, { immediately: true })}
          onRole={(addressedRole) => onEdit({ addressedRole })}
          onBlur={onFlush}
        />
        <PrioritySelect value={question.priority} onChange={(priority) => onEdit({ priority }, { immediately: true })} />
        <StatusSelect value={question.status} onChange={(status) => onEdit({ status }, { immediately: true })} />
      </div>

      <div className="question-field question-field--notes">
        <label htmlFor={notesId}>{t('questions:field.answerNotes')}</label>
        <textarea
          id={notesId}
          data-focus="notes"
          value={question.answerNotes}
          maxLength={QUESTION_LIMITS.answerNotes}
          rows={2}
          onChange={(event) => onEdit({ answerNotes: event.target.value })}
          onBlur={onFlush}
        />
      </div>

      <EvidenceList evidence={question.evidence} headingLevel={headingLevel === 2 ? 3 : 4} onRemove={onRemoveEvidence} />
      <QuestionHistory question={question} />

      <div className="question__actions">
        <button
          type="button"
          className="button button--secondary"
          data-focus="move-up"
          aria-describedby={headingId}
          aria-disabled={canMoveUp ? undefined : true}
          aria-keyshortcuts="Alt+ArrowUp"
          onClick={() => canMoveUp && onMove('up')}
        >
          <span aria-hidden="true">↑ </span>
          {t('questions:ui.moveUp')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-focus="move-down"
          aria-describedby={headingId}
          aria-disabled={canMoveDown ? undefined : true}
          aria-keyshortcuts="Alt+ArrowDown"
          onClick={() => canMoveDown && onMove('down')}
        >
          <span aria-hidden="true">↓ </span>
          {t('questions:ui.moveDown')}
        </button>
        <button type="button" className="button button--secondary button--danger" aria-describedby={headingId} onClick={onDelete}>
          {t('questions:ui.delete')}
        </button>
      </div>
    </li>
  );
}
