import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../shared/search';
import { parseRoute } from '../routing/route';
import { highlightSegments } from './highlightSegments';
import { flatOptions, moveActive, visibleGroups } from './searchOptions';
import { hitHref, searchHref } from './searchHref';

describe('search hit links', () => {
  it('lead a passage to the report deep link the report screen understands', () => {
    const href = searchHref({ kind: 'passage', reportId: 3, sectionKey: 'detailed-commentary', blockIndex: 7, lang: 'en' });
    expect(href).toBe('#/report/3/at/detailed-commentary/7');
    expect(parseRoute(href)).toEqual({ name: 'report', reportId: 3, at: { sectionKey: 'detailed-commentary', blockIndex: 7 } });
  });

  it('lead indicators, reports and questions to their screens', () => {
    expect(parseRoute(searchHref({ kind: 'indicator', indicatorId: 11 }))).toEqual({ name: 'indicator', indicatorId: 11 });
    expect(parseRoute(searchHref({ kind: 'report', reportId: 2 }))).toEqual({ name: 'report', reportId: 2 });
    expect(parseRoute(searchHref({ kind: 'meeting_questions', meetingId: 4 }))).toEqual({ name: 'questions', meetingId: 4 });
  });

  it('open a passage found in the other language version at its section, since block numbers differ', () => {
    const hit = {
      group: 'reports',
      report: { id: 3, title: { en: 'Report', cy: 'Adroddiad' } },
      target: { kind: 'passage', reportId: 3, sectionKey: 'overview', blockIndex: 7, lang: 'cy' },
    } as never;
    expect(hitHref(hit, 'cy')).toBe('#/report/3/at/overview/7');
    expect(hitHref(hit, 'en')).toBe('#/report/3/at/overview');
    const welshOnly = { ...(hit as object), report: { id: 3, title: { cy: 'Adroddiad' } } } as never;
    expect(hitHref(welshOnly, 'en')).toBe('#/report/3/at/overview/7');
  });
});

describe('highlighting', () => {
  it('splits text into plain and marked pieces that join back to the text', () => {
    const segments = highlightSegments('placed in Cardiff (CS LAC 58)', [
      { start: 10, end: 17 },
      { start: 19, end: 28 },
    ]);
    expect(segments).toEqual([
      { text: 'placed in ', marked: false },
      { text: 'Cardiff', marked: true },
      { text: ' (', marked: false },
      { text: 'CS LAC 58', marked: true },
      { text: ')', marked: false },
    ]);
  });

  it('never duplicates or drops text for overlapping or out-of-range ranges', () => {
    const text = 'foster carers';
    const segments = highlightSegments(text, [
      { start: 7, end: 40 },
      { start: 0, end: 9 },
      { start: 2, end: 3 },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});

describe('moving through results with the arrow keys', () => {
  it('starts at the first or last option and wraps round', () => {
    expect(moveActive(-1, 5, 1)).toBe(0);
    expect(moveActive(-1, 5, -1)).toBe(4);
    expect(moveActive(4, 5, 1)).toBe(0);
    expect(moveActive(0, 5, -1)).toBe(4);
    expect(moveActive(2, 0, 1)).toBe(-1);
  });

  it('visits groups in the order Reports, Indicators, My notes, My questions, skipping empty ones', () => {
    const hit = (group: string, id: string) => ({ group, id }) as never;
    const results = {
      searched: true,
      total: 3,
      groups: {
        questions: { total: 1, hits: [hit('questions', 'q')] },
        notes: { total: 0, hits: [] },
        indicators: { total: 1, hits: [hit('indicators', 'i')] },
        reports: { total: 1, hits: [hit('reports', 'r')] },
      },
    } as unknown as SearchResults;
    expect(visibleGroups(results).map((group) => group.name)).toEqual(['reports', 'indicators', 'questions']);
    expect(flatOptions(visibleGroups(results)).map((option) => option.id)).toEqual(['r', 'i', 'q']);
  });

  it('puts Indicators first when the query names an indicator code', () => {
    const hit = (group: string, id: string) => ({ group, id }) as never;
    const results = {
      searched: true,
      total: 2,
      groups: {
        reports: { total: 1, hits: [hit('reports', 'r')] },
        indicators: { total: 1, hits: [hit('indicators', 'i')] },
        notes: { total: 0, hits: [] },
        questions: { total: 0, hits: [] },
      },
    } as unknown as SearchResults;
    expect(visibleGroups(results, true).map((group) => group.name)).toEqual(['indicators', 'reports']);
  });
});
