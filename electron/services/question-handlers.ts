import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import type { Language } from '../../shared/languages';
import { AppFailure } from '../../shared/result';
import { appRoot } from '../core/app-root';
import { createLocaleTranslator, loadLocaleCatalog, type Catalog, type Translate } from '../core/locale-catalog';
import { QuestionStore } from '../store/question-store';
import type { HandlerDeps } from './handler-deps';
import { exportQuestionList } from './question-export';

type QuestionCalls =
  | 'meetings.list'
  | 'meetings.create'
  | 'questions.list'
  | 'questions.create'
  | 'questions.update'
  | 'questions.move'
  | 'questions.delete'
  | 'questions.restore'
  | 'questions.addEvidence'
  | 'questions.removeEvidence'
  | 'questions.carryForward'
  | 'questions.export'
  | 'questions.savePdf';

/** The locale namespaces an export needs: its own words, month and period names, unit words. */
export const EXPORT_NAMESPACES = ['questions', 'dates', 'common'] as const;

export interface QuestionHandlerOptions {
  /** The locales/ folder; the application's own by default. */
  readonly localesDir?: string;
}

/** Meetings and their question lists: prepare, reorder, record answers, carry forward, export. */
export function questionHandlers({ store, now, printToPdf }: HandlerDeps, options: QuestionHandlerOptions = {}): Pick<Handlers, QuestionCalls> {
  const questions = new QuestionStore(store.db);
  // Read on the first export only: most sessions never export, and startup stays lean.
  let catalog: Catalog<(typeof EXPORT_NAMESPACES)[number]> | null = null;
  const translator = (language: Language): Translate => {
    catalog ??= loadLocaleCatalog(options.localesDir ?? path.join(appRoot(), 'locales'), EXPORT_NAMESPACES);
    return createLocaleTranslator(catalog, language, { defaultNamespace: 'questions' });
  };

  return {
    'meetings.list': ({ committeeId }) => questions.meetings(committeeId),
    'meetings.create': ({ committeeId, date }) => questions.createMeeting(committeeId, date),
    'questions.list': ({ meetingId }) => questions.list(meetingId),
    'questions.create': (input) => questions.create(input, now()),
    'questions.update': (patch) => questions.update(patch, now()),
    'questions.move': (input) => questions.move(input, now()),
    'questions.delete': ({ id }) => questions.delete(id, now()),
    'questions.restore': ({ id }) => questions.restore(id, now()),
    'questions.addEvidence': ({ questionId, evidence }) => questions.addEvidence(questionId, evidence, now()),
    'questions.removeEvidence': ({ questionId, evidenceId }) => questions.removeEvidence(questionId, evidenceId, now()),
    'questions.carryForward': ({ fromMeetingId, toMeetingId }) => questions.carryForward(fromMeetingId, toMeetingId, now()),
    'questions.export': ({ meetingId, format, language }) =>
      exportQuestionList(questions.list(meetingId), { format, language, now: now() }, translator(language)),
    'questions.savePdf': async ({ meetingId, language }) => {
      if (!printToPdf) throw new AppFailure('unavailable', 'questions.savePdf: this host cannot save PDFs; the page prints itself');
      // Checked here, so a meeting that is gone is not_found before any window or dialog opens.
      const { meeting } = questions.list(meetingId);
      const suggestedName = translator(language)('ui.fileName', { date: meeting.date });
      // The host's own failures keep their codes (a full disk is disk_full, a locked folder read_only).
      return printToPdf({ meetingId, language, suggestedName });
    },
  };
}
