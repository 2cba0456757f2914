import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fromW3C, toW3CCollection, type AnnotationImportResult } from '../../shared/annotation-model';
import type { Handlers } from '../../shared/contract';
import type { Language } from '../../shared/languages';
import { appRoot } from '../core/app-root';
import { createLocaleTranslator, loadLocaleCatalog, type Catalog, type Translate } from '../core/locale-catalog';
import { localDay } from '../core/rolling-backups';
import { renderAnnotationDocument } from './annotation-document';
import type { HandlerDeps } from './handler-deps';

type AnnotationCalls =
  | 'annotations.list'
  | 'annotations.listAll'
  | 'annotations.create'
  | 'annotations.update'
  | 'annotations.delete'
  | 'annotations.restore'
  | 'annotations.exportW3C'
  | 'annotations.exportDocument'
  | 'annotations.importW3C';

/** The locale namespaces the notes exports need: their own words, month and period names. */
export const ANNOTATION_NAMESPACES = ['annotations', 'dates', 'common'] as const;

export interface AnnotationHandlerOptions {
  /** The locales/ folder; the application's own by default. */
  readonly localesDir?: string;
}

/** A translator over the annotations namespaces, reading the files on first use only (most sessions never export). */
export function annotationTranslator(options: AnnotationHandlerOptions = {}): (language: Language) => Translate {
  let catalog: Catalog<(typeof ANNOTATION_NAMESPACES)[number]> | null = null;
  return (language) => {
    catalog ??= loadLocaleCatalog(options.localesDir ?? path.join(appRoot(), 'locales'), ANNOTATION_NAMESPACES);
    return createLocaleTranslator(catalog, language, { defaultNamespace: 'annotations' });
  };
}

/**
 * Private annotations: create, autosave, delete with undo, list per report and across the
 * library, and move them between laptops as W3C Web Annotation JSON. Nothing here leaves the
 * machine by itself: exports are handed to the renderer, which offers them as a download the
 * councillor started.
 */
export function annotationHandlers({ store, now, info }: HandlerDeps, options: AnnotationHandlerOptions = {}): Pick<Handlers, AnnotationCalls> {
  const translator = annotationTranslator(options);
  const stamp = (iso: string): string => localDay(new Date(iso));
  return {
    'annotations.list': ({ reportId, colour, tag }) => store.annotations.listForReport(reportId, { colour, tag }),
    'annotations.listAll': (filter) => store.annotations.listAll(filter),
    'annotations.create': ({ reportId, target, colour, body, tags }) =>
      store.annotations.create({ id: randomUUID(), reportId, target, colour, body: body ?? '', tags: tags ?? [] }, now()),
    'annotations.update': ({ id, body, colour, tags }) => store.annotations.update(id, { body, colour, tags }, now()),
    'annotations.delete': ({ id }) => store.annotations.delete(id, now()),
    'annotations.restore': ({ id }) => store.annotations.restore(id, now()),
    'annotations.exportW3C': () => {
      const generated = now();
      const t = translator(store.settings().language);
      return {
        fileName: `${t('annotations:export.fileStem')}-${stamp(generated)}.json`,
        mediaType: 'application/ld+json',
        document: toW3CCollection(store.annotations.exportAll(), { label: t('annotations:export.collectionLabel'), generated, appVersion: info().version }),
      };
    },
    'annotations.exportDocument': ({ format, language }) => {
      const generated = now();
      const t = translator(language);
      return {
        fileName: `${t('annotations:export.fileStem')}-${stamp(generated)}.${format === 'markdown' ? 'md' : 'html'}`,
        mediaType: format === 'markdown' ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8',
        document: renderAnnotationDocument(store.annotations.listAll(), { format, language, now: generated }, t),
      };
    },
    'annotations.importW3C': ({ document }): AnnotationImportResult => {
      const parsed = fromW3C(document);
      if (!parsed.ok) return { outcome: 'rejected', reason: parsed.reason, problems: parsed.problems };
      return store.annotations.importAnnotations(parsed.annotations);
    },
  };
}
