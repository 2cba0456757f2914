import { useEffect, useId, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/annotation-model';
import { useText } from '../text/useText';
import { useReportAnnotations } from './annotationsContext';
import { ColourChoice } from './ColourChoice';
import { parseTags, tagsToText } from './tagsText';
import { useAutosave } from './useAutosave';

/**
 * Note, tags and colour of one annotation. The note and tags save as you type (see useAutosave);
 * the colour saves when chosen. The save state is shown in words.
 */
export function AnnotationEditor({ annotation, focus }: Readonly<{ annotation: Annotation; focus: boolean }>) {
  const { t } = useText();
  const annotations = useReportAnnotations();
  const ids = { note: useId(), tags: useId(), colour: useId(), status: useId() };
  const [note, setNote] = useState(annotation.body);
  const [tags, setTags] = useState(tagsToText(annotation.tags));
  const noteField = useRef<HTMLTextAreaElement>(null);
  const autosave = useAutosave<{ body: string; tags: string[] }>((value) => annotations?.update(annotation.id, value) ?? Promise.resolve(false));

  useEffect(() => {
    if (focus) noteField.current?.focus();
  }, [focus]);

  if (!annotations) return null;
  const statusKey = {
    idle: null,
    pending: 'annotations:ui.save.pending',
    saving: 'annotations:ui.save.saving',
    saved: 'annotations:ui.save.saved',
    failed: 'annotations:ui.save.failed',
  } as const;
  const status = statusKey[autosave.state];

  return (
    <div className="annotation-editor">
      <label htmlFor={ids.note}>{t('annotations:ui.field.note')}</label>
      <textarea
        id={ids.note}
        ref={noteField}
        rows={4}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          autosave.change({ body: event.target.value, tags: parseTags(tags) });
        }}
        onBlur={autosave.flush}
        aria-describedby={ids.status}
      />
      <label htmlFor={ids.tags}>{t('annotations:ui.field.tags')}</label>
      <input
        id={ids.tags}
        type="text"
        value={tags}
        onChange={(event) => {
          setTags(event.target.value);
          autosave.change({ body: note, tags: parseTags(event.target.value) });
        }}
        onBlur={autosave.flush}
        aria-describedby={`${ids.tags}-hint`}
      />
      <p id={`${ids.tags}-hint`} className="field-hint">
        {t('annotations:ui.field.tagsHint')}
      </p>
      <ColourChoice name={ids.colour} value={annotation.colour} onChange={(colour) => void annotations.update(annotation.id, { colour })} />
      <p id={ids.status} className={autosave.state === 'failed' ? 'save-status save-status--failed' : 'save-status'} aria-live="polite">
        {status ? t(status) : null}
      </p>
      <button type="button" className="button annotation-delete" onClick={() => void annotations.remove(annotation.id)}>
        {t('annotations:ui.delete')}
      </button>
    </div>
  );
}
