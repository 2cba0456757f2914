import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import { applyRewrites } from '../../../shared/ordering';
import { isUnanswered, type QuestionListView, type QuestionView } from '../../../shared/question-model';
import { usePageFocus } from '../app/PageFocus';
import { MetaList } from '../common/MetaList';
import { PageHeading } from '../common/PageHeading';
import { pickText } from '../text/bilingual';
import { formatDate } from '../text/formatDate';
import { useText } from '../text/useText';
import { ActionError } from './ActionError';
import { CarryForwardPanel } from './CarryForwardPanel';
import { ListExports } from './ListExports';
import { MeetingNotes } from './MeetingNotes';
import { peersOf, placeAmong, stepTarget } from './listOrder';
import { QuestionList, type QuestionListActions } from './QuestionList';
import { SaveStatus } from './SaveStatus';
import { UndoToast } from './UndoToast';
import { useQuestionList } from './useQuestionList';

/**
 * What had focus before a question moved, so it gets it back: React moves the question's element
 * to its new place, which blurs whatever was focused inside it (the same node stays, so it can
 * simply be focused again).
 */
interface Refocus {
  readonly id: string;
  readonly element: HTMLElement | null;
}

/**
 * A meeting's question list, edited in place: add, write, reorder (drag, buttons, Alt+arrows,
 * each move announced), group by report, delete with Undo, carry unanswered questions forward,
 * your notes on the meeting's reports to turn into questions, and the ways to take the list out
 * (meeting mode, print or PDF, Markdown, plain text).
 */
