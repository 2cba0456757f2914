import { useEffect, useId, useMemo, useState } from 'react';
import { type AnnotationColour } from '../../../shared/annotation-model';
import type { LibraryView } from '../../../shared/domain';
import { useCall } from '../client/useCall';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeading } from '../common/PageHeading';
import { useText } from '../text/useText';
import { BackupsSection } from './BackupsSection';
import { NoteResult } from './NoteResult';
import { NotesExport } from './NotesExport';
import { NotesImport } from './NotesImport';
import './annotations.css';
import { ColourFilter } from './ColourFilter';

/** The meeting each report went to: "Add to my questions" on a note offers that meeting first. */
function meetingsOfReports(library: LibraryView): Map<number, number> {
  const map = new Map<number, number>();
  for (const committee of library.committees) {
    for (const meeting of committee.meetings) for (const report of meeting.reports) map.set(report.id, meeting.id);
  }
  return map;
}

/** Typing pauses this long before the search runs, so each keystroke does not ask the store. */
const SEARCH_DELAY_MS = 250;

/**
 * My notes: every private note across all reports, searchable (the notes and the passages they
 * quote), filtered by colour; with export, import and backups of all private data.
 */
export function MyNotesScreen() {
  const { t } = useText();
  const ids = { search: useId(), results: useId() };
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  const [colour, setColour] = useState<AnnotationColour | ''>('');
  useEffect(() => {
    const timer = window.setTimeout(() => setText(typed.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const notes = useCall('annotations.listAll', { ...(text ? { text } : {}), ...(colour ? { colour } : {}) });
  const library = useCall('library.get', {});
  const meetingOf = useMemo(() => (library.state.status === 'ready' ? meetingsOfReports(library.state.value) : new Map<number, number>()), [library.state]);
  const filtered = text !== '' || colour !== '';

  return (
    <div className="my-notes">
      <PageHeading>{t('annotations:ui.notes.heading')}</PageHeading>
      <p>{t('annotations:ui.notes.intro')}</p>
      <form className="notes-search" role="search" onSubmit={(event) => { event.preventDefault(); setText(typed.trim()); }}>
        <label htmlFor={ids.search}>{t('annotations:ui.notes.search')}</label>
        <input id={ids.search} type="search" value={typed} onChange={(event) => setTyped(event.target.value)} aria-controls={ids.results} />
        <ColourFilter value={colour} onChange={setColour} />
      </form>
      <div id={ids.results}>
        {notes.state.status === 'loading' ? <LoadingState label={t('annotations:ui.loading')} /> : null}
        {notes.state.status === 'failed' ? <ErrorState level={2} heading={t('annotations:ui.error.load')} error={notes.state.error} onRetry={notes.reload} /> : null}
        {notes.state.status === 'ready' ? (
          <>
            <p role="status">{t('annotations:ui.notes.count', { count: notes.state.value.length })}</p>
            {notes.state.value.length === 0 ? <p>{filtered ? t('annotations:ui.notes.noMatch') : t('annotations:ui.notes.empty')}</p> : null}
            {notes.state.value.length > 0 ? (
              <ol className="annotation-list annotation-list--wide">
                {notes.state.value.map((item) => (
                  <NoteResult key={item.id} item={item} meetingId={meetingOf.get(item.reportId)} />
                ))}
              </ol>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="notes-tools">
        <NotesExport />
        <NotesImport onImported={notes.reload} />
        <BackupsSection onRestored={notes.reload} />
      </div>
    </div>
  );
}
