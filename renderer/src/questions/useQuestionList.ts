import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { applyRewrites } from '../../../shared/ordering';
import type { QuestionUpdateInput } from '../../../shared/question-contract';
import type { MeetingOverview, QuestionListView, QuestionMoved, QuestionRecord, QuestionView } from '../../../shared/question-model';
import type { AppError } from '../../../shared/result';
import { useClient } from '../client/ClientProvider';
import { AutosaveQueue, type AutosaveSnapshot } from './autosaveQueue';

/** The fields a councillor edits in place; everything but the id of questions.update. */
export type QuestionPatch = Omit<QuestionUpdateInput, 'id'>;

/** The pause after the last keystroke before a question is saved. */
export const AUTOSAVE_DELAY_MS = 400;

export type MoveTarget = { readonly direction: 'up' | 'down' } | { readonly toIndex: number };

export interface QuestionListModel {
  readonly meeting: MeetingOverview;
  /** In the councillor's order. */
  readonly questions: readonly QuestionView[];
  readonly save: AutosaveSnapshot;
  /** The last action that failed (a move, a delete…), for an alert; null when none. */
  readonly actionError: AppError | null;
  readonly clearActionError: () => void;
  /** Changes fields on screen at once and saves them after a pause (or at once, for a choice). */
  readonly edit: (id: string, patch: QuestionPatch, options?: { readonly immediately?: boolean }) => void;
  /** Saves whatever is waiting (one question, or all). */
  readonly flush: (id?: string) => Promise<void>;
  readonly add: () => Promise<QuestionView | null>;
  /** Puts a question made elsewhere (the Add to my questions dialog) at the end of the list. */
  readonly append: (question: QuestionView) => void;
  readonly move: (id: string, target: MoveTarget) => Promise<QuestionMoved | null>;
  readonly remove: (id: string) => Promise<QuestionView | null>;
  readonly restore: (id: string) => Promise<QuestionView | null>;
  readonly removeEvidence: (questionId: string, evidenceId: number) => Promise<void>;
  /** Takes the list as the store has it now (after carrying forward). */
  readonly replace: (list: QuestionListView) => void;
}

/** The question as it reads after a change typed on screen (fields left out stay as they were). */
export function applyPatch(question: QuestionView, patch: QuestionPatch): QuestionView {
  return {
    ...question,
    text: patch.text ?? question.text,
    addressedTo: patch.addressedTo ?? question.addressedTo,
    addressedRole: patch.addressedRole === undefined ? question.addressedRole : patch.addressedRole,
    priority: patch.priority ?? question.priority,
    status: patch.status ?? question.status,
    answerNotes: patch.answerNotes ?? question.answerNotes,
  };
}

function byPosition(a: QuestionView, b: QuestionView): number {
  return a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A meeting's question list as the screens edit it: every change shows at once and autosaves
 * (like annotations), moves and deletes go to the store first and then show, and whatever is
 * still waiting is saved when the screen goes away (another route) or the window closes.
 */
export function useQuestionList(initial: QuestionListView): QuestionListModel {
  const client = useClient();
  const [meeting, setMeeting] = useState(initial.meeting);
  const [questions, setQuestions] = useState<readonly QuestionView[]>(initial.questions);
  const [actionError, setActionError] = useState<AppError | null>(null);
  // Moves are made one after another, each against the order the one before left.
  const moves = useRef<Promise<unknown>>(Promise.resolve());

  const [queue] = useState(
    () =>
      new AutosaveQueue<QuestionPatch, QuestionRecord>({
        delayMs: AUTOSAVE_DELAY_MS,
        save: (id, patch) => client['questions.update']({ id, ...patch }),
        // Only what the store decides (when asked or answered): the words on screen may already be newer.
        onSaved: (id, record) =>
          setQuestions((list) =>
            list.map((q) => (q.id === id ? { ...q, askedAt: record.askedAt, answeredAt: record.answeredAt, updatedAt: record.updatedAt } : q)),
          ),
      }),
  );
  const save = useSyncExternalStore(queue.subscribe, queue.snapshot);

  useEffect(() => {
    const flushAll = (): void => void queue.flush();
    window.addEventListener('pagehide', flushAll);
    window.addEventListener('beforeunload', flushAll);
    return () => {
      window.removeEventListener('pagehide', flushAll);
      window.removeEventListener('beforeunload', flushAll);
      // Leaving the screen (a route change) writes what is still waiting.
      flushAll();
    };
  }, [queue]);

  const edit = useCallback(
    (id: string, patch: QuestionPatch, options: { readonly immediately?: boolean } = {}) => {
      setQuestions((list) => list.map((q) => (q.id === id ? applyPatch(q, patch) : q)));
      queue.schedule(id, patch);
      if (options.immediately) void queue.flush(id);
    },
    [queue],
  );

  const flush = useCallback((id?: string) => queue.flush(id), [queue]);

  const append = useCallback((question: QuestionView) => {
    setQuestions((list) => (list.some((q) => q.id === question.id) ? list : [...list, question].sort(byPosition)));
  }, []);

  const add = useCallback(async () => {
    const result = await client['questions.create']({ meetingId: meeting.id, text: '', addressedTo: 'cabinet_member' });
    if (!result.ok) {
      setActionError(result.error);
      return null;
    }
    append(result.value);
    return result.value;
  }, [client, meeting.id, append]);

  const move = useCallback(
    (id: string, target: MoveTarget) => {
      const run = async (): Promise<QuestionMoved | null> => {
        const result = await client['questions.move']({ id, ...target });
        if (!result.ok) {
          setActionError(result.error);
          return null;
        }
        setQuestions((list) => applyRewrites(list, result.value.rewrites));
        return result.value;
      };
      const next = moves.current.then(run, run);
      moves.current = next;
      return next;
    },
    [client],
  );

  const remove = useCallback(
    async (id: string) => {
      // What was typed last is saved first, so Undo brings back the question as it was.
      await queue.flush(id);
      const removed = questions.find((q) => q.id === id) ?? null;
      const result = await client['questions.delete']({ id });
      if (!result.ok) {
        setActionError(result.error);
        return null;
      }
      queue.discard(id);
      setQuestions((list) => list.filter((q) => q.id !== id));
      return removed;
    },
    [client, queue, questions],
  );

  const restore = useCallback(
    async (id: string) => {
      const result = await client['questions.restore']({ id });
      if (!result.ok) {
        setActionError(result.error);
        return null;
      }
      append(result.value);
      return result.value;
    },
    [client, append],
  );

  const removeEvidence = useCallback(
    async (questionId: string, evidenceId: number) => {
      const result = await client['questions.removeEvidence']({ questionId, evidenceId });
      if (!result.ok) {
        setActionError(result.error);
        return;
      }
      setQuestions((list) => list.map((q) => (q.id === questionId ? { ...q, evidence: result.value.evidence } : q)));
    },
    [client],
  );

  const replace = useCallback((list: QuestionListView) => {
    setMeeting(list.meeting);
    setQuestions(list.questions);
  }, []);

  const clearActionError = useCallback(() => setActionError(null), []);

  return {
    meeting,
    questions,
    save,
    actionError,
    clearActionError,
    edit,
    flush,
    add,
    append,
    move,
    remove,
    restore,
    removeEvidence,
    replace,
  };
}
