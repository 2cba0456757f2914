import { describe, expect, it } from 'vitest';
import { applyRewrites, moveTo } from '../../../shared/ordering';
import { EMPTY_SNAPSHOT, type EvidenceView, type QuestionView, type ReportLabel } from '../../../shared/question-model';
import { dropTarget, groupByReport, peersOf, placeAmong, stepTarget } from './listOrder';

function report(id: number): ReportLabel {
  return { id, kind: 'cover', period: '2017-18.Q2', title: { en: `Report ${id}` }, meetingDate: '2018-01-16' };
}

function evidence(reportId: number | null): EvidenceView {
  const snapshot = { ...EMPTY_SNAPSHOT, report: reportId === null ? null : report(reportId) };
  return { id: 1, kind: 'report', link: {} as EvidenceView['link'], snapshot, current: snapshot, state: 'unchanged' };
}

function question(id: string, position: string, ...reports: (number | null)[]): QuestionView {
  return {
    id,
    meetingId: 1,
    text: `Question ${id}`,
    addressedTo: 'director',
    addressedRole: null,
    priority: 'normal',
    status: 'draft',
    answerNotes: '',
    position,
    carriedFromId: null,
    createdAt: '',
    updatedAt: '',
    askedAt: null,
    answeredAt: null,
    evidence: reports.map(evidence),
    history: [],
    carriedTo: null,
  };
}

/** The list after a move to `toIndex`, as the store would order it. */
function afterMove(list: QuestionView[], id: string, toIndex: number): string[] {
  return applyRewrites(list, moveTo(list, id, toIndex)).map((q) => q.id);
}

const list = [question('a', 'A', 7), question('b', 'B'), question('c', 'C', 8), question('d', 'D', 7), question('e', 'E', null, 8)];
const order = list.map((q) => q.id);

describe('grouping a meeting’s questions by report', () => {
  it('groups by the first evidence that names a report, in list order, unlinked questions last', () => {
    const groups = groupByReport(list);
    expect(groups.map((g) => [g.reportId, g.questions.map((q) => q.id)])).toEqual([
      [7, ['a', 'd']],
      [8, ['c', 'e']],
      [null, ['b']],
    ]);
    expect(groups[0]!.report?.title.en).toBe('Report 7');
  });

  it('moves among the whole list, or only among the question’s group', () => {
    expect(peersOf(list, 'd', false)).toEqual(order);
    expect(peersOf(list, 'd', true)).toEqual(['a', 'd']);
    expect(peersOf(list, 'b', true)).toEqual(['b']);
  });
});

describe('moving one step with the keyboard', () => {
  it('swaps with the neighbour in the whole list', () => {
    expect(afterMove(list, 'c', stepTarget(order, order, 'c', 'up')!)).toEqual(['a', 'c', 'b', 'd', 'e']);
    expect(afterMove(list, 'c', stepTarget(order, order, 'c', 'down')!)).toEqual(['a', 'b', 'd', 'c', 'e']);
  });

  it('goes past questions of other reports when grouped', () => {
    const peers = peersOf(list, 'd', true);
    expect(afterMove(list, 'd', stepTarget(order, peers, 'd', 'up')!)).toEqual(['d', 'a', 'b', 'c', 'e']);
    const cPeers = peersOf(list, 'c', true);
    expect(afterMove(list, 'c', stepTarget(order, cPeers, 'c', 'down')!)).toEqual(['a', 'b', 'd', 'e', 'c']);
  });

  it('does nothing at either end', () => {
    expect(stepTarget(order, order, 'a', 'up')).toBeNull();
    expect(stepTarget(order, order, 'e', 'down')).toBeNull();
    expect(stepTarget(order, ['a', 'd'], 'd', 'down')).toBeNull();
  });

  it('reports the place among the peers', () => {
    expect(placeAmong(order, 'c')).toEqual({ position: 3, total: 5 });
    expect(placeAmong(['a', 'd'], 'd')).toEqual({ position: 2, total: 2 });
  });
});

describe('dropping a dragged question', () => {
  it('puts it before the question dropped on, or after it on its lower half', () => {
    expect(afterMove(list, 'e', dropTarget(order, 'e', 'b', false)!)).toEqual(['a', 'e', 'b', 'c', 'd']);
    expect(afterMove(list, 'e', dropTarget(order, 'e', 'b', true)!)).toEqual(['a', 'b', 'e', 'c', 'd']);
    expect(afterMove(list, 'a', dropTarget(order, 'a', 'd', true)!)).toEqual(['b', 'c', 'd', 'a', 'e']);
    expect(afterMove(list, 'a', dropTarget(order, 'a', 'd', false)!)).toEqual(['b', 'c', 'a', 'd', 'e']);
  });

  it('ignores a drop that leaves the list as it was', () => {
    expect(dropTarget(order, 'c', 'c', true)).toBeNull();
    expect(dropTarget(order, 'c', 'd', false)).toBeNull();
    expect(dropTarget(order, 'c', 'b', true)).toBeNull();
  });
});
