import { useId } from 'react';
import type { Annotation, AnnotationColour } from '../../../shared/annotation-model';
import { AnnotationEditor } from './AnnotationEditor';
import { listItemId, useReportAnnotations } from './annotationsContext';
import { NoteQuestionButton } from './NoteQuestionButton';
import { TargetLabel } from './TargetLabel';

/**
 * The words of a side panel entry, translated once by the panel for all its entries (a report may
 * have hundreds): the fixed ones as they are, the ones naming a note as functions of its number.
 */
export interface AnnotationItemText {
  readonly colours: ReadonlyMap<AnnotationColour, string>;
  readonly unplaced: string;
  readonly unplacedHint: string;
  readonly edit: string;
  readonly close: string;
  readonly goTo: string;
  readonly heading: (number: number, colour: string) => string;
  readonly editLabel: (number: number) => string;
  readonly closeLabel: (number: number) => string;
  readonly goToLabel: (number: number) => string;
  readonly tags: (tags: string) => string;
}

/** One entry of the side panel: marker number and colour name, what it is on, the note, actions. */
export function AnnotationItem({ annotation, text }: Readonly<{ annotation: Annotation; text: AnnotationItemText }>) {
  const annotations = useReportAnnotations();
  const headingId = useId();
  if (!annotations) return null;
  const number = annotations.numberOf(annotation.id);
  const editing = annotations.editing?.id === annotation.id;
  const canGo = annotations.placeOf(annotation) !== null || (annotation.target.kind === 'indicator' && annotation.anchorState === 'placed');
  const colour = text.colours.get(annotation.colour) ?? annotation.colour;
  return (
    <li id={listItemId(annotation.id)} className={`annotation-item annotation-item--${annotation.colour}`}>
      <p className="annotation-item__head">
        <span className={`hl-marker hl-marker--${annotation.colour}`} aria-hidden="true">
          {number}
        </span>
        <span id={headingId}>{text.heading(number, colour)}</span>
        {annotation.anchorState === 'unplaced' ? <span className="badge badge--unplaced">{text.unplaced}</span> : null}
      </p>
      <TargetLabel annotation={annotation} />
      {annotation.anchorState === 'unplaced' ? <p className="field-hint">{text.unplacedHint}</p> : null}
      {!editing && annotation.body ? <p className="annotation-item__note">{annotation.body}</p> : null}
      {!editing && annotation.tags.length > 0 ? <p className="annotation-item__tags">{text.tags(annotation.tags.join(', '))}</p> : null}
      <p className="annotation-item__actions">
        <button
          type="button"
          className="button button--small"
          aria-expanded={editing}
          aria-label={editing ? text.closeLabel(number) : text.editLabel(number)}
          onClick={() => annotations.edit(editing ? null : annotation.id, !editing)}
        >
          {editing ? text.close : text.edit}
        </button>
        {canGo ? (
          <button
            type="button"
            className="button button--small button--secondary"
            data-go-to=""
            aria-label={text.goToLabel(number)}
            onClick={() => annotations.goTo(annotation)}
          >
            {text.goTo}
          </button>
        ) : null}
      </p>
      <NoteQuestionButton annotation={annotation} meetingId={annotations.meetingId} describedBy={headingId} />
      {editing ? <AnnotationEditor key={annotation.id} annotation={annotation} focus={annotations.editing?.focus ?? false} /> : null}
    </li>
  );
}