export function QuestionListPage({ initial }: Readonly<{ initial: QuestionListView }>) {
  const { t, language } = useText();
  const focus = usePageFocus();
  const model = useQuestionList(initial);
  const { meeting, questions } = model;
  const [grouped, setGrouped] = useState(false);
  const [deleted, setDeleted] = useState<QuestionView | null>(null);
  const [carrying, setCarrying] = useState(false);
  const refocus = useRef<Refocus | null>(null);
  const focusText = useRef<string | null>(null);
  const carryId = useId();
  const groupId = useId();
  const hintId = useId();
  const committee = pickText(meeting.committee.name, language);
  const council = pickText(meeting.committee.council, language);
  const unanswered = questions.filter((question) => isUnanswered(question.status)).length;

  // After a move or an add, put focus where the councillor expects it.
  useLayoutEffect(() => {
    const moved = refocus.current;
    // Never taking focus from something the councillor has moved on to.
    if (moved && focusWasLost()) {
      const item = document.querySelector<HTMLElement>(`[data-question-id="${moved.id}"]`);
      const target = moved.element?.isConnected && item?.contains(moved.element) ? moved.element : null;
      (target ?? item?.querySelector<HTMLElement>('[data-focus="move-up"]'))?.focus();
    }
    refocus.current = null;
    const added = focusText.current;
    if (added) {
      const field = document.querySelector<HTMLElement>(`[data-question-id="${added}"] [data-focus="text"]`);
      if (field) {
        focusText.current = null;
        field.focus();
      }
    }
  }, [questions]);

  const announceMove = useCallback(
    (id: string, list: readonly QuestionView[]) => {
      const { position, total } = placeAmong(peersOf(list, id, grouped), id);
      focus.announce(t('questions:ui.moved', { position, total }));
    },
    [focus, grouped, t],
  );

  /** What has focus inside question `id` now, to give it back once the move has shown. */
  function focusedIn(id: string): Refocus {
    const active = document.activeElement;
    return { id, element: active instanceof HTMLElement && active.closest(`[data-question-id="${id}"]`) ? active : null };
  }

  function restoreFocusAfterMove(before: Refocus): void {
    if (focusWasLost()) {
      // The move is already drawn.
      (before.element?.isConnected ? before.element : null)?.focus();
      return;
    }
    // Not drawn yet: the layout effect gives focus back when it is.
    refocus.current = before;
  }

  async function step(id: string, direction: 'up' | 'down'): Promise<void> {
    const before = focusedIn(id);
    const order = questions.map((question) => question.id);
    // Ungrouped, the store moves it one place relative to its own order; grouped, past the
    // neighbour in its group, wherever that is in the list.
    const target = grouped ? stepTarget(order, peersOf(questions, id, true), id, direction) : null;
    if (grouped && target === null) return;
    const moved = await model.move(id, target === null ? { direction } : { toIndex: target });
    if (!moved) return;
    restoreFocusAfterMove(before);
    announceMove(id, applyRewrites(questions, moved.rewrites));
  }

  async function drop(id: string, toIndex: number): Promise<void> {
    const moved = await model.move(id, { toIndex });
    if (moved) announceMove(id, applyRewrites(questions, moved.rewrites));
  }

  async function remove(id: string): Promise<void> {
    const removed = await model.remove(id);
    if (removed) {
      setDeleted(removed);
      focus.announce(t('questions:ui.deleted'));
    }
  }

  async function undo(): Promise<void> {
    if (!deleted) return;
    const restored = await model.restore(deleted.id);
    if (!restored) return;
    setDeleted(null);
    focusText.current = restored.id;
    focus.announce(t('questions:ui.restored'));
  }

  function dismissUndo(): void {
    setDeleted(null);
    // The toast held focus; the page's heading is where reading the list starts again.
    document.querySelector<HTMLElement>('main h1')?.focus();
  }

  async function add(): Promise<void> {
    const question = await model.add();
    if (question) focusText.current = question.id;
  }

  const actions: QuestionListActions = {
    onEdit: model.edit,
    onFlush: (id) => void model.flush(id),
    onStep: (id, direction) => void step(id, direction),
    onDrop: (id, toIndex) => void drop(id, toIndex),
    onDelete: (id) => void remove(id),
    onRemoveEvidence: (id, evidenceId) => void model.removeEvidence(id, evidenceId),
  };

  return (
    <div className="question-page">
      <PageHeading>{t('questions:ui.listFor', { date: formatDate(meeting.date, t) })}</PageHeading>
      <MetaList
        className="meta-list--inline"
        items={[
          { term: t('questions:field.committee'), value: committee?.text ?? '', lang: committee?.lang === language ? undefined : committee?.lang },
          ...(council ? [{ term: t('questions:field.council'), value: council.text, lang: council.lang === language ? undefined : council.lang }] : []),
        ]}
      />
      <p className="question-counts">
        <span>{t('questions:count.questions', { count: questions.length })}</span>
        <span>{t('questions:count.unanswered', { count: unanswered })}</span>
      </p>

      <div className="question-tools">
        <button type="button" className="button" onClick={() => void add()}>
          {t('questions:ui.add')}
        </button>
        <ListExports meeting={meeting} beforeExport={() => model.flush()} />
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={carrying}
          aria-controls={carrying ? carryId : undefined}
          onClick={() => setCarrying((open) => !open)}
        >
          {t('questions:carry.action')}
        </button>
      </div>
      <SaveStatus save={model.save} onRetry={() => void model.flush()} />
      {model.actionError ? <ActionError error={model.actionError} onDismiss={model.clearActionError} /> : null}

      {carrying ? (
        <CarryForwardPanel
          id={carryId}
          meeting={meeting}
          unanswered={unanswered}
          beforeCarry={() => model.flush()}
          onCarried={model.replace}
          onClose={() => setCarrying(false)}
        />
      ) : null}

      {questions.length > 1 ? (
        <div className="question-view-options">
          <p className="question-field__check">
            <input id={groupId} type="checkbox" checked={grouped} onChange={(event) => setGrouped(event.target.checked)} aria-describedby={hintId} />
            <label htmlFor={groupId}>{t('questions:ui.groupByReport')}</label>
          </p>
          <p id={hintId} className="muted">
            {t('questions:ui.reorderHint')}
          </p>
        </div>
      ) : null}

      {questions.length === 0 ? <p className="question-page__empty">{t('questions:ui.empty')}</p> : <QuestionList questions={questions} grouped={grouped} actions={actions} />}

      <MeetingNotes meeting={meeting} onAdded={model.append} />

      {deleted ? <UndoToast message={t('questions:ui.deleted')} onUndo={() => void undo()} onDismiss={dismissUndo} /> : null}
    </div>
  );
}

/** True when nothing has focus (a focused element was moved or removed, leaving it on <body>). */
function focusWasLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}
