import { useId, useMemo, useState } from 'react';
import { ANNOTATION_COLOURS, type AnnotationColour } from '../../../shared/annotation-model';
import { useText } from '../text/useText';
import { AnnotationItem, type AnnotationItemText } from './AnnotationItem';
import { AnnotationUndo } from './AnnotationUndo';
import { useReportAnnotations } from './annotationsContext';
import { ColourFilter } from './ColourFilter';

/**
 * The side panel: this report's notes in document order (unplaced ones last, never hidden),
 * filtered by colour or tag, each with "Go to passage"; Escape (or "Back to list") returns.
 *
 * The list (and its filters) is drawn only while the panel is open: a report with hundreds of
 * notes opens without drawing hundreds of hidden entries. The toggle counts the notes either way.
 * The words every entry shares are translated once here and handed down.
 */
export function AnnotationPanel() {
  const { t } = useText();
  const annotations = useReportAnnotations();
  const ids = { heading: useId(), tag: useId() };
  const [colour, setColour] = useState<AnnotationColour | ''>('');
  const [tag, setTag] = useState('');
  const itemText = useMemo<AnnotationItemText>(
    () => ({
      colours: new Map(ANNOTATION_COLOURS.map((name) => [name, t(`annotations:colour.${name}`)])),
      unplaced: t('annotations:ui.item.unplaced'),
      unplacedHint: t('annotations:ui.item.unplacedHint'),
      edit: t('annotations:ui.item.edit'),
      close: t('annotations:ui.item.close'),
      goTo: t('annotations:ui.item.goTo'),
      heading: (number, colourName) => t('annotations:ui.item.heading', { number, colour: colourName }),
      editLabel: (number) => t('annotations:ui.item.editLabel', { number }),
      closeLabel: (number) => t('annotations:ui.item.closeLabel', { number }),
      goToLabel: (number) => t('annotations:ui.item.goToLabel', { number }),
      tags: (tags) => t('annotations:ui.item.tags', { tags }),
    }),
    [t],
  );
  if (!annotations) return null;
  const open = annotations.panelOpen;
  const list = annotations.list ?? [];
  const tags = open ? [...new Set(list.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b)) : [];
  const shown = open ? list.filter((a) => (colour === '' || a.colour === colour) && (tag === '' || a.tags.includes(tag))) : [];

  return (
    <aside id="annotation-panel" className="annotation-panel" aria-labelledby={ids.heading} hidden={!open}>
      <div className="annotation-panel__top">
        <h2 id={ids.heading}>{t('annotations:ui.panel.heading')}</h2>
        <button type="button" className="button button--small button--secondary" onClick={() => annotations.setPanelOpen(false)}>
          {t('annotations:ui.panel.close')}
        </button>
      </div>
      {annotations.returnTo ? (
        <p>
          <button type="button" className="button button--small" onClick={annotations.backToList}>
            {t('annotations:ui.panel.backToList')}
          </button>
        </p>
      ) : null}
      <p className="field-hint">{t('annotations:ui.panel.howTo')}</p>
      <AnnotationUndo />
      {annotations.actionError ? (
        <p className="annotation-error" role="alert">
          {t(annotations.actionError as 'annotations:ui.error.create')}
        </p>
      ) : null}
      {annotations.loadFailed ? (
        <div role="alert">
          <p>{t('annotations:ui.error.load')}</p>
          <button type="button" className="button button--small" onClick={annotations.reload}>
            {t('annotations:ui.retry')}
          </button>
        </div>
      ) : null}
      {annotations.list === null && !annotations.loadFailed ? <p role="status">{t('annotations:ui.loading')}</p> : null}
      {open && list.length > 0 ? (
        <div className="annotation-filters">
          <ColourFilter value={colour} onChange={setColour} />
          {tags.length > 0 ? (
            <>
              <label htmlFor={ids.tag}>{t('annotations:ui.filter.tag')}</label>
              <select id={ids.tag} value={tag} onChange={(event) => setTag(event.target.value)}>
                <option value="">{t('annotations:ui.filter.allTags')}</option>
                {tags.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </>
          ) : null}
        </div>
      ) : null}
      {open && annotations.list !== null && list.length === 0 ? <p>{t('annotations:ui.panel.empty')}</p> : null}
      {open && list.length > 0 && shown.length === 0 ? <p>{t('annotations:ui.panel.noMatch')}</p> : null}
      {shown.length > 0 ? (
        <ol className="annotation-list" aria-label={t('annotations:ui.panel.listLabel', { count: shown.length })}>
          {shown.map((annotation) => (
            <AnnotationItem key={annotation.id} annotation={annotation} text={itemText} />
          ))}
        </ol>
      ) : null}
    </aside>
  );
}
