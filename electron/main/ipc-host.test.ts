import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, ipcChannel } from '../../shared/contract';
import { DEFAULT_SETTINGS } from '../../shared/domain';
import { stubHandlers } from '../test-support/stub-handlers';
import { answerIpc, checkSender, registerIpcHandlers, senderFacts, type SenderFacts } from './ipc-host';

const TRUSTED: SenderFacts = { fromOurWindow: true, frame: { url: 'app://briffio/index.html', isMainFrame: true } };

function fakeHandlers() {
  return stubHandlers({
    'app.info': () => ({ name: 'Briffio', version: '1.0.0', dataDir: '/d', databaseFile: '/d/b.sqlite', schemaVersion: 1, host: 'electron' }),
    'library.get': () => ({ committees: [] }),
    'settings.get': () => DEFAULT_SETTINGS,
    'settings.update': () => DEFAULT_SETTINGS,
  });
}

describe('checkSender', () => {
  it('trusts the top frame of our window showing the app', () => {
    expect(checkSender(TRUSTED)).toEqual({ allowed: true });
  });

  it.each<[string, SenderFacts]>([
    ['a webContents we did not create', { ...TRUSTED, fromOurWindow: false }],
    ['a frame that is gone', { ...TRUSTED, frame: null }],
    ['a sub-frame', { ...TRUSTED, frame: { url: 'app://briffio/index.html', isMainFrame: false } }],
    ['a remote page', { ...TRUSTED, frame: { url: 'https://example.com/', isMainFrame: true } }],
    ['a file page', { ...TRUSTED, frame: { url: 'file:///tmp/evil.html', isMainFrame: true } }],
    ['another app host', { ...TRUSTED, frame: { url: 'app://evil/index.html', isMainFrame: true } }],
    ['about:blank', { ...TRUSTED, frame: { url: 'about:blank', isMainFrame: true } }],
  ])('refuses %s', (_label, facts) => {
    const verdict = checkSender(facts);
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed ? '' : verdict.reason).not.toBe('');
  });
});

describe('senderFacts', () => {
  const mainFrame = { url: 'app://briffio/index.html', parent: null, frameTreeNodeId: 1 };
  const contents = { id: 7, mainFrame } as unknown as WebContents;
  const ours = (c: WebContents) => c.id === 7;

  function event(senderFrame: unknown, sender = contents) {
    return { senderFrame, sender } as unknown as Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;
  }

  it('recognises the main frame of our window', () => {
    expect(senderFacts(event(mainFrame), ours)).toEqual(TRUSTED);
  });

  it('marks a child frame as not the main frame, even at the app URL', () => {
    const child = { url: 'app://briffio/index.html', parent: mainFrame, frameTreeNodeId: 2 };
    expect(senderFacts(event(child), ours).frame?.isMainFrame).toBe(false);
  });

  it('marks a detached top-level frame that is not this window’s main frame', () => {
    const other = { url: 'app://briffio/index.html', parent: null, frameTreeNodeId: 99 };
    expect(senderFacts(event(other), ours).frame?.isMainFrame).toBe(false);
  });

  it('treats a webContents destroyed mid-call as a gone frame', () => {
    const destroyed = {
      id: 7,
      get mainFrame(): never {
        throw new Error('Object has been destroyed');
      },
    } as unknown as WebContents;
    expect(senderFacts(event(mainFrame, destroyed), ours)).toEqual({ fromOurWindow: true, frame: null });
  });

  it('reports a destroyed frame and a foreign webContents', () => {
    const stranger = { id: 8, mainFrame } as unknown as WebContents;
    expect(senderFacts(event(null, stranger), ours)).toEqual({ fromOurWindow: false, frame: null });
  });
});

describe('answerIpc', () => {
  it('dispatches a trusted call to its handler', async () => {
    const { handlers, calls } = fakeHandlers();
    expect(await answerIpc(handlers, 'library.get', TRUSTED, {})).toEqual({ ok: true, value: { committees: [] } });
    expect(calls).toEqual(['library.get']);
  });

  it('answers forbidden to an untrusted sender without running the handler or reading the input', async () => {
    const { handlers, calls } = fakeHandlers();
    const input = { get language(): string { throw new Error('input was read'); } };
    const result = await answerIpc(handlers, 'settings.update', { ...TRUSTED, fromOurWindow: false }, input);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('settings.update') } });
    expect(calls).toEqual([]);
  });

  it('validates input before the handler runs', async () => {
    const { handlers, calls } = fakeHandlers();
    const result = await answerIpc(handlers, 'settings.update', TRUSTED, { language: 'fr' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(calls).toEqual([]);
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one channel per contract call, and removes them all', () => {
    const handle = vi.fn();
    const removeHandler = vi.fn();
    const dispose = registerIpcHandlers({ handle, removeHandler }, fakeHandlers().handlers, () => true);
    expect(handle.mock.calls.map(([channel]) => channel as string).sort()).toEqual(CALL_NAMES.map(ipcChannel).sort());
    dispose();
    expect(removeHandler.mock.calls.map(([channel]) => channel as string).sort()).toEqual(CALL_NAMES.map(ipcChannel).sort());
  });

  it('wires each channel to its own call, behind the sender check', async () => {
    const listeners = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    const { handlers, calls } = fakeHandlers();
    const mainFrame = { url: 'app://briffio/index.html', parent: null, frameTreeNodeId: 1 };
    registerIpcHandlers(
      { handle: (channel, listener) => listeners.set(channel, listener as never), removeHandler: () => undefined },
      handlers,
      (contents) => contents.id === 1,
    );
    const ourEvent = { senderFrame: mainFrame, sender: { id: 1, mainFrame } };
    const strangerEvent = { senderFrame: mainFrame, sender: { id: 2, mainFrame } };
    expect(await listeners.get(ipcChannel('settings.get'))!(ourEvent, {})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(await listeners.get(ipcChannel('app.info'))!(strangerEvent, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual(['settings.get']);
  });
});
