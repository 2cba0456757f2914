/**
 * Hash routes, so the same build works at app://briffio/index.html and http://127.0.0.1:PORT/
 * without a server knowing the paths, and Back/Forward move between screens.
 *   #/                                      library
 *   #/report/<id>                           one report
 *   #/report/<id>/at/<sectionKey>           one report, opened at a section
 *   #/report/<id>/at/<sectionKey>/<block>   … at the block (0-based index within the section)
 *   #/report/<id>/side-by-side              its English and Welsh versions side by side
 *   #/indicators[?filters]                  every indicator in the library
 *   #/about                                 version and data folder
 *   #/indicators/<id>                       one indicator's history
 *   #/compare/<leftId>/<rightId>            two reports side by side
 *   #/import[/<jobId>]                      import a report; a job's progress and review
 *   #/meetings                              every meeting, with its question counts
 *   #/meetings/<id>/questions               one meeting's question list
 *   #/meetings/<id>/meeting-mode            the list at the meeting (large text, one question at a time)
 *   #/meetings/<id>/print                   the list as a document to print or save as PDF
 *   #/notes                                 My notes: every private annotation, search, export, backups
 * The deep-link form is a contract other features (search, annotations) link to.
 */
export interface ReportPlace {
  readonly sectionKey: string;
  /** 0-based index of the block in the section's blocks; absent to open at the section. */
  readonly blockIndex?: number;
}

export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'report'; readonly reportId: number; readonly at?: ReportPlace }
  | { readonly name: 'report_side_by_side'; readonly reportId: number }
  | { readonly name: 'indicators'; readonly query: Readonly<Record<string, string>> }
  | { readonly name: 'indicator'; readonly indicatorId: number }
  | { readonly name: 'compare'; readonly leftReportId: number; readonly rightReportId: number }
  | { readonly name: 'about' }
  | { readonly name: 'import'; readonly jobId: string | null }
  | { readonly name: 'meetings' }
  | { readonly name: 'questions'; readonly meetingId: number }
  | { readonly name: 'meeting_mode'; readonly meetingId: number }
  | { readonly name: 'questions_print'; readonly meetingId: number }
  | { readonly name: 'notes' }
  | { readonly name: 'not_found' };

const ID = '([1-9]\\d{0,14})';

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split(/\?(.*)/s, 2);
  if (path === '' || path === '/') return search === '' ? { name: 'library' } : { name: 'not_found' };

  const report = new RegExp(`^/report/${ID}(?:/at/([^/]+)(?:/(0|[1-9]\\d{0,5}))?)?/?$`).exec(path);
  if (report && search === '') {
    const reportId = Number(report[1]);
    if (report[2] === undefined) return { name: 'report', reportId };
    const sectionKey = decode(report[2]);
    if (!sectionKey) return { name: 'not_found' };
    const at: ReportPlace = report[3] === undefined ? { sectionKey } : { sectionKey, blockIndex: Number(report[3]) };
    return { name: 'report', reportId, at };
  }

  const sideBySide = new RegExp(`^/report/${ID}/side-by-side/?$`).exec(path);
  if (sideBySide && search === '') return { name: 'report_side_by_side', reportId: Number(sideBySide[1]) };

  if (/^\/indicators\/?$/.test(path)) {
    return { name: 'indicators', query: Object.fromEntries(new URLSearchParams(search)) };
  }
  const indicator = new RegExp(`^/indicators/${ID}/?$`).exec(path);
  if (indicator && search === '') return { name: 'indicator', indicatorId: Number(indicator[1]) };

  const compare = new RegExp(`^/compare/${ID}/${ID}/?$`).exec(path);
  if (compare && search === '') return { name: 'compare', leftReportId: Number(compare[1]), rightReportId: Number(compare[2]) };

  if (/^\/about\/?$/.test(path) && search === '') return { name: 'about' };

  const importing = /^\/import(?:\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))?\/?$/.exec(path);
  if (importing && search === '') return { name: 'import', jobId: importing[1] ?? null };

  if (/^\/notes\/?$/.test(path) && search === '') return { name: 'notes' };
  if (/^\/meetings\/?$/.test(path) && search === '') return { name: 'meetings' };
  const meeting = new RegExp(`^/meetings/${ID}/(questions|meeting-mode|print)/?$`).exec(path);
  if (meeting && search === '') {
    const meetingId = Number(meeting[1]);
    if (meeting[2] === 'questions') return { name: 'questions', meetingId };
    return meeting[2] === 'meeting-mode' ? { name: 'meeting_mode', meetingId } : { name: 'questions_print', meetingId };
  }

  return { name: 'not_found' };
}

export function libraryHref(): string {
  return '#/';
}

export function reportHref(reportId: number, at?: ReportPlace): string {
  if (!at) return `#/report/${reportId}`;
  const section = `#/report/${reportId}/at/${encodeURIComponent(at.sectionKey)}`;
  return at.blockIndex === undefined ? section : `${section}/${at.blockIndex}`;
}

/** A report's two language versions side by side (its own address, so reload and Back keep the view). */
export function reportSideBySideHref(reportId: number): string {
  return `#/report/${reportId}/side-by-side`;
}

/** The Indicators screen; `query` holds its filters (empty values are left out). */
export function indicatorsHref(query: Readonly<Record<string, string>> = {}): string {
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== '')).toString();
  return search ? `#/indicators?${search}` : '#/indicators';
}

export function indicatorHref(indicatorId: number): string {
  return `#/indicators/${indicatorId}`;
}

export function compareHref(leftReportId: number, rightReportId: number): string {
  return `#/compare/${leftReportId}/${rightReportId}`;
}

/** My notes: every private annotation across the library. */
export function notesHref(): string {
  return '#/notes';
}

export function aboutHref(): string {
  return '#/about';
}

/** The Import screen; with a job id, that import's progress and review (File → Import… opens it too). */
export function importHref(jobId?: string): string {
  return jobId ? `#/import/${jobId}` : '#/import';
}

/** Every meeting with its question counts (the header's Questions link). */
export function meetingsHref(): string {
  return '#/meetings';
}

/** One meeting's question list (search links notes and questions here). */
export function questionsHref(meetingId: number): string {
  return `#/meetings/${meetingId}/questions`;
}

export function meetingModeHref(meetingId: number): string {
  return `#/meetings/${meetingId}/meeting-mode`;
}

export function questionsPrintHref(meetingId: number): string {
  return `#/meetings/${meetingId}/print`;
}
