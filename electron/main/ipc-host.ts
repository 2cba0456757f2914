import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CALL_NAMES, ipcChannel, type Handlers } from '../../shared/contract';
import { dispatch } from '../../shared/dispatch';
import { fail, type Result } from '../../shared/result';
import { isAppUrl } from './navigation';

/**
 * The Electron host: every contract call reachable over IPC, each behind a sender check.
 * Electron objects are passed in (not imported) so the wiring is testable under plain Node.
 */

/** What the sender check needs to know about an IPC message, extracted from the Electron event. */
export interface SenderFacts {
  /** Null when the frame has already navigated away or been destroyed. */
  readonly frame: { readonly url: string; readonly isMainFrame: boolean } | null;
  /** Whether the sending webContents belongs to a window Briffio itself created. */
  readonly fromOurWindow: boolean;
}

export type SenderVerdict = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/**
 * Like VS Code's IPC validation: the preload API is exposed to every frame that runs the preload,
 * so a call is trusted only when it comes from the top frame of one of our windows *and* that frame
 * currently shows our own app:// page. A sub-frame, a stray webContents (DevTools, a future
 * webview) or a page that somehow navigated elsewhere is refused before any input is read.
 */
export function checkSender(facts: SenderFacts): SenderVerdict {
  if (!facts.fromOurWindow) return { allowed: false, reason: 'sender is not a Briffio window' };
  if (facts.frame === null) return { allowed: false, reason: 'sender frame is gone' };
  if (!facts.frame.isMainFrame) return { allowed: false, reason: 'sender is a sub-frame' };
  if (!isAppUrl(facts.frame.url)) return { allowed: false, reason: 'sender is not showing the app' };
  return { allowed: true };
}

/** Reads the facts off a real Electron event; kept next to `checkSender` so the two stay in step. */
export function senderFacts(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  isOurWebContents: (contents: WebContents) => boolean,
): SenderFacts {
  return { fromOurWindow: isOurWebContents(event.sender), frame: frameFacts(event) };
}

function frameFacts(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): SenderFacts['frame'] {
  try {
    const frame = event.senderFrame;
    if (frame === null) return null;
    return {
      url: frame.url,
      // `parent === null` alone would also hold for a detached frame; comparing with the
      // webContents' own main frame pins it to the window's top document.
      isMainFrame: frame.parent === null && frame.frameTreeNodeId === event.sender.mainFrame.frameTreeNodeId,
    };
  } catch {
    // Electron throws when a window closes mid-call ("Object has been destroyed"): treat the
    // sender as gone, which the check refuses, rather than rejecting with an internal error.
    return null;
  }
}

/** One IPC request, after the event has been reduced to facts. Exported for tests. */
export async function answerIpc(handlers: Handlers, name: string, facts: SenderFacts, input: unknown): Promise<Result<unknown>> {
  const verdict = checkSender(facts);
  if (!verdict.allowed) return fail('forbidden', `${name}: ${verdict.reason}`);
  return dispatch(handlers, name, input);
}

/**
 * Registers one `ipcMain.handle` per contract call and returns a function that removes them.
 * Only channels derived from the contract exist, so an unknown channel simply has no handler.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  isOurWebContents: (contents: WebContents) => boolean,
): () => void {
  for (const name of CALL_NAMES) {
    // Only the first argument is read: the preload sends exactly one, and extra ones are ignored
    // rather than trusted.
    ipcMain.handle(ipcChannel(name), (event, input: unknown) =>
      answerIpc(handlers, name, senderFacts(event, isOurWebContents), input),
    );
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(ipcChannel(name));
  };
}
