import { describe, expect, it } from 'vitest';
import type { ImportDraft } from '../../../shared/import';
import { importCorrectionsSchema } from '../../../shared/import';
import { corrections, formPeriod, formProblems, initialForm, NEW_COMMITTEE, NEW_REPORT, yearOptions } from './reviewForm';

function draft(overrides: Partial<ImportDraft> = {}): ImportDraft {
  return {
    source: { fileName: 'report.pdf', format: 'pdf', pages: 3, bytes: 1000 },
    language: 'en',
    identity: { council: { en: 'Test Council' }, committeeName: 'Scrutiny Committee', committeeKey: null, meetingDate: null, period: '2017-18.Q3', periodText: 'Quarter 3 2017/18', kind: 'cover' },
    versions: [{ lang: 'en', title: 'Performance summary', sections: [] }],
    indicators: [],
    keyStats: [],
    dimensions: [],
    unmatchedSeries: [],
    reportKey: null,
    packCommittee: null,
    candidates: [],
    ...overrides,
  };
}

describe('the review form', () => {
  it('starts from what was found: period, a new committee named as printed, a new report', () => {
    const form = initialForm(draft());
    expect(form).toMatchObject({ committee: NEW_COMMITTEE, quarter: '3', startYear: '2017', kind: 'cover', title: 'Performance summary', target: NEW_REPORT });
    expect(form.newCommittee).toEqual({ name: 'Scrutiny Committee', nameCy: '', council: 'Test Council', councilCy: '' });
    expect(formPeriod(form)).toBe('2017-18.Q3');
  });

  it('suggests the library report a file is likely a version of', () => {
    const candidate = { reportId: 7, key: 'r', title: { en: 'R' }, period: '2017-18.Q3', kind: 'cover' as const, committeeKey: 'c', meetingDate: '2018-01-01', languages: ['en' as const], reason: 'same_report' as const };
    expect(initialForm(draft({ candidates: [candidate] })).target).toBe('7');
  });

  it('asks for a committee, a meeting date and a period for a new report, and only a title otherwise', () => {
    const empty = { ...initialForm(draft()), committee: '', quarter: '', title: ' ' };
    expect(formProblems(empty, draft())).toEqual(['committee', 'meetingDate', 'period', 'title']);
    expect(formProblems({ ...empty, target: '7' }, draft())).toEqual(['title']);
    const halfNamed = { ...initialForm(draft()), meetingDate: '2018-03-14', newCommittee: { name: 'X', nameCy: '', council: '', councilCy: '' } };
    expect(formProblems(halfNamed, draft())).toEqual(['committee']);
  });

  it('sends the corrections the save call accepts, and nothing for a version of a library report but its text', () => {
    const form = { ...initialForm(draft()), meetingDate: '2018-03-14', quarter: 'year', startYear: '2018', dropped: new Set(['code-x']) };
    const sent = corrections(form, draft());
    expect(importCorrectionsSchema.safeParse(sent).success).toBe(true);
    expect(sent).toEqual({
      title: 'Performance summary',
      language: 'en',
      droppedIndicatorKeys: ['code-x'],
      target: { mode: 'new' },
      period: '2018-19.FY',
      meetingDate: '2018-03-14',
      committee: { mode: 'new', name: { en: 'Scrutiny Committee' }, council: { en: 'Test Council' } },
      reportKind: 'cover',
    });
    expect(corrections({ ...form, target: '7', language: 'cy' }, draft())).toEqual({
      title: 'Performance summary',
      language: 'cy',
      droppedIndicatorKeys: ['code-x'],
      target: { mode: 'existing', reportId: 7 },
    });
  });

  it('leaves a pack’s committee to the pack when it was not changed', () => {
    const packCommittee = { key: 'cpac', name: { en: 'Parenting Committee', cy: 'Pwyllgor Rhianta' }, council: { en: 'Council', cy: 'Cyngor' } };
    const fromPack = draft({ packCommittee, identity: { ...draft().identity, meetingDate: '2018-03-14' } });
    const form = initialForm(fromPack);
    expect(corrections(form, fromPack)).not.toHaveProperty('committee');
    expect(corrections({ ...form, newCommittee: { ...form.newCommittee, name: 'Renamed' } }, fromPack)).toHaveProperty('committee.name.en', 'Renamed');
  });

  it('offers financial years around the one found, newest first', () => {
    const years = yearOptions(initialForm(draft()), new Date(Date.UTC(2026, 5, 1)));
    expect(years[0]).toBe(2027);
    expect(years).toContain(2017);
    expect(years[years.length - 1]).toBe(2009);
  });
});
