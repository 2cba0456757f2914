import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportCorrections } from '../../shared/import';
import { financialYearLabel, isPeriodKey, parsePeriodKey } from '../../shared/period';
import { AppFailure } from '../../shared/result';
import { appRoot } from '../core/app-root';
import { DATABASE_FILE_NAME, defaultDataDir, readOption, resolveDataDir } from '../core/data-dir';
import { loadSampleLibrary, seedSampleLibrary } from '../seed/sample-library';
import { readImportContext, type ImportLibraryContext } from '../store/import-queries';
import { exportPack } from '../store/pack-export';
import { Store } from '../store/store';
import { buildPack } from './build-pack';
import { makeDraft } from './draft';
import { ImportFailure } from './failure';
import { packJsonSchema } from './pack-json-schema';
import { readImport } from './read-import';

/**
 * `npm run -s import -- FILE [--data-dir DIR] [--dry-run] [--json]`
 *   [--period 2017-18.Q2] [--meeting-date 2018-01-16] [--committee KEY] [--new] [--schema] [--draft]
 *
 * Imports one report (PDF, text or Briffio pack) into the library, as the app's Import screen
 * does with no corrections. With --dry-run nothing is written: the library is only read (or, when
 * there is none yet, the bundled sample library stands in for it, as on first run); with --json
 * the result is printed on stdout — for a dry run, the report as a Briffio pack. On failure it
 * prints one line on stderr and exits non-zero.
 */

const USAGE = 'Usage: npm run -s import -- FILE [--data-dir DIR] [--dry-run] [--json] [--period 2017-18.Q2] [--meeting-date YYYY-MM-DD] [--committee KEY] [--new]';

interface Library {
  readonly context: ImportLibraryContext;
  readonly exportPack: (reportId: number) => ReturnType<typeof exportPack>;
  readonly store: Store | null;
  close(): void;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--schema')) {
    process.stdout.write(`${JSON.stringify(packJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const valueOptions = new Set(['--data-dir', '--period', '--meeting-date', '--committee']);
  const file = argv.find((arg, index) => !arg.startsWith('--') && !valueOptions.has(argv[index - 1] ?? ''));
  if (!file) return fail(`no file given. ${USAGE}`, 2);
  const dryRun = argv.includes('--dry-run');
  const json = argv.includes('--json');
  const corrections = correctionsFrom(argv);
  if (typeof corrections === 'string') return fail(corrections, 2);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`, 2);
  }

  const root = appRoot();
  const dataDir = resolveDataDir({ argv, env: process.env, defaultDir: defaultDataDir() });
  const library = openLibrary(root, dataDir, dryRun);
  try {
    const read = await readImport(bytes, path.basename(file));
    const draft = makeDraft(read, { fileName: path.basename(file), bytes: bytes.length }, library.context);
    if (argv.includes('--draft')) {
      // What was found, before corrections and matching into a pack: the review screen's view.
      process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
      return 0;
    }
    const chosen = corrections.target?.mode === 'existing' ? corrections.target.reportId : corrections.target ? null : (draft.candidates[0]?.reportId ?? null);
    const built = buildPack(draft, corrections, library.context, chosen !== null ? library.exportPack(chosen) : null);
    const summary = describe(built.pack, draft.indicators.length, built.mode);
    if (dryRun || !library.store) {
      process.stdout.write(json ? `${JSON.stringify(built.pack, null, 2)}\n` : `${summary}\nDry run: nothing was written.\n`);
      return 0;
    }
    const outcome = library.store.writePack(built.pack, { origin: 'import', sourceName: path.basename(file), now: new Date().toISOString() });
    const result = { reportId: outcome.reportId, reportKey: built.pack.report.key, created: outcome.created, mode: built.mode, lang: built.lang };
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${summary}\nSaved in ${dataDir} as report ${outcome.reportId} (${built.mode}).\n`);
    return 0;
  } catch (error) {
    return fail(explain(error, root), 1);
  } finally {
    library.close();
  }
}

function correctionsFrom(argv: readonly string[]): ImportCorrections | string {
  const period = readOption(argv, '--period');
  const meetingDate = readOption(argv, '--meeting-date');
  const committee = readOption(argv, '--committee');
  if (period !== undefined && !isPeriodKey(period)) return `--period must look like 2017-18.Q2 or 2018-19.FY, not "${period}"`;
  if (meetingDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(meetingDate)) return `--meeting-date must be written YYYY-MM-DD, not "${meetingDate}"`;
  return {
    ...(period ? { period } : {}),
    ...(meetingDate ? { meetingDate } : {}),
    ...(committee ? { committee: { mode: 'existing' as const, key: committee } } : {}),
    ...(argv.includes('--new') ? { target: { mode: 'new' as const } } : {}),
    droppedIndicatorKeys: [],
  };
}

/**
 * The library to match against. A dry run only reads: the database opened read-only, or — if
 * there is none yet — an in-memory copy of the sample library the app would seed on first run.
 */
function openLibrary(root: string, dataDir: string, dryRun: boolean): Library {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  if (dryRun && existsSync(file)) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    return { context: readImportContext(db), exportPack: (id) => exportPack(db, id), store: null, close: () => db.close() };
  }
  const store = Store.open(dryRun ? ':memory:' : file);
  seedSampleLibrary(store, () => loadSampleLibrary(path.join(root, 'assets', 'sample-library')), new Date().toISOString());
  return { context: store.importContext(), exportPack: (id) => store.exportPack(id), store: dryRun ? null : store, close: () => store.close() };
}

function describe(pack: ReturnType<typeof buildPack>['pack'], found: number, mode: string): string {
  const version = pack.report.versions[0]!;
  const period = parsePeriodKey(pack.report.period);
  const periodText = period ? (period.kind === 'year' ? `year ${financialYearLabel(period.startYear)}` : `Quarter ${period.quarter} ${financialYearLabel(period.startYear)}`) : pack.report.period;
  return [
    `${version.title}`,
    `  ${pack.committee.name.en} (${pack.committee.council.en}), meeting ${pack.meeting.date}, ${periodText}, ${pack.report.kind} report, ${version.lang === 'cy' ? 'Welsh' : 'English'}`,
    `  ${version.sections.length} sections, ${found} indicators found, ${pack.measurements.length} values, ${pack.report.keyStats.length} key stats; saved as ${mode === 'new' ? 'a new report' : mode === 'revision' ? 'a new revision' : 'a new language version'}`,
  ].join('\n');
}

/** One clear English line: the reason (as the app words it) and the detail. */
function explain(error: unknown, root: string): string {
  if (error instanceof AppFailure) {
    let reason = error.code as string;
    try {
      const errors = JSON.parse(readFileSync(path.join(root, 'locales', 'en', 'errors.json'), 'utf8')) as { code: Record<string, string> };
      reason = errors.code[error.code] ?? reason;
    } catch {
      // fall back to the code itself
    }
    if (error instanceof ImportFailure && error.problems?.length) {
      return `${reason} Fields at fault: ${error.problems.map((p) => `${p.path} (${p.kind.replace(/_/g, ' ')})`).join(', ')}.`;
    }
    if (error.code === 'import_incomplete') return `${error.message.replace(/^Cannot save without: /, 'Briffio found no ')}; give it with --committee KEY, --meeting-date YYYY-MM-DD or --period 2017-18.Q2.`;
    return `${reason} (${error.message.split('\n')[0]})`;
  }
  return error instanceof Error ? error.message : String(error);
}

function fail(message: string, code: number): number {
  process.stderr.write(`Briffio import: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Briffio import: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
