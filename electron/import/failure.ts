import type { PackProblem } from '../../shared/import';
import { AppFailure, type ErrorCode } from '../../shared/result';

/**
 * Why a file cannot be imported: one error code (translated in locales/*\/errors.json) plus, for a
 * pack that fails the schema, the fields at fault. Thrown by the readers; nothing has been
 * written when it is thrown, because writing only happens in `import.save`.
 */
export class ImportFailure extends AppFailure {
  constructor(
    code: ErrorCode,
    message: string,
    readonly problems?: readonly PackProblem[],
  ) {
    super(code, message);
    this.name = 'ImportFailure';
  }
}

/** Thrown when the user cancels; never reported as a failure. */
export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelled';
  }
}
