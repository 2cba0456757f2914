import type { ReportKind } from '../../../shared/domain';
import type { ImportCorrectionsInput, ImportDraft } from '../../../shared/import';
import type { Language } from '../../../shared/languages';
import { parsePeriodKey, periodKey } from '../../../shared/period';

/**
 * The review screen's form: what the councillor can correct before saving an import, kept as
 * plain data so the rules (defaults from the draft, what must be filled in, which corrections are
 * sent) are tested without a browser.
 */
export interface ReviewForm {
  /** A library committee's key, or NEW_COMMITTEE. */
  readonly committee: string;
  readonly newCommittee: { readonly name: string; readonly nameCy: string; readonly council: string; readonly councilCy: string };
  readonly meetingDate: string;
  /** "1"–"4" for a quarter, "year" for the whole year, "" when not chosen. */
  readonly quarter: string;
  /** Start year of the financial year ("2017" for 2017/18), "" when not chosen. */
  readonly startYear: string;
  readonly kind: ReportKind;
  readonly title: string;
  readonly language: Language;
  /** "new", or the id of the library report this file is a version of. */
  readonly target: string;
  readonly dropped: ReadonlySet<string>;
}

export const NEW_COMMITTEE = '__new__';
export const NEW_REPORT = 'new';

export type ReviewField = 'committee' | 'meetingDate' | 'period' | 'title' | 'target';

export function initialForm(draft: ImportDraft): ReviewForm {
  const { identity } = draft;
  const period = identity.period ? parsePeriodKey(identity.period) : null;
  const council = draft.packCommittee?.council ?? identity.council ?? null;
  const committee = identity.committeeKey ?? (draft.packCommittee || identity.committeeName ? NEW_COMMITTEE : '');
  return {
    committee,
    newCommittee: {
      name: draft.packCommittee?.name.en ?? (draft.language === 'en' ? (identity.committeeName ?? '') : ''),
      nameCy: draft.packCommittee?.name.cy ?? (draft.language === 'cy' ? (identity.committeeName ?? '') : ''),
      council: council?.en ?? '',
      councilCy: council?.cy ?? '',
    },
    meetingDate: identity.meetingDate ?? '',
    quarter: period ? (period.kind === 'year' ? 'year' : String(period.quarter)) : '',
    startYear: period ? String(period.startYear) : '',
    kind: identity.kind,
    title: draft.versions[0]?.title ?? '',
    language: draft.language,
    target: draft.candidates[0] ? String(draft.candidates[0].reportId) : NEW_REPORT,
    dropped: new Set(),
  };
}

export function formPeriod(form: ReviewForm): string | null {
  const startYear = Number(form.startYear);
  if (!form.quarter || !Number.isInteger(startYear) || startYear < 1990) return null;
  if (form.quarter === 'year') return periodKey({ startYear, kind: 'year' });
  return periodKey({ startYear, kind: 'quarter', quarter: Number(form.quarter) as 1 | 2 | 3 | 4 });
}

/** Fields that must be corrected before saving, in the order they appear on the screen. */
export function formProblems(form: ReviewForm, draft: ImportDraft): ReviewField[] {
  const problems: ReviewField[] = [];
  const newCommittee = form.committee === NEW_COMMITTEE;
  const named = form.newCommittee.name.trim() !== '' || form.newCommittee.nameCy.trim() !== '';
  const council = form.newCommittee.council.trim() !== '' || form.newCommittee.councilCy.trim() !== '';
  // A new version of a library report takes that report's committee; a new report needs one.
  if (form.target === NEW_REPORT && (form.committee === '' || (newCommittee && (!named || !council)))) problems.push('committee');
  if (form.target === NEW_REPORT && !/^\d{4}-\d{2}-\d{2}$/.test(form.meetingDate)) problems.push('meetingDate');
  if (form.target === NEW_REPORT && formPeriod(form) === null) problems.push('period');
  if (draft.versions.length === 1 && form.title.trim() === '') problems.push('title');
  return problems;
}

/**
 * The corrections `import.save` receives. A new version of a library report keeps that report's
 * committee, meeting, period and type, so those are only sent for a new report.
 */
export function corrections(form: ReviewForm, draft: ImportDraft): ImportCorrectionsInput {
  const single = draft.versions.length === 1;
  const text = {
    ...(single && form.title.trim() ? { title: form.title.trim() } : {}),
    ...(single ? { language: form.language } : {}),
    droppedIndicatorKeys: [...form.dropped],
  };
  if (form.target !== NEW_REPORT) return { ...text, target: { mode: 'existing', reportId: Number(form.target) } };
  const period = formPeriod(form);
  const committee =
    form.committee === NEW_COMMITTEE
      ? {
          mode: 'new' as const,
          name: optional({ en: form.newCommittee.name, cy: form.newCommittee.nameCy }),
          council: optional({ en: form.newCommittee.council, cy: form.newCommittee.councilCy }),
        }
      : form.committee
        ? { mode: 'existing' as const, key: form.committee }
        : undefined;
  // A pack names its committee in full: sent unchanged, its own key is kept.
  const pack = draft.packCommittee;
  const packUnchanged =
    pack !== null &&
    form.committee === NEW_COMMITTEE &&
    form.newCommittee.name.trim() === pack.name.en &&
    form.newCommittee.nameCy.trim() === pack.name.cy &&
    form.newCommittee.council.trim() === pack.council.en &&
    form.newCommittee.councilCy.trim() === pack.council.cy;
  return {
    ...text,
    target: { mode: 'new' },
    ...(period ? { period } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(form.meetingDate) ? { meetingDate: form.meetingDate } : {}),
    ...(committee && !packUnchanged ? { committee } : {}),
    reportKind: form.kind,
  };
}

function optional(text: { en: string; cy: string }): { en?: string; cy?: string } {
  return { ...(text.en.trim() ? { en: text.en.trim() } : {}), ...(text.cy.trim() ? { cy: text.cy.trim() } : {}) };
}

/** Financial years offered in the period list: around the one found, or around today's. */
export function yearOptions(form: ReviewForm, today: Date = new Date()): number[] {
  const current = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const chosen = Number(form.startYear) || current;
  const first = Math.min(chosen, current) - 8;
  const last = Math.max(chosen, current) + 1;
  return Array.from({ length: last - first + 1 }, (_, index) => last - index);
}
