import { describe, expect, it } from 'vitest';
import type { AnnotationTarget } from '../../../shared/annotation-model';
import { notesHref, parseRoute } from '../routing/route';
import { noteHref } from './noteHref';

describe('My notes route', () => {
  it('opens My notes at #/notes and only there', () => {
    expect(notesHref()).toBe('#/notes');
    expect(parseRoute(notesHref())).toEqual({ name: 'notes' });
    expect(parseRoute('#/notes/')).toEqual({ name: 'notes' });
    expect(parseRoute('#/notes?x=1')).toEqual({ name: 'not_found' });
  });
});

describe('where a note on My notes leads', () => {
  const passage: AnnotationTarget = { kind: 'text', lang: 'en', sectionKey: 'detailed commentary', start: 120, end: 140, exact: 'visits', prefix: '', suffix: '' };
  const section: AnnotationTarget = { kind: 'section', lang: 'en', sectionKey: 'overview', heading: 'Overview' };
  const indicator: AnnotationTarget = { kind: 'indicator', indicatorId: 4, indicatorKey: 'lac-58', indicatorCode: 'CS LAC 58', label: 'CS LAC 58' };

  it('opens a passage at the paragraph it starts in, which the report route reads back', () => {
    const href = noteHref({ reportId: 7, target: passage, anchorState: 'placed', blockIndex: 3 });
    expect(href).toBe('#/report/7/at/detailed%20commentary/3');
    expect(parseRoute(href)).toEqual({ name: 'report', reportId: 7, at: { sectionKey: 'detailed commentary', blockIndex: 3 } });
  });

  it('opens a section note at its section, and an indicator or unplaced note at the report', () => {
    expect(noteHref({ reportId: 7, target: section, anchorState: 'placed', blockIndex: null })).toBe('#/report/7/at/overview');
    expect(noteHref({ reportId: 7, target: passage, anchorState: 'placed', blockIndex: null })).toBe('#/report/7/at/detailed%20commentary');
    expect(noteHref({ reportId: 7, target: passage, anchorState: 'unplaced', blockIndex: null })).toBe('#/report/7');
    expect(noteHref({ reportId: 7, target: indicator, anchorState: 'placed', blockIndex: null })).toBe('#/report/7');
  });
});
