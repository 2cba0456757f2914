import { describe, expect, it } from 'vitest';
import { compareHref, indicatorHref, indicatorsHref, libraryHref, meetingModeHref, meetingsHref, parseRoute, questionsHref, questionsPrintHref, reportHref, reportSideBySideHref } from './route';

describe('hash routes', () => {
  it('opens the library for an empty hash or #/', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
  });

  it('opens a report by its numeric id', () => {
    expect(parseRoute('#/report/12')).toEqual({ name: 'report', reportId: 12 });
    expect(parseRoute('#/report/12/')).toEqual({ name: 'report', reportId: 12 });
  });

  it('treats anything else as not found', () => {
    expect(parseRoute('#/report/0')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/abc')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/-1')).toEqual({ name: 'not_found' });
    expect(parseRoute('#main')).toEqual({ name: 'not_found' });
  });

  it('builds links that parse back to the same route', () => {
    expect(parseRoute(libraryHref())).toEqual({ name: 'library' });
    expect(parseRoute(reportHref(7))).toEqual({ name: 'report', reportId: 7 });
  });
});

describe('deep links into a report', () => {
  it('opens a report at a section, or at a block within it (0-based index)', () => {
    expect(parseRoute('#/report/12/at/detailed-commentary')).toEqual({ name: 'report', reportId: 12, at: { sectionKey: 'detailed-commentary' } });
    expect(parseRoute('#/report/12/at/detailed-commentary/0')).toEqual({
      name: 'report',
      reportId: 12,
      at: { sectionKey: 'detailed-commentary', blockIndex: 0 },
    });
    expect(parseRoute('#/report/12/at/overview/7/')).toEqual({ name: 'report', reportId: 12, at: { sectionKey: 'overview', blockIndex: 7 } });
  });

  it('refuses malformed places', () => {
    expect(parseRoute('#/report/12/at/')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/12/at/overview/-1')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/12/at/overview/01')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/12/at/overview/x')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/12/at/%E0%A4%A')).toEqual({ name: 'not_found' });
  });

  it('builds deep links that parse back to the same place', () => {
    expect(parseRoute(reportHref(3, { sectionKey: 'key-stats' }))).toEqual({ name: 'report', reportId: 3, at: { sectionKey: 'key-stats' } });
    expect(parseRoute(reportHref(3, { sectionKey: 'a b', blockIndex: 4 }))).toEqual({ name: 'report', reportId: 3, at: { sectionKey: 'a b', blockIndex: 4 } });
    expect(reportHref(3, { sectionKey: 'overview', blockIndex: 4 })).toBe('#/report/3/at/overview/4');
  });
});

describe('a report side by side', () => {
  it('opens a report\'s two versions side by side, and builds the link that does', () => {
    expect(parseRoute('#/report/12/side-by-side')).toEqual({ name: 'report_side_by_side', reportId: 12 });
    expect(parseRoute('#/report/12/side-by-side/')).toEqual({ name: 'report_side_by_side', reportId: 12 });
    expect(reportSideBySideHref(7)).toBe('#/report/7/side-by-side');
    expect(parseRoute(reportSideBySideHref(7))).toEqual({ name: 'report_side_by_side', reportId: 7 });
  });

  it('refuses malformed side-by-side addresses', () => {
    expect(parseRoute('#/report/0/side-by-side')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/12/side-by-side?x=1')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/12/side-by-side/at/overview')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/12/sidebyside')).toEqual({ name: 'not_found' });
  });

  it('keeps a section called "side-by-side" reachable as a deep link', () => {
    expect(parseRoute(reportHref(3, { sectionKey: 'side-by-side' }))).toEqual({ name: 'report', reportId: 3, at: { sectionKey: 'side-by-side' } });
  });
});

describe('indicator and compare routes', () => {
  it('opens the Indicators screen with its filters from the address', () => {
    expect(parseRoute('#/indicators')).toEqual({ name: 'indicators', query: {} });
    expect(parseRoute('#/indicators?quick=off-target&plan=corporate_plan')).toEqual({
      name: 'indicators',
      query: { quick: 'off-target', plan: 'corporate_plan' },
    });
    expect(parseRoute(indicatorsHref({ face: 'may', arrow: '' }))).toEqual({ name: 'indicators', query: { face: 'may' } });
  });

  it('opens one indicator, and two reports side by side', () => {
    expect(parseRoute(indicatorHref(5))).toEqual({ name: 'indicator', indicatorId: 5 });
    expect(parseRoute(compareHref(1, 2))).toEqual({ name: 'compare', leftReportId: 1, rightReportId: 2 });
    expect(parseRoute('#/indicators/0')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/compare/1')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/1?x=1')).toEqual({ name: 'not_found' });
  });
});

describe('meeting and question-list routes', () => {
  it('opens the meetings, a meeting\'s list, its meeting mode and its print view', () => {
    expect(parseRoute('#/meetings')).toEqual({ name: 'meetings' });
    expect(parseRoute('#/meetings/4/questions')).toEqual({ name: 'questions', meetingId: 4 });
    expect(parseRoute('#/meetings/4/meeting-mode/')).toEqual({ name: 'meeting_mode', meetingId: 4 });
    expect(parseRoute('#/meetings/4/print')).toEqual({ name: 'questions_print', meetingId: 4 });
  });

  it('refuses a missing or malformed meeting', () => {
    expect(parseRoute('#/meetings/0/questions')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/meetings/4')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/meetings/4/answers')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/meetings/4/questions?x=1')).toEqual({ name: 'not_found' });
  });

  it('builds links that parse back to the same screen', () => {
    expect(parseRoute(meetingsHref())).toEqual({ name: 'meetings' });
    expect(questionsHref(9)).toBe('#/meetings/9/questions');
    expect(parseRoute(meetingModeHref(9))).toEqual({ name: 'meeting_mode', meetingId: 9 });
    expect(parseRoute(questionsPrintHref(9))).toEqual({ name: 'questions_print', meetingId: 9 });
  });
});
