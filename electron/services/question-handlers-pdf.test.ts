import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/dispatch';
import type { QuestionPdfSaved } from '../../shared/question-contract';
import { openCore, type BriffioCore } from '../core/open-core';
import { questionPack } from '../test-support/question-fixtures';
import { makeAppRoot } from '../test-support/temp-app-root';
import { useTempDirs } from '../test-support/temp-dir';
import type { PdfRequest } from './handler-deps';

const tempDir = useTempDirs();

/** A library with one meeting; `printToPdf` is the host's hook (absent, as in browser mode, when not given). */
function open(printToPdf?: (request: PdfRequest) => Promise<QuestionPdfSaved>): BriffioCore {
  return openCore({
    dataDir: tempDir(),
    appRoot: makeAppRoot(tempDir(), [questionPack()]),
    version: 'test',
    host: printToPdf ? 'electron' : 'browser',
    now: () => '2026-03-01T09:30:00.000Z',
    rollingBackups: false,
    ...(printToPdf ? { printToPdf } : {}),
  });
}

async function meeting(core: BriffioCore): Promise<{ id: number; date: string }> {
  const result = await dispatch(core.handlers, 'meetings.list', {});
  if (!result.ok) throw new Error(result.error.message);
  const [first] = result.value as readonly { id: number; date: string }[];
  return first!;
}

/** A hook that records what it was asked and answers as the councillor did in the save dialog. */
function recordingHook(answer: QuestionPdfSaved) {
  const requests: PdfRequest[] = [];
  const hook = async (request: PdfRequest): Promise<QuestionPdfSaved> => {
    requests.push(request);
    return answer;
  };
  return { requests, hook };
}

describe('questions.savePdf', () => {
  it('asks the host to print the meeting in the language asked for, with a file name in that language', async () => {
    const { requests, hook } = recordingHook({ saved: true, fileName: 'cwestiynau-x.pdf' });
    const core = open(hook);
    const { id, date } = await meeting(core);
    expect(await dispatch(core.handlers, 'questions.savePdf', { meetingId: id, language: 'cy' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'cwestiynau-x.pdf' },
    });
    expect(await dispatch(core.handlers, 'questions.savePdf', { meetingId: id, language: 'en' })).toMatchObject({ ok: true });
    expect(requests).toEqual([
      { meetingId: id, language: 'cy', suggestedName: `cwestiynau-${date}` },
      { meetingId: id, language: 'en', suggestedName: `questions-${date}` },
    ]);
    core.close();
  });

  it('passes on a cancelled save dialog as not saved', async () => {
    const core = open(recordingHook({ saved: false }).hook);
    const { id } = await meeting(core);
    expect(await dispatch(core.handlers, 'questions.savePdf', { meetingId: id, language: 'en' })).toEqual({ ok: true, value: { saved: false } });
    core.close();
  });

  it('answers not_found for a meeting that is not in the library, without opening anything', async () => {
    const { requests, hook } = recordingHook({ saved: true, fileName: 'x.pdf' });
    const core = open(hook);
    const result = await dispatch(core.handlers, 'questions.savePdf', { meetingId: 9999, language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(requests).toEqual([]);
    core.close();
  });

  it('turns the host failing to write into codes the page can explain', async () => {
    const failWith = (code: string | undefined, message: string) => async (): Promise<QuestionPdfSaved> => {
      throw Object.assign(new Error(message), code === undefined ? {} : { code });
    };
    for (const [code, expected] of [
      ['ENOSPC', 'disk_full'],
      ['EACCES', 'read_only'],
      [undefined, 'internal'],
    ] as const) {
      const core = open(failWith(code, 'printToPDF failed: the page did not finish'));
      const { id } = await meeting(core);
      expect(await dispatch(core.handlers, 'questions.savePdf', { meetingId: id, language: 'en' })).toEqual({
        ok: false,
        error: { code: expected, message: expect.stringContaining('printToPDF failed') },
      });
      core.close();
    }
  });

  it('answers unavailable on a host that cannot save PDFs (browser mode), so the page prints itself', async () => {
    const core = open();
    const { id } = await meeting(core);
    expect(await dispatch(core.handlers, 'questions.savePdf', { meetingId: id, language: 'en' })).toEqual({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('questions.savePdf') },
    });
    core.close();
  });

  it('refuses a file path or another language in the input', async () => {
    const core = open(recordingHook({ saved: false }).hook);
    const { id } = await meeting(core);
    for (const input of [{ meetingId: id, language: 'fr' }, { meetingId: id, language: 'en', filePath: '/tmp/x.pdf' }, { meetingId: id }]) {
      expect(await dispatch(core.handlers, 'questions.savePdf', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    core.close();
  });
});
