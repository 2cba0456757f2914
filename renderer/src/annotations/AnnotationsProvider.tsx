import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { blockLayout, rangeInBlocks, trimRange, type BlockLayout } from '../../../shared/anchoring';
import { ANNOTATION_COLOURS, DEFAULT_COLOUR, type Annotation, type AnnotationColour } from '../../../shared/annotation-model';
import type { ReportVersionView } from '../../../shared/domain';
import { useClient } from '../client/ClientProvider';
import { blockElementId, sectionElementId } from '../report/blocks';
import { revealElement } from '../report/revealElement';
import { reportHref } from '../routing/route';
import { useText } from '../text/useText';
import './annotations.css';
import { useAnnotationsPreload } from './annotationsPreload';
import { AnnotationsContext, listItemId, type AnnotationPatch, type DialogPlace, type NewTarget, type ReportAnnotations } from './annotationsContext';
import { blockOf, focusedBlock, selectedPassage, type SelectedPassage } from './domOffsets';
import type { BlockHighlight } from './highlightSegments';
import { extendSelectionInBlock, isAnnotateShortcut, selectionStep, selectionTouches } from './keyboardSelection';

function inDocumentOrder(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.createdAt.localeCompare(b.createdAt)));
}

/** Where the indicator cards are (ReportDocument's panel id): an indicator note jumps there. */
const INDICATORS_PANEL_ID = 'briefing-indicators';

/**
 * Loads a report's private annotations once and shares them with the highlights in every block,
 * the selection toolbar, the keyboard dialog and the side panel, so a change made in one place
 * shows everywhere at once without asking the store again.
 */
