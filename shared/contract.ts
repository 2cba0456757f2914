import { z } from 'zod';
import type { AppInfo, LibraryView, ReportView, Settings } from './domain';
import { TEXT_SIZES, THEMES } from './domain';
import type { Result } from './result';
import type { CallName } from './calls';

export { CALL_NAMES, PRELOAD_GLOBAL, httpPath, ipcChannel, isCallName, type CallName } from './calls';

/**
 * The one place that names every call between the renderer and the main process, with its input
 * schema and result type. The preload API, the renderer client, the Electron IPC handlers and the
 * browser-mode HTTP bridge are all derived from this object: add a call here and every side
 * either implements it or fails to typecheck.
 */
function call<Input extends z.ZodType>(input: Input) {
  return {
    returns<ResultValue>() {
      // `result` is a type-only marker: the value is never read at run time.
      return { input, result: undefined as unknown as ResultValue };
    },
  };
}

const noInput = z.strictObject({});
const id = z.number().int().positive();

export const contract = {
  'app.info': call(noInput).returns<AppInfo>(),
  'library.get': call(noInput).returns<LibraryView>(),
  'report.get': call(z.strictObject({ reportId: id })).returns<ReportView>(),
  'settings.get': call(noInput).returns<Settings>(),
  'settings.update': call(
    z
      .strictObject({
        language: z.enum(['en', 'cy']).optional(),
        languageChosen: z.boolean().optional(),
        textSize: z.enum(TEXT_SIZES).optional(),
        theme: z.enum(THEMES).optional(),
      })
      .refine((patch) => Object.keys(patch).length > 0, 'at least one setting'),
  ).returns<Settings>(),
} as const satisfies Record<CallName, unknown>;

export type Contract = typeof contract;
/** Fails to compile when calls.ts and this contract name different calls. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const CONTRACT_MATCHES_CALL_NAMES: SameKeys<keyof Contract, CallName> = true;
/** What a sender passes (before defaults are applied). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives (after validation). */
export type CallArgs<N extends CallName> = z.output<Contract[N]['input']>;
export type CallResult<N extends CallName> = Contract[N]['result'];

/** The API the preload exposes as `window.briffio`: one function per call. */
export type BriffioApi = {
  readonly [N in CallName]: (input: CallInput<N>) => Promise<Result<CallResult<N>>>;
};

/** The main-side handler table: one function per call, given validated input. */
export type Handlers = {
  readonly [N in CallName]: (input: CallArgs<N>) => CallResult<N> | Promise<CallResult<N>>;
};
