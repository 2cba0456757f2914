import type { QuestionView, ReportLabel } from '../../../shared/question-model';

/**
 * How a meeting's list is shown: in the councillor's order, or grouped by the report each
 * question is about (its first evidence that names a report), groups in the order their first
 * question comes, questions not linked to a report last. Grouping never changes the order itself:
 * moving within a group moves the question past its neighbour in that group.
 */

export interface QuestionGroup {
  /** A report id, or null for the questions not linked to a report. */
  readonly reportId: number | null;
  readonly report: ReportLabel | null;
  readonly questions: readonly QuestionView[];
}

/** The report a question is about: the first of its evidence that names one. */
export function reportOf(question: Pick<QuestionView, 'evidence'>): ReportLabel | null {
  for (const evidence of question.evidence) {
    if (evidence.snapshot.report) return evidence.snapshot.report;
  }
  return null;
}

export function groupByReport(questions: readonly QuestionView[]): QuestionGroup[] {
  const groups = new Map<number | null, { report: ReportLabel | null; questions: QuestionView[] }>();
  for (const question of questions) {
    const report = reportOf(question);
    const key = report?.id ?? null;
    const group = groups.get(key) ?? { report, questions: [] };
    group.questions.push(question);
    groups.set(key, group);
  }
  const result = [...groups.entries()].map(([reportId, group]) => ({ reportId, report: group.report, questions: group.questions }));
  // Unlinked questions after every report's group, whatever their place in the list.
  return [...result.filter((group) => group.reportId !== null), ...result.filter((group) => group.reportId === null)];
}

/** The ids a question moves among: the whole list, or its group when grouped. */
export function peersOf(questions: readonly QuestionView[], id: string, grouped: boolean): string[] {
  if (!grouped) return questions.map((question) => question.id);
  const own = questions.find((question) => question.id === id);
  if (!own) return [];
  const key = reportOf(own)?.id ?? null;
  return questions.filter((question) => (reportOf(question)?.id ?? null) === key).map((question) => question.id);
}

/**
 * The 0-based place in the whole list (questions.move's `toIndex`) that moves question `id` one
 * step up or down among `peers`; null when it is already first or last among them.
 * After the question leaves its place, putting it at the index its neighbour had puts it before
 * that neighbour (moving up) or just after it (moving down).
 */
export function stepTarget(order: readonly string[], peers: readonly string[], id: string, direction: 'up' | 'down'): number | null {
  const at = peers.indexOf(id);
  if (at < 0) return null;
  const neighbour = peers[direction === 'up' ? at - 1 : at + 1];
  if (neighbour === undefined) return null;
  return order.indexOf(neighbour);
}

/**
 * The `toIndex` for a question dropped on another: before it when dropped on its upper half,
 * after it otherwise. Null when the drop would leave the list as it was.
 */
export function dropTarget(order: readonly string[], draggedId: string, targetId: string, after: boolean): number | null {
  const from = order.indexOf(draggedId);
  const target = order.indexOf(targetId);
  if (from < 0 || target < 0 || draggedId === targetId) return null;
  // Indexes in the list without the dragged question, where the move inserts it.
  const targetWithout = target > from ? target - 1 : target;
  const toIndex = after ? targetWithout + 1 : targetWithout;
  return toIndex === from ? null : toIndex;
}

/** Place (1-based) and count of a question among its peers, for "Moved to position 2 of 5". */
export function placeAmong(peers: readonly string[], id: string): { readonly position: number; readonly total: number } {
  return { position: peers.indexOf(id) + 1, total: peers.length };
}
