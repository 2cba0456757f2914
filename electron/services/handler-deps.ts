import type { AppInfo, Settings } from '../../shared/domain';
import type { Language } from '../../shared/languages';
import type { QuestionPdfSaved } from '../../shared/question-contract';
import type { RollingBackups } from '../core/rolling-backups';
import type { ImportJobs } from '../import/jobs';
import type { Store } from '../store/store';

/** What every area's handlers may use. Hosts build it once in openCore. */
export interface HandlerDeps {
  readonly store: Store;
  readonly info: () => AppInfo;
  /** Told after settings change, so the main process can rebuild menus and the window title. */
  readonly settingsChanged: (settings: Settings) => void;
  /** Clock for stored timestamps (ISO-8601 UTC); tests pass a fixed one. */
  readonly now: () => string;
  /**
   * Shows a folder in the system's file manager; rejects with the reason when it cannot. Each host
   * brings its own (Electron's shell, or the OS command in browser mode); absent in unit tests.
   */
  readonly openFolder?: (folder: string) => Promise<void>;
  /** The running rolling-backup schedule (openCore starts it); absent in unit tests. */
  readonly backups?: RollingBackups;
  /**
   * Renders a meeting's print view to a PDF and saves it where the councillor chooses (the desktop
   * app's hidden window and save dialog). Absent in browser mode, where the page prints itself.
   */
  readonly printToPdf?: (request: PdfRequest) => Promise<QuestionPdfSaved>;
  /**
   * The imports in progress, when the host also starts imports itself (openCore: a file the
   * operating system asked Briffio to open) and the page must follow them; else one of its own.
   */
  readonly importJobs?: ImportJobs;
}

/** What questions.savePdf asks the host to print: the meeting, the words' language, a file name. */
export interface PdfRequest {
  readonly meetingId: number;
  readonly language: Language;
  /** The save dialog's suggested name in `language`, without an extension ("cwestiynau-2018-01-16"). */
  readonly suggestedName: string;
}
