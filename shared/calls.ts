/**
 * The names of every call and how each host addresses them. Kept apart from the schemas in
 * contract.ts (which a type test ties to this list) so that the sandboxed preload and the
 * renderer's transport do not bundle the validation library: they only forward calls, and
 * validation happens on the receiving side.
 */
export const CALL_NAMES = [
  'app.info',
  'app.openDataFolder',
  'library.get',
  'report.get',
  'settings.get',
  'settings.update',
  'indicators.list',
  'indicator.get',
  'import.start',
  'import.progress',
  'import.cancel',
  'import.save',
  'report.exportPack',
  'search.query',
  'search.rebuild',
  'meetings.list',
  'meetings.create',
  'questions.list',
  'questions.create',
  'questions.update',
  'questions.move',
  'questions.delete',
  'questions.restore',
  'questions.addEvidence',
  'questions.removeEvidence',
  'questions.carryForward',
  'questions.export',
  'questions.savePdf',
  'annotations.list',
  'annotations.listAll',
  'annotations.create',
  'annotations.update',
  'annotations.delete',
  'annotations.restore',
  'annotations.exportW3C',
  'annotations.exportDocument',
  'annotations.importW3C',
  'backup.export',
  'backup.restore',
  'backup.status',
  'backup.runNow',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && (CALL_NAMES as readonly string[]).includes(value);
}

/** The IPC channel for a call. Only the preload and the Electron host use it. */
export function ipcChannel(name: CallName): string {
  return `briffio:${name}`;
}

/** The HTTP path for a call in browser mode. Only the HTTP transport and the bridge use it. */
export function httpPath(name: CallName): string {
  return `/api/${name}`;
}

/** Name under which the preload exposes the API on `window`. */
export const PRELOAD_GLOBAL = 'briffio';
