import { useId } from 'react';
import type { CommitteeSummary } from '../../../shared/domain';
import type { ImportDraft } from '../../../shared/import';
import { pickText } from '../text/bilingual';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { FIELD_IDS } from './ReviewErrors';
import { REVISION_KEYS, TRANSLATION_KEYS } from './importLabels';
import { NEW_REPORT, type ReviewForm } from './reviewForm';

/**
 * Where the file goes: a new report, or a new version of one already in the library — a revision
 * when the report has the file's language, its other language version when it has not. Briffio's
 * suggestion (same committee, period and type) is chosen to begin with.
 */
export function ReviewTarget({
  form,
  draft,
  committees,
  onChange,
  invalid,
}: Readonly<{ form: ReviewForm; draft: ImportDraft; committees: readonly CommitteeSummary[]; onChange: (patch: Partial<ReviewForm>) => void; invalid: boolean }>) {
  const { t, language } = useText();
  const name = useId();
  const noteId = useId();
  const suggested = new Set(draft.candidates.map((candidate) => candidate.reportId));
  const reports = committees
    .flatMap((committee) => committee.meetings.flatMap((meeting) => meeting.reports))
    .sort((a, b) => Number(suggested.has(b.id)) - Number(suggested.has(a.id)));
  const existing = form.target !== NEW_REPORT;
  const chosen = reports.find((report) => String(report.id) === form.target);
  const fallback = reports[0] ? String(reports[0].id) : '';

  return (
    <fieldset className="import-fieldset">
      <legend>{t('import:review.target.legend')}</legend>
      {draft.candidates.length > 0 ? <p className="notice">{t('import:review.target.suggested')}</p> : null}
      <div className="import-choice">
        <input
          type="radio"
          id={`${name}-new`}
          name={name}
          checked={!existing}
          onChange={() => onChange({ target: NEW_REPORT })}
        />
        <label htmlFor={`${name}-new`}>{t('import:review.target.new')}</label>
      </div>
      <div className="import-choice">
        <input
          type="radio"
          id={`${name}-existing`}
          name={name}
          checked={existing}
          disabled={reports.length === 0}
          onChange={() => onChange({ target: chosen ? String(chosen.id) : fallback })}
        />
        <label htmlFor={`${name}-existing`}>{t('import:review.target.existing')}</label>
      </div>
      {existing ? (
        <div className="import-field import-field--nested">
          <label htmlFor={FIELD_IDS.target}>{t('import:review.target.report')}</label>
          <select
            id={FIELD_IDS.target}
            value={form.target}
            aria-invalid={invalid || undefined}
            aria-describedby={noteId}
            onChange={(event) => onChange({ target: event.target.value })}
          >
            {reports.map((report) => (
              <option key={report.id} value={String(report.id)}>
                {t('import:review.target.option', { title: pickText(report.title, language)?.text ?? report.key, period: formatPeriod(report.period, t) })}
              </option>
            ))}
          </select>
          <p id={noteId} className="muted">
            {chosen
              ? chosen.languages.includes(form.language)
                ? t(REVISION_KEYS[form.language])
                : t(TRANSLATION_KEYS[form.language])
              : null}{' '}
            {t('import:review.target.keeps')}
          </p>
        </div>
      ) : null}
    </fieldset>
  );
}
