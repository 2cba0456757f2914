import { useId } from 'react';
import type { CommitteeSummary, ReportKind } from '../../../shared/domain';
import { REPORT_KINDS } from '../../../shared/domain';
import type { ImportDraft } from '../../../shared/import';
import { LANGUAGES } from '../../../shared/languages';
import { financialYearLabel } from '../../../shared/period';
import { pickText } from '../text/bilingual';
import { LANGUAGE_NAME_KEYS, REPORT_KIND_KEYS } from '../text/labels';
import { useText } from '../text/useText';
import { errorMessageFor, FIELD_IDS } from './ReviewErrors';
import { NEW_COMMITTEE, NEW_REPORT, yearOptions, type ReviewField, type ReviewForm } from './reviewForm';

/**
 * The report's identity as found, each part correctable: committee (or a new one), meeting date,
 * period, type, title and language. A new version of a library report keeps that report's
 * committee, meeting and period, so only its title and language are asked for then.
 */
export function ReviewIdentity({
  form,
  draft,
  committees,
  onChange,
  problems,
}: Readonly<{
  form: ReviewForm;
  draft: ImportDraft;
  committees: readonly CommitteeSummary[];
  onChange: (patch: Partial<ReviewForm>) => void;
  problems: readonly ReviewField[];
}>) {
  const { t, language } = useText();
  const id = useId();
  const full = form.target === NEW_REPORT;
  const single = draft.versions.length === 1;
  const invalid = (field: ReviewField) => problems.includes(field);
  const errorId = (field: ReviewField) => `${FIELD_IDS[field]}-error`;
  const describedBy = (field: ReviewField, ...others: string[]) => [...others, ...(invalid(field) ? [errorId(field)] : [])].join(' ') || undefined;
  const error = (field: ReviewField) =>
    invalid(field) ? (
      <p id={errorId(field)} className="import-field__error">
        {t(errorMessageFor(field))}
      </p>
    ) : null;
  const found = (text: string | null) => (text ? <p className="muted import-field__found">{t('import:review.identity.foundAs', { text })}</p> : null);
  const setNew = (patch: Partial<ReviewForm['newCommittee']>) => onChange({ newCommittee: { ...form.newCommittee, ...patch } });

  return (
    <fieldset className="import-fieldset">
      <legend>{t('import:review.identity.legend')}</legend>
      {full ? (
        <>
          <div className="import-field">
            <label htmlFor={FIELD_IDS.committee}>{t('import:review.identity.committee')}</label>
            {found(draft.identity.committeeName)}
            {error('committee')}
            <select
              id={FIELD_IDS.committee}
              value={form.committee}
              aria-invalid={invalid('committee') || undefined}
              aria-describedby={describedBy('committee')}
              onChange={(event) => onChange({ committee: event.target.value })}
            >
              <option value="">{t('import:review.identity.chooseCommittee')}</option>
              {committees.map((committee) => (
                <option key={committee.key} value={committee.key}>
                  {pickText(committee.name, language)?.text ?? committee.key}
                </option>
              ))}
              <option value={NEW_COMMITTEE}>{t('import:review.identity.newCommittee')}</option>
            </select>
          </div>
          {form.committee === NEW_COMMITTEE ? (
            <div className="import-field import-field--nested import-committee">
              <p id={`${id}-new-hint`} className="muted">
                {t('import:review.identity.newCommitteeHint')}
              </p>
              {(
                [
                  ['name', 'import:review.identity.committeeName', 'en'],
                  ['nameCy', 'import:review.identity.committeeNameCy', 'cy'],
                  ['council', 'import:review.identity.council', 'en'],
                  ['councilCy', 'import:review.identity.councilCy', 'cy'],
                ] as const
              ).map(([field, label, lang]) => (
                <div key={field} className="import-field">
                  <label htmlFor={`${id}-${field}`}>{t(label)}</label>
                  <input
                    id={`${id}-${field}`}
                    type="text"
                    lang={lang}
                    value={form.newCommittee[field]}
                    aria-describedby={`${id}-new-hint`}
                    onChange={(event) => setNew({ [field]: event.target.value })}
                  />
                </div>
              ))}
            </div>
          ) : null}
          <div className="import-field">
            <label htmlFor={FIELD_IDS.meetingDate}>{t('import:review.identity.meetingDate')}</label>
            {error('meetingDate')}
            <input
              id={FIELD_IDS.meetingDate}
              type="date"
              value={form.meetingDate}
              aria-invalid={invalid('meetingDate') || undefined}
              aria-describedby={describedBy('meetingDate')}
              onChange={(event) => onChange({ meetingDate: event.target.value })}
            />
          </div>
          <fieldset className="import-fieldset import-fieldset--inner">
            <legend>{t('import:review.identity.period')}</legend>
            {found(draft.identity.periodText)}
            {error('period')}
            <div className="import-period">
              <div className="import-field">
                <label htmlFor={FIELD_IDS.period}>{t('import:review.identity.quarter')}</label>
                <select
                  id={FIELD_IDS.period}
                  value={form.quarter}
                  aria-invalid={invalid('period') || undefined}
                  aria-describedby={describedBy('period')}
                  onChange={(event) => onChange({ quarter: event.target.value })}
                >
                  <option value="">{t('import:review.identity.choose')}</option>
                  {(['1', '2', '3', '4'] as const).map((quarter) => (
                    <option key={quarter} value={quarter}>
                      {t('import:review.identity.quarterOption', { quarter })}
                    </option>
                  ))}
                  <option value="year">{t('import:review.identity.wholeYear')}</option>
                </select>
              </div>
              <div className="import-field">
                <label htmlFor={`${id}-year`}>{t('import:review.identity.year')}</label>
                <select
                  id={`${id}-year`}
                  value={form.startYear}
                  aria-invalid={invalid('period') || undefined}
                  onChange={(event) => onChange({ startYear: event.target.value })}
                >
                  <option value="">{t('import:review.identity.choose')}</option>
                  {yearOptions(form).map((year) => (
                    <option key={year} value={String(year)}>
                      {financialYearLabel(year)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </fieldset>
          <fieldset className="import-fieldset import-fieldset--inner">
            <legend>{t('import:review.identity.kind')}</legend>
            {REPORT_KINDS.map((kind: ReportKind) => (
              <div key={kind} className="import-choice">
                <input type="radio" id={`${id}-kind-${kind}`} name={`${id}-kind`} checked={form.kind === kind} onChange={() => onChange({ kind })} />
                <label htmlFor={`${id}-kind-${kind}`}>{t(REPORT_KIND_KEYS[kind])}</label>
              </div>
            ))}
          </fieldset>
        </>
      ) : null}
      {single ? (
        <>
          <div className="import-field">
            <label htmlFor={FIELD_IDS.title}>{t('import:review.identity.title')}</label>
            {error('title')}
            <input
              id={FIELD_IDS.title}
              type="text"
              className="import-field__wide"
              lang={form.language}
              value={form.title}
              aria-invalid={invalid('title') || undefined}
              aria-describedby={describedBy('title')}
              onChange={(event) => onChange({ title: event.target.value })}
            />
          </div>
          <fieldset className="import-fieldset import-fieldset--inner">
            <legend>{t('import:review.identity.language')}</legend>
            {LANGUAGES.map((lang) => (
              <div key={lang} className="import-choice">
                <input type="radio" id={`${id}-lang-${lang}`} name={`${id}-lang`} checked={form.language === lang} onChange={() => onChange({ language: lang })} />
                <label htmlFor={`${id}-lang-${lang}`} lang={lang}>
                  {t(LANGUAGE_NAME_KEYS[lang])}
                </label>
              </div>
            ))}
          </fieldset>
        </>
      ) : null}
    </fieldset>
  );
}
