import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { plainText, trimRange } from '../../../shared/anchoring';
import { DEFAULT_COLOUR, type AnnotationColour } from '../../../shared/annotation-model';
import { useText } from '../text/useText';
import { useReportAnnotations } from './annotationsContext';
import { ColourChoice } from './ColourChoice';
import { parseTags } from './tagsText';

/**
 * "Annotate this paragraph", the keyboard path (Alt+N on a focused paragraph). The paragraph is
 * shown in a text box whose words cannot be changed, where the caret moves and Shift and the
 * arrow keys select words natively; with nothing selected the whole paragraph is highlighted.
 * Focus returns to the paragraph after.
 *
 * Not a `readonly` textarea: Chromium (and so Electron) gives one no caret, so Shift+arrow
 * selected nothing. It is marked aria-readonly for screen readers, and every edit is refused
 * before it happens (beforeinput), with the value held by React besides.
 */
export function AnnotateDialog() {
  const { t } = useText();
  const annotations = useReportAnnotations();
  const dialog = useRef<HTMLDialogElement>(null);
  const passage = useRef<HTMLTextAreaElement>(null);
  const ids = { passage: useId(), hint: useId(), note: useId(), tags: useId(), colour: useId() };
  const [colour, setColour] = useState<AnnotationColour>(DEFAULT_COLOUR);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [saving, setSaving] = useState(false);
  const place = annotations?.dialog ?? null;
  const text = place ? plainText(annotations?.version.sections.find((s) => s.key === place.sectionKey)?.blocks[place.blockIndex]?.text ?? '') : '';
  const opener = useRef<Element | null>(null);

  // Typing, deleting, pasting, dropping, cutting: refused, so the passage stays the report's words.
  useEffect(() => {
    const box = passage.current;
    if (!box) return;
    const refuse = (event: Event): void => event.preventDefault();
    box.addEventListener('beforeinput', refuse);
    return () => box.removeEventListener('beforeinput', refuse);
  }, [place]);

  useEffect(() => {
    const element = dialog.current;
    if (!element || !place) return;
    opener.current = document.activeElement;
    setColour(DEFAULT_COLOUR);
    setNote('');
    setTags('');
    if (!element.open) element.showModal();
    passage.current?.focus();
    if (place.start !== undefined && place.end !== undefined) passage.current?.setSelectionRange(place.start, place.end);
    else passage.current?.setSelectionRange(0, 0);
  }, [place]);

  if (!annotations || !place) return null;

  function close(): void {
    dialog.current?.close();
    annotations?.openDialog(null);
    if (opener.current instanceof HTMLElement) opener.current.focus();
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!annotations || !place || saving) return;
    const box = passage.current;
    const chosen = box && box.selectionEnd > box.selectionStart ? { start: box.selectionStart, end: box.selectionEnd } : { start: 0, end: text.length };
    const range = trimRange(text, chosen.start, chosen.end);
    const offsets = annotations.offsetsOf(place.sectionKey);
    if (!range || !offsets) return;
    setSaving(true);
    const base = offsets[place.blockIndex]!;
    const created = await annotations.create(
      { kind: 'text', lang: annotations.version.lang, sectionKey: place.sectionKey, start: base + range.start, end: base + range.end },
      colour,
      { body: note, tags: parseTags(tags) },
    );
    setSaving(false);
    if (created) close();
  }

  return (
    <dialog ref={dialog} className="annotate-dialog" aria-labelledby={`${ids.passage}-title`} onCancel={(event) => { event.preventDefault(); close(); }}>
      <form onSubmit={(event) => void save(event)}>
        <h2 id={`${ids.passage}-title`}>{t('annotations:ui.dialog.title')}</h2>
        <label htmlFor={ids.passage}>{t('annotations:ui.dialog.passage')}</label>
        <p id={ids.hint} className="field-hint">
          {t('annotations:ui.dialog.passageHint')}
        </p>
        <textarea
          id={ids.passage}
          ref={passage}
          className="annotate-dialog__passage"
          aria-readonly="true"
          rows={5}
          value={text}
          onChange={() => undefined}
          aria-describedby={ids.hint}
          lang={annotations.version.lang}
        />
        <ColourChoice name={ids.colour} value={colour} onChange={setColour} />
        <label htmlFor={ids.note}>{t('annotations:ui.field.note')}</label>
        <textarea id={ids.note} rows={4} value={note} onChange={(event) => setNote(event.target.value)} />
        <label htmlFor={ids.tags}>{t('annotations:ui.field.tags')}</label>
        <input id={ids.tags} type="text" value={tags} onChange={(event) => setTags(event.target.value)} aria-describedby={`${ids.tags}-hint`} />
        <p id={`${ids.tags}-hint`} className="field-hint">
          {t('annotations:ui.field.tagsHint')}
        </p>
        {annotations.actionError ? (
          <p className="annotation-error" role="alert">
            {t(annotations.actionError as 'annotations:ui.error.create')}
          </p>
        ) : null}
        <div className="annotate-dialog__actions">
          <button type="submit" className="button" disabled={saving}>
            {t('annotations:ui.dialog.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={close}>
            {t('annotations:ui.dialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
