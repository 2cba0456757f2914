import { contract, isCallName, type CallName, type Handlers } from './contract';
import { AppFailure, fail, ok, type Result } from './result';

/**
 * Validates and runs one call against a handler table. Used by both hosts (Electron IPC and the
 * browser bridge) so that a malformed payload is refused the same way everywhere, before any
 * handler touches the store.
 */
export async function dispatch(handlers: Handlers, name: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) return fail('unknown_call', `No call named ${JSON.stringify(name)}`);
  const parsed = contract[name].input.safeParse(input === undefined ? {} : input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
    return fail('invalid_input', `${name}: ${detail}`);
  }
  try {
    const handler = handlers[name] as (args: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    return toFailure(name, error);
  }
}

function toFailure(name: CallName, error: unknown): Result<never> {
  if (error instanceof AppFailure) return fail(error.code, error.message);
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return fail('disk_full', `${name}: ${message}`);
  if (code === 'SQLITE_READONLY' || code === 'EROFS' || code === 'EACCES') return fail('read_only', `${name}: ${message}`);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return fail('database_corrupt', `${name}: ${message}`);
  return fail('internal', `${name}: ${message}`);
}
