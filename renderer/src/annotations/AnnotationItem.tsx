import { useId } from 'react';
import type { Annotation } from '../../../shared/annotation-model';
import { useText } from '../text/useText';
import { AnnotationEditor } from './AnnotationEditor';
import { listItemId, useReportAnnotations } from './annotationsContext';
import { NoteQuestionButton } from './NoteQuestionButton';
import { TargetLabel } from './TargetLabel';

/** One entry of the side panel: marker number and colour name, what it is on, the note, actions. */
export function AnnotationItem({ annotation }: Readonly<{ annotation: Annotation }>) {
  const { t } = useText();
  const annotations = useReportAnnotations();
  const headingId = useId();
  if (!annotations) return null;
  const number = annotations.numberOf(annotation.id);
  const editing = annotations.editing?.id === annotation.id;
  const canGo = annotations.placeOf(annotation) !== null || (annotation.target.kind === 'indicator' && annotation.anchorState === 'placed');
  const colour = t(`annotations:colour.${annotation.colour}`);
  return (
    <li id={listItemId(annotation.id)} className={`annotation-item annotation-item--${annotation.colour}`}>
      <p className="annotation-item__head">
        <span className={`hl-marker hl-marker--${annotation.colour}`} aria-hidden="true">
          {number}
        </span>
        <span id={headingId}>{t('annotations:ui.item.heading', { number, colour })}</span>
        {annotation.anchorState === 'unplaced' ? <span className="badge badge--unplaced">{t('annotations:ui.item.unplaced')}</span> : null}
      </p>
      <TargetLabel annotation={annotation} />
      {annotation.anchorState === 'unplaced' ? <p className="field-hint">{t('annotations:ui.item.unplacedHint')}</p> : null}
      {!editing && annotation.body ? <p className="annotation-item__note">{annotation.body}</p> : null}
      {!editing && annotation.tags.length > 0 ? <p className="annotation-item__tags">{t('annotations:ui.item.tags', { tags: annotation.tags.join(', ') })}</p> : null}
      <p className="annotation-item__actions">
        <button
          type="button"
          className="button button--small"
          aria-expanded={editing}
          aria-label={t(editing ? 'annotations:ui.item.closeLabel' : 'annotations:ui.item.editLabel', { number })}
          onClick={() => annotations.edit(editing ? null : annotation.id, !editing)}
        >
          {t(editing ? 'annotations:ui.item.close' : 'annotations:ui.item.edit')}
        </button>
        {canGo ? (
          <button
            type="button"
            className="button button--small button--secondary"
            data-go-to=""
            aria-label={t('annotations:ui.item.goToLabel', { number })}
            onClick={() => annotations.goTo(annotation)}
          >
            {t('annotations:ui.item.goTo')}
          </button>
        ) : null}
      </p>
      <NoteQuestionButton annotation={annotation} meetingId={annotations.meetingId} describedBy={headingId} />
      {editing ? <AnnotationEditor key={annotation.id} annotation={annotation} focus={annotations.editing?.focus ?? false} /> : null}
    </li>
  );
}
