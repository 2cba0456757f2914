import { useRef, useState, type FormEvent } from 'react';
import type { ImportDraft, ImportSaveResult } from '../../../shared/import';
import type { AppError } from '../../../shared/result';
import { useClient } from '../client/ClientProvider';
import { useCall } from '../client/useCall';
import { MetaList } from '../common/MetaList';
import { PageHeading } from '../common/PageHeading';
import { importHref } from '../routing/route';
import { errorMessageKey, LANGUAGE_NAME_KEYS } from '../text/labels';
import { useText } from '../text/useText';
import { FORMAT_KEYS } from './importLabels';
import { ReviewErrors } from './ReviewErrors';
import { ReviewIdentity } from './ReviewIdentity';
import { ReviewIndicators } from './ReviewIndicators';
import { ReviewKeyStats } from './ReviewKeyStats';
import { ReviewSections } from './ReviewSections';
import { ReviewSeries } from './ReviewSeries';
import { ReviewTarget } from './ReviewTarget';
import { corrections, formProblems, initialForm, type ReviewForm } from './reviewForm';

/**
 * The review screen: what Briffio found in the file — identity, sections, indicators and their
 * values — with the few things a councillor may need to correct (committee, meeting, period,
 * title, where to save it) and a tick box per indicator to leave wrong ones out. Nothing is
 * written until Save, which sends the corrections and saves everything in one transaction.
 */
export function ImportReview({
  jobId,
  draft,
  onSaved,
}: Readonly<{ jobId: string; draft: ImportDraft; onSaved: (result: ImportSaveResult, title: string) => void }>) {
  const { t } = useText();
  const client = useClient();
  const library = useCall('library.get', {});
  const [form, setForm] = useState<ReviewForm>(() => initialForm(draft));
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const problems = formProblems(form, draft);
  const committees = library.state.status === 'ready' ? library.state.value.committees : [];

  function update(patch: Partial<ReviewForm>): void {
    setForm((current) => ({ ...current, ...patch }));
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (saving) return;
    if (problems.length > 0) {
      setShowErrors(true);
      // After the summary renders: focus it so the list of problems is read out first.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setSaving(true);
    setSaveError(null);
    const result = await client['import.save']({ jobId, corrections: corrections(form, draft) });
    setSaving(false);
    if (result.ok) onSaved(result.value, form.title.trim() || (draft.versions[0]?.title ?? ''));
    else setSaveError(result.error);
  }

  async function discard(): Promise<void> {
    await client['import.cancel']({ jobId });
    window.location.hash = importHref();
  }

  const pages = draft.source.pages;
  return (
    <div className="import-review">
      <PageHeading>{t('import:review.heading')}</PageHeading>
      <p className="narrow">{t('import:review.intro')}</p>
      <MetaList
        className="meta-list--grid"
        items={[
          { term: t('import:review.source.file'), value: draft.source.fileName },
          { term: t('import:review.source.format'), value: t(FORMAT_KEYS[draft.source.format]) },
          ...(pages ? [{ term: t('import:review.source.pages'), value: String(pages) }] : []),
          { term: t('import:review.source.language'), value: t(LANGUAGE_NAME_KEYS[draft.language]) },
        ]}
      />
      <form noValidate onSubmit={(event) => void save(event)}>
        {showErrors && problems.length > 0 ? <ReviewErrors ref={summary} problems={problems} /> : null}
        <ReviewTarget form={form} draft={draft} committees={committees} onChange={update} invalid={showErrors && problems.includes('target')} />
        <ReviewIdentity form={form} draft={draft} committees={committees} onChange={update} problems={showErrors ? problems : []} />
        <ReviewSections draft={draft} />
        <ReviewIndicators
          draft={draft}
          dropped={form.dropped}
          onToggle={(key, keep) => {
            const dropped = new Set(form.dropped);
            if (keep) dropped.delete(key);
            else dropped.add(key);
            update({ dropped });
          }}
        />
        <ReviewKeyStats draft={draft} dropped={form.dropped} />
        <ReviewSeries draft={draft} />
        {saveError ? (
          <div className="error-state">
            <h2>{t('import:review.saveFailed')}</h2>
            <p role="alert">{t(errorMessageKey(saveError.code))}</p>
          </div>
        ) : null}
        <div className="import-actions">
          <button type="submit" className="button" aria-disabled={saving}>
            {saving ? t('import:review.saving') : t('import:review.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void discard()}>
            {t('import:review.discard')}
          </button>
        </div>
      </form>
    </div>
  );
}
