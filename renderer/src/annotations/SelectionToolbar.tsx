import { useEffect, useState } from 'react';
import { sectionPlainText, trimRange } from '../../../shared/anchoring';
import { DEFAULT_COLOUR, PALETTE, type AnnotationColour } from '../../../shared/annotation-model';
import { useText } from '../text/useText';
import { useReportAnnotations } from './annotationsContext';
import { blockOf, selectedPassage, type SelectedPassage } from './domOffsets';
import { ANNOTATE_KEYS } from './keyboardSelection';

interface Shown {
  readonly passage: SelectedPassage | null;
  /** The focused paragraph when nothing is selected (the keyboard path's hint). */
  readonly block: { sectionKey: string; blockIndex: number } | null;
  readonly top: number;
  readonly left: number;
}

/**
 * Above words selected in the report's text: a button per palette colour (named, with its
 * swatch) and "Add note" (Alt+N). Above a focused paragraph: how to select words in it and
 * annotate from the keyboard. It sits
 * above the selection because the questions toolbar sits below it. Pressing a button keeps the
 * selection (mousedown is not let through).
 */
export function SelectionToolbar() {
  const { t } = useText();
  const annotations = useReportAnnotations();
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    if (!annotations) return;
    const { offsetsOf } = annotations;
    function update(): void {
      const selection = document.getSelection();
      const passage = selectedPassage(selection, offsetsOf);
      if (passage && selection) {
        const box = selection.getRangeAt(0).getBoundingClientRect();
        setShown({ passage, block: null, top: box.top, left: box.left });
        return;
      }
      const block = blockOf(document.activeElement);
      if (block && document.activeElement === block.element) {
        const box = block.element.getBoundingClientRect();
        setShown({ passage: null, block, top: box.top, left: box.left });
        return;
      }
      setShown(null);
    }
    document.addEventListener('selectionchange', update);
    document.addEventListener('focusin', update);
    window.addEventListener('scroll', update, true);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('focusin', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [annotations?.offsetsOf]);

  if (!annotations || !shown || annotations.dialog) return null;
  const style = { top: `${Math.max(4, shown.top - 52)}px`, left: `${Math.max(4, shown.left)}px` };

  async function highlight(colour: AnnotationColour, edit: boolean): Promise<void> {
    const passage = shown?.passage;
    if (!annotations || !passage) return;
    const section = annotations.version.sections.find((s) => s.key === passage.sectionKey);
    if (!section) return;
    const text = sectionPlainText(section);
    const range = trimRange(text, passage.start, passage.end);
    if (!range) return;
    document.getSelection()?.removeAllRanges();
    setShown(null);
    await annotations.create({ kind: 'text', lang: annotations.version.lang, sectionKey: passage.sectionKey, start: range.start, end: range.end }, colour, { edit });
  }

  if (!shown.passage) {
    const block = shown.block!;
    return (
      <div className="annotation-toolbar annotation-toolbar--hint" style={style} onMouseDown={(event) => event.preventDefault()}>
        <button type="button" className="button button--small" tabIndex={-1} aria-keyshortcuts={ANNOTATE_KEYS} onClick={() => annotations.openDialog(block)}>
          {t('annotations:ui.toolbar.annotate')}
        </button>
        <span className="annotation-toolbar__keys">{t('annotations:ui.toolbar.keys')}</span>
      </div>
    );
  }
  return (
    <div
      className="annotation-toolbar"
      role="toolbar"
      aria-label={t('annotations:ui.toolbar.label')}
      style={style}
      onMouseDown={(event) => event.preventDefault()}
    >
      {PALETTE.map((entry) => (
        <button
          key={entry.id}
          type="button"
          className="annotation-toolbar__colour"
          aria-label={t('annotations:ui.toolbar.highlightIn', { colour: t(entry.nameKey) })}
          onClick={() => void highlight(entry.id, false)}
        >
          <span className={`swatch swatch--${entry.id}`} aria-hidden="true" />
          {t(entry.nameKey)}
        </button>
      ))}
      <button type="button" className="button button--small" aria-keyshortcuts={ANNOTATE_KEYS} onClick={() => void highlight(DEFAULT_COLOUR, true)}>
        {t('annotations:ui.toolbar.addNote')}
      </button>
    </div>
  );
}
