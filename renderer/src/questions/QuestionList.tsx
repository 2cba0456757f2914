import { useState, type DragEvent } from 'react';
import type { QuestionView } from '../../../shared/question-model';
import { SentenceWithParts } from '../text/SentenceWithPart';
import { useText } from '../text/useText';
import { dropTarget, groupByReport, peersOf, placeAmong, type QuestionGroup } from './listOrder';
import { QuestionItem, type QuestionItemDrag } from './QuestionItem';
import { useEvidenceWords } from './evidenceWords';
import type { QuestionPatch } from './useQuestionList';

export interface QuestionListActions {
  readonly onEdit: (id: string, patch: QuestionPatch, options?: { readonly immediately?: boolean }) => void;
  readonly onFlush: (id: string) => void;
  readonly onStep: (id: string, direction: 'up' | 'down') => void;
  readonly onDrop: (id: string, toIndex: number) => void;
  readonly onDelete: (id: string) => void;
  readonly onRemoveEvidence: (id: string, evidenceId: number) => void;
}

interface DropPlace {
  readonly id: string;
  readonly after: boolean;
}

/**
 * The meeting's questions in order, or in groups by report (each under the report's name).
 * Dragging (HTML drag and drop, from a question's handle) drops a question before or after
 * another; when grouped, only within its own group, as grouping never moves a question to
 * another report.
 */
export function QuestionList({ questions, grouped, actions }: Readonly<{ questions: readonly QuestionView[]; grouped: boolean; actions: QuestionListActions }>) {
  const { t } = useText();
  const words = useEvidenceWords();
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<DropPlace | null>(null);
  const order = questions.map((question) => question.id);

  function dragFor(id: string): QuestionItemDrag {
    return {
      indicator: dropAt?.id === id && dragged !== id ? (dropAt.after ? 'after' : 'before') : null,
      dragging: dragged === id,
      onStart: (event: DragEvent<HTMLElement>) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', id);
        const item = event.currentTarget.closest('li');
        if (item) event.dataTransfer.setDragImage(item, 24, 24);
        setDragged(id);
      },
      onEnd: () => {
        setDragged(null);
        setDropAt(null);
      },
      onOver: (event: DragEvent<HTMLLIElement>) => {
        if (dragged === null || !peersOf(questions, dragged, grouped).includes(id)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const box = event.currentTarget.getBoundingClientRect();
        const after = event.clientY > box.top + box.height / 2;
        if (dropAt?.id !== id || dropAt.after !== after) setDropAt({ id, after });
      },
      onDrop: (event: DragEvent<HTMLLIElement>) => {
        if (dragged === null) return;
        event.preventDefault();
        const box = event.currentTarget.getBoundingClientRect();
        const toIndex = dropTarget(order, dragged, id, event.clientY > box.top + box.height / 2);
        if (toIndex !== null) actions.onDrop(dragged, toIndex);
        setDragged(null);
        setDropAt(null);
      },
    };
  }

  function items(list: readonly QuestionView[], headingLevel: 2 | 3) {
    return (
      <ol className="question-list">
        {list.map((question) => {
          const { position, total } = placeAmong(
            list.map((q) => q.id),
            question.id,
          );
          return (
            <QuestionItem
              key={question.id}
              question={question}
              position={position}
              total={total}
              headingLevel={headingLevel}
              drag={dragFor(question.id)}
              onEdit={(patch, options) => actions.onEdit(question.id, patch, options)}
              onFlush={() => actions.onFlush(question.id)}
              onMove={(direction) => actions.onStep(question.id, direction)}
              onDelete={() => actions.onDelete(question.id)}
              onRemoveEvidence={(evidenceId) => actions.onRemoveEvidence(question.id, evidenceId)}
            />
          );
        })}
      </ol>
    );
  }

  if (!grouped) return items(questions, 2);
  return (
    <div className="question-groups">
      {groupByReport(questions).map((group: QuestionGroup) => (
        <section key={group.reportId ?? 'none'} className="question-group">
          <h2 className="question-group__heading">{group.report ? <SentenceWithParts marked={words.report(group.report)} /> : t('questions:ui.noReport')}</h2>
          {items(group.questions, 3)}
        </section>
      ))}
    </div>
  );
}
