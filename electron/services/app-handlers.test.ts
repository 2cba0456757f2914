import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/dispatch';
import { openCore } from '../core/open-core';
import { makeAppRoot } from '../test-support/temp-app-root';
import { useTempDirs } from '../test-support/temp-dir';

const tempDir = useTempDirs();

function open(openFolder?: (folder: string) => Promise<void>) {
  return openCore({
    dataDir: tempDir(),
    appRoot: makeAppRoot(tempDir(), []),
    version: '2.3.4',
    host: 'browser',
    now: () => '2026-01-01T00:00:00.000Z',
    ...(openFolder ? { openFolder } : {}),
  });
}

describe('app.openDataFolder', () => {
  it('shows the folder the library lives in, whatever the page asked for', async () => {
    const opened: string[] = [];
    const core = open(async (folder) => {
      opened.push(folder);
    });
    expect(await dispatch(core.handlers, 'app.openDataFolder', {})).toEqual({ ok: true, value: null });
    expect(opened).toEqual([core.dataDir]);
    core.close();
  });

  it('answers with a failure (and the reason, for support) when the file manager cannot open it', async () => {
    const core = open(() => Promise.reject(new Error('xdg-open exited with code 4')));
    expect(await dispatch(core.handlers, 'app.openDataFolder', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('xdg-open exited with code 4') },
    });
    core.close();
  });

  it('answers not_found when the folder has gone, without asking the file manager', async () => {
    const opened: string[] = [];
    const core = open(async (folder) => {
      opened.push(folder);
    });
    core.close();
    rmSync(core.dataDir, { recursive: true, force: true });
    expect(await dispatch(core.handlers, 'app.openDataFolder', {})).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining(core.dataDir) },
    });
    expect(opened).toEqual([]);
  });

  it('fails cleanly on a host that cannot open folders', async () => {
    const core = open();
    expect(await dispatch(core.handlers, 'app.openDataFolder', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('cannot open folders') },
    });
    core.close();
  });
});

describe('app.info', () => {
  it('tells the version and where the data lives', async () => {
    const core = open();
    expect(await dispatch(core.handlers, 'app.info', {})).toEqual({
      ok: true,
      value: expect.objectContaining({ name: 'Briffio', version: '2.3.4', dataDir: core.dataDir, databaseFile: core.databaseFile }),
    });
    core.close();
  });
});