export function AnnotationsProvider({
  reportId,
  meetingId,
  version,
  children,
}: Readonly<{ reportId: number; meetingId?: number | undefined; version: ReportVersionView; children: ReactNode }>) {
  const client = useClient();
  const { t } = useText();
  // The notes the report screen asked for beside the report (annotationsPreload.ts): when they have
  // already come, the report's first render has its highlights.
  const preload = useAnnotationsPreload();
  const [list, setList] = useState<Annotation[] | null>(() => {
    const early = preload?.peek(reportId);
    return early ? inDocumentOrder(early) : null;
  });
  const shownEarly = useRef(list !== null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; focus: boolean } | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [dialog, setDialog] = useState<DialogPlace | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; sequence: number }>({ text: '', sequence: 0 });

  useEffect(() => {
    let current = true;
    setLoadFailed(false);
    // The first load takes the report screen's request (once: a provider mounted again asks afresh).
    const early = attempt === 0 ? (preload?.take(reportId) ?? null) : null;
    const alreadyShown = early !== null && shownEarly.current;
    shownEarly.current = false;
    if (alreadyShown) return;
    void (early ?? client['annotations.list']({ reportId })).then((result) => {
      if (!current) return;
      if (result.ok) setList(inDocumentOrder(result.value));
      else setLoadFailed(true);
    });
    return () => {
      current = false;
    };
  }, [client, preload, reportId, attempt]);

  const layouts = useMemo(() => {
    const map = new Map<string, BlockLayout>();
    for (const section of version.sections) map.set(section.key, blockLayout(section));
    return map;
  }, [version]);

  const numbers = useMemo(() => new Map((list ?? []).map((annotation, index) => [annotation.id, index + 1])), [list]);

  // Every placed passage in the version shown, cut into per-block pieces once per change, with its
  // marker's name translated here (once per note) rather than at each render of its block.
  const byBlock = useMemo(() => {
    const map = new Map<string, BlockHighlight[]>();
    const colourNames = new Map(ANNOTATION_COLOURS.map((colour) => [colour, t(`annotations:colour.${colour}`)]));
    for (const annotation of list ?? []) {
      const { target } = annotation;
      if (target.kind !== 'text' || annotation.anchorState !== 'placed' || target.lang !== version.lang) continue;
      const layout = layouts.get(target.sectionKey);
      if (!layout) continue;
      const pieces = rangeInBlocks(layout, target.start, target.end);
      const number = numbers.get(annotation.id) ?? 0;
      const colour = colourNames.get(annotation.colour) ?? annotation.colour;
      const label = annotation.body
        ? t('annotations:ui.marker.withNote', { number, colour, note: annotation.body })
        : t('annotations:ui.marker.noNote', { number, colour });
      pieces.forEach((piece, index) => {
        const key = `${target.sectionKey}\n${piece.blockIndex}`;
        const entry: BlockHighlight = {
          id: annotation.id,
          start: piece.start,
          end: piece.end,
          colour: annotation.colour,
          number,
          body: annotation.body,
          label,
          last: index === pieces.length - 1,
        };
        const entries = map.get(key);
        if (entries) entries.push(entry);
        else map.set(key, [entry]);
      });
    }
    return map;
  }, [list, layouts, numbers, version.lang, t]);

  // Stable, so the highlights (which open a note with it) are not drawn again on every change.
  const edit = useCallback<ReportAnnotations['edit']>((id, focus = false) => setEditing(id ? { id, focus } : null), []);

  const announce = useCallback((text: string) => setMessage((previous) => ({ text, sequence: previous.sequence + 1 })), []);

  const create = useCallback<ReportAnnotations['create']>(
    async (target: NewTarget, colour: AnnotationColour, options = {}) => {
      setActionError(null);
      const result = await client['annotations.create']({
        reportId,
        target,
        colour,
        ...(options.body ? { body: options.body } : {}),
        ...(options.tags && options.tags.length > 0 ? { tags: options.tags } : {}),
      });
      if (!result.ok) {
        setActionError('annotations:ui.error.create');
        announce(t('annotations:ui.error.create'));
        return null;
      }
      setList((previous) => inDocumentOrder([...(previous ?? []), result.value]));
      setPanelOpen(true);
      setEditing({ id: result.value.id, focus: options.edit ?? false });
      announce(t('annotations:ui.created', { colour: t(`annotations:colour.${colour}`) }));
      return result.value;
    },
    [client, reportId, announce, t],
  );

  const update = useCallback(
    async (id: string, patch: AnnotationPatch) => {
      const result = await client['annotations.update']({ id, ...patch });
      if (!result.ok) return false;
      setList((previous) => inDocumentOrder((previous ?? []).map((item) => (item.id === id ? result.value : item))));
      return true;
    },
    [client],
  );

  const remove = useCallback(
    async (id: string) => {
      setActionError(null);
      const result = await client['annotations.delete']({ id });
      if (!result.ok) {
        setActionError('annotations:ui.error.delete');
        return;
      }
      setList((previous) => (previous ?? []).filter((item) => item.id !== id));
      setEditing((previous) => (previous?.id === id ? null : previous));
      setDeleted(result.value.annotation);
    },
    [client],
  );

  const undoDelete = useCallback(async () => {
    if (!deleted) return;
    const result = await client['annotations.restore']({ id: deleted.id });
    if (!result.ok) {
      setActionError('annotations:ui.error.restore');
      return;
    }
    setDeleted(null);
    setList((previous) => inDocumentOrder([...(previous ?? []).filter((item) => item.id !== result.value.id), result.value]));
    setEditing({ id: result.value.id, focus: false });
    announce(t('annotations:ui.restored'));
    // The restored item's Edit button takes focus, so the keyboard user is where the note is.
    window.requestAnimationFrame(() => document.getElementById(listItemId(result.value.id))?.querySelector<HTMLElement>('button')?.focus());
  }, [client, deleted, announce, t]);

  const placeOf = useCallback<ReportAnnotations['placeOf']>(
    (annotation) => {
      const { target } = annotation;
      if (annotation.anchorState !== 'placed' || target.kind === 'indicator') return null;
      if (target.lang !== version.lang || !layouts.has(target.sectionKey)) return null;
      if (target.kind === 'section') return { sectionKey: target.sectionKey };
      const first = rangeInBlocks(layouts.get(target.sectionKey)!, target.start, target.end)[0];
      return first ? { sectionKey: target.sectionKey, blockIndex: first.blockIndex } : { sectionKey: target.sectionKey };
    },
    [layouts, version.lang],
  );

  const goTo = useCallback(
    (annotation: Annotation) => {
      const place = placeOf(annotation);
      const element = place
        ? document.getElementById(place.blockIndex === undefined ? sectionElementId(place.sectionKey) : blockElementId(place.sectionKey, place.blockIndex))
        : annotation.target.kind === 'indicator'
          ? document.getElementById(INDICATORS_PANEL_ID)
          : null;
      if (!element) return;
      setReturnTo(annotation.id);
      revealElement(element, 'center');
      if (place) window.history.replaceState(window.history.state, '', reportHref(reportId, place));
      announce(t('annotations:ui.jumped'));
    },
    [placeOf, reportId, announce, t],
  );

  const backToList = useCallback(() => {
    if (!returnTo) return;
    setPanelOpen(true);
    const id = returnTo;
    setReturnTo(null);
    window.requestAnimationFrame(() => document.getElementById(listItemId(id))?.querySelector<HTMLElement>('[data-go-to]')?.focus());
  }, [returnTo]);

  // Alt+N with words selected (by mouse, or by Shift and the arrow keys) highlights exactly those
  // words, as the toolbar's "Add note" does: the default colour, the note open in the side panel.
  const annotateSelection = useCallback(
    (passage: SelectedPassage) => {
      const layout = layouts.get(passage.sectionKey);
      const range = layout ? trimRange(layout.text, passage.start, passage.end) : null;
      if (!range) return;
      document.getSelection()?.removeAllRanges();
      void create({ kind: 'text', lang: version.lang, sectionKey: passage.sectionKey, start: range.start, end: range.end }, DEFAULT_COLOUR, { edit: true });
    },
    [layouts, version.lang, create],
  );

  // The keyboard path (see keyboardSelection.ts): on a focused paragraph, Shift and the arrow keys
  // select words; Alt+N (or the context-menu key, or Shift+F10) annotates the selected words, or
  // opens "Annotate" on the whole paragraph when none are; Escape returns from "Go to passage".
  const latest = useRef({ backToList, returnTo, annotateSelection, layouts });
  latest.current = { backToList, returnTo, annotateSelection, layouts };
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const focused = focusedBlock();
      const selection = document.getSelection();
      const step = focused && selection ? selectionStep(event) : null;
      if (step && focused && selection && extendSelectionInBlock(focused.element, step, selection)) {
        event.preventDefault();
        return;
      }
      if (isAnnotateShortcut(event)) {
        const offsetsOf = (key: string) => latest.current.layouts.get(key)?.offsets ?? null;
        const passage = selectedPassage(selection, offsetsOf);
        // Words selected elsewhere than the paragraph the keyboard is on do not count.
        if (passage && (!focused || selectionTouches(focused.element, selection))) {
          event.preventDefault();
          latest.current.annotateSelection(passage);
          return;
        }
        const block = focused ?? blockOf(document.activeElement);
        if (!block) return;
        event.preventDefault();
        setDialog({ sectionKey: block.sectionKey, blockIndex: block.blockIndex });
        return;
      }
      if (event.key === 'Escape' && latest.current.returnTo && blockOf(document.activeElement)) {
        event.preventDefault();
        latest.current.backToList();
      }
    }
    // Tabbing to another paragraph leaves words selected in an earlier one behind.
    function onFocusIn(event: FocusEvent): void {
      const focused = focusedBlock();
      const selection = document.getSelection();
      if (focused && focused.element === event.target && selection && !selection.isCollapsed && !selectionTouches(focused.element, selection)) {
        selection.removeAllRanges();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);

  const value: ReportAnnotations = {
    reportId,
    meetingId,
    version,
    list,
    loadFailed,
    reload: () => setAttempt((n) => n + 1),
    highlightsIn: (sectionKey, blockIndex) => byBlock.get(`${sectionKey}\n${blockIndex}`) ?? [],
    numberOf: (id) => numbers.get(id) ?? 0,
    placeOf,
    create,
    update,
    remove,
    undoDelete,
    deleted,
    dismissUndo: () => setDeleted(null),
    actionError,
    editing,
    edit,
    panelOpen,
    setPanelOpen,
    dialog,
    openDialog: setDialog,
    returnTo,
    goTo,
    backToList,
    announce,
    offsetsOf: (sectionKey) => layouts.get(sectionKey)?.offsets ?? null,
  };

  return (
    <AnnotationsContext.Provider value={value}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message.text ? <p key={message.sequence}>{message.text}</p> : null}
      </div>
    </AnnotationsContext.Provider>
  );
}
