import { createContext, useContext } from 'react';
import type { Annotation, AnnotationColour } from '../../../shared/annotation-model';
import type { CallInput } from '../../../shared/contract';
import type { ReportVersionView } from '../../../shared/domain';
import type { BlockHighlight } from './highlightSegments';

export type NewTarget = CallInput<'annotations.create'>['target'];
export type AnnotationPatch = Omit<CallInput<'annotations.update'>, 'id'>;

/** Where the keyboard "Annotate" dialog was opened: a block, with the words already selected. */
export interface DialogPlace {
  readonly sectionKey: string;
  readonly blockIndex: number;
  /** Offsets in the block's plain text, when words were selected before opening. */
  readonly start?: number;
  readonly end?: number;
}

/** Everything the report's highlights, toolbar, dialog and side panel share. */
export interface ReportAnnotations {
  readonly reportId: number;
  /** The meeting the report went to: "Add to my questions" on a note offers it first. */
  readonly meetingId: number | undefined;
  readonly version: ReportVersionView;
  /** The report's annotations in document order; null while loading. */
  readonly list: readonly Annotation[] | null;
  readonly loadFailed: boolean;
  readonly reload: () => void;
  /** Highlights to paint in one block of the version shown. */
  readonly highlightsIn: (sectionKey: string, blockIndex: number) => readonly BlockHighlight[];
  /** Marker number (1-based, document order) of an annotation. */
  readonly numberOf: (id: string) => number;
  /** Where a passage annotation sits in the version shown (its first block), if it is placed there. */
  readonly placeOf: (annotation: Annotation) => { sectionKey: string; blockIndex?: number } | null;
  readonly create: (target: NewTarget, colour: AnnotationColour, options?: { body?: string; tags?: string[]; edit?: boolean }) => Promise<Annotation | null>;
  readonly update: (id: string, patch: AnnotationPatch) => Promise<boolean>;
  readonly remove: (id: string) => Promise<void>;
  readonly undoDelete: () => Promise<void>;
  readonly deleted: Annotation | null;
  readonly dismissUndo: () => void;
  /** A translated message key of the last failed action, shown in the panel. */
  readonly actionError: string | null;
  /** The annotation whose editor is open, and whether its note field should take focus. */
  readonly editing: { readonly id: string; readonly focus: boolean } | null;
  readonly edit: (id: string | null, focus?: boolean) => void;
  readonly panelOpen: boolean;
  readonly setPanelOpen: (open: boolean) => void;
  readonly dialog: DialogPlace | null;
  readonly openDialog: (place: DialogPlace | null) => void;
  /** The list item to return to after "Go to passage" (Escape or "Back to list"). */
  readonly returnTo: string | null;
  readonly goTo: (annotation: Annotation) => void;
  readonly backToList: () => void;
  readonly announce: (message: string) => void;
  readonly offsetsOf: (sectionKey: string) => readonly number[] | null;
}

export const AnnotationsContext = createContext<ReportAnnotations | null>(null);

/** The report's annotations, or null outside a report (the blocks then render plain text). */
export function useReportAnnotations(): ReportAnnotations | null {
  return useContext(AnnotationsContext);
}

export function listItemId(annotationId: string): string {
  return `note-${annotationId}`;
}
