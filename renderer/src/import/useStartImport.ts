import { useCallback, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../shared/import';
import type { AppError } from '../../../shared/result';
import { useClient } from '../client/ClientProvider';
import { importHref } from '../routing/route';
import { readFileAsBase64 } from './readFileAsBase64';

export type StartState =
  | { readonly status: 'idle' }
  | { readonly status: 'opening'; readonly fileName: string }
  | { readonly status: 'failed'; readonly error: AppError };

/**
 * Starts importing a file (chosen with the file picker or dropped on the window) and opens its
 * progress page. A file over the size limit is refused here, with the same translated reason the
 * main process would give, so 40 MB are not sent only to be turned away.
 */
export function useStartImport(): { readonly state: StartState; readonly start: (file: File) => Promise<void> } {
  const client = useClient();
  const [state, setState] = useState<StartState>({ status: 'idle' });
  const start = useCallback(
    async (file: File) => {
      if (file.size > MAX_IMPORT_BYTES) {
        setState({ status: 'failed', error: { code: 'import_too_large', message: `${file.size} bytes` } });
        return;
      }
      if (file.size === 0) {
        setState({ status: 'failed', error: { code: 'import_empty', message: 'empty file' } });
        return;
      }
      setState({ status: 'opening', fileName: file.name });
      try {
        const bytesBase64 = await readFileAsBase64(file);
        const result = await client['import.start']({ fileName: file.name || 'report', bytesBase64 });
        if (!result.ok) {
          setState({ status: 'failed', error: result.error });
          return;
        }
        setState({ status: 'idle' });
        window.location.hash = importHref(result.value.jobId);
      } catch (error) {
        setState({ status: 'failed', error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } });
      }
    },
    [client],
  );
  return { state, start };
}
