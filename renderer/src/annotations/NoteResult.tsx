import { useId } from 'react';
import type { AnnotationListItem } from '../../../shared/annotation-model';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { NoteQuestionButton } from './NoteQuestionButton';
import { noteHref } from './noteHref';
import { TargetLabel } from './TargetLabel';

/** One note on My notes: which report, what it is on, the note, a link to the place, and Add to my questions. */
export function NoteResult({ item, meetingId }: Readonly<{ item: AnnotationListItem; meetingId?: number | undefined }>) {
  const { t, language } = useText();
  const headingId = useId();
  const picked = pickText(item.report.title, language);
  const title = picked?.text ?? item.reportKey;
  // The section heading comes from the version the note was made on.
  const headingLang = item.target.kind === 'indicator' ? undefined : langIfDifferent(item.target.lang, language);
  const colour = t(`annotations:colour.${item.colour}`);
  return (
    <li className={`annotation-item annotation-item--${item.colour}`}>
      <h3 id={headingId} className="note-result__report">
        <a href={noteHref(item)} lang={picked ? langIfDifferent(picked.lang, language) : undefined}>
          {title}
        </a>
      </h3>
      <p className="field-hint">
        {t('annotations:ui.notes.meta', { period: formatPeriod(item.report.period, t), colour })}
        {item.sectionHeading ? (
          <>
            {' · '}
            <span lang={headingLang}>{item.sectionHeading}</span>
          </>
        ) : null}
      </p>
      {item.anchorState === 'unplaced' ? <p className="badge badge--unplaced">{t('annotations:ui.item.unplaced')}</p> : null}
      <TargetLabel annotation={item} sectionHeading={item.sectionHeading} />
      {item.body ? <p className="annotation-item__note">{item.body}</p> : null}
      {item.tags.length > 0 ? <p className="annotation-item__tags">{t('annotations:ui.item.tags', { tags: item.tags.join(', ') })}</p> : null}
      <NoteQuestionButton annotation={item} meetingId={meetingId} describedBy={headingId} />
    </li>
  );
}
