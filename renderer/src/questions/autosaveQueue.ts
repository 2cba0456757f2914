import type { AppError, Result } from '../../../shared/result';

/**
 * Autosave for a list of records edited in place (a meeting's questions): each change is held for
 * a short pause (typing goes on), then written. Changes to one record are merged while they wait
 * and written one call at a time, in order, so a slow answer can never let an older text
 * overwrite a newer one. A failed write keeps its changes waiting (merged under any newer ones)
 * until `flush` or `retry` tries again, so nothing typed is dropped.
 */

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface AutosaveSnapshot {
  readonly state: SaveState;
  /** Why the last write failed; null unless `state` is 'failed'. */
  readonly error: AppError | null;
}

export interface AutosaveOptions<Patch extends object, Saved> {
  readonly save: (id: string, patch: Patch) => Promise<Result<Saved>>;
  /** The pause after the last change before it is written (~400 ms while typing). */
  readonly delayMs: number;
  readonly onSaved?: (id: string, saved: Saved) => void;
  /** Timers, replaceable in tests. */
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

export class AutosaveQueue<Patch extends object, Saved = unknown> {
  private readonly pending = new Map<string, Patch>();
  private readonly timers = new Map<string, unknown>();
  private readonly writing = new Map<string, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  /** Records whose last write failed, with why; cleared when one of their writes succeeds. */
  private readonly failures = new Map<string, AppError>();
  private everWritten = false;
  private snapshotValue: AutosaveSnapshot = { state: 'idle', error: null };
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: AutosaveOptions<Patch, Saved>) {
    this.setTimer = options.setTimer ?? ((run, ms) => globalThis.setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** Holds a change to record `id`, merged with any change still waiting, and restarts its pause. */
  schedule(id: string, patch: Patch, delayMs: number = this.options.delayMs): void {
    this.pending.set(id, { ...this.pending.get(id), ...patch });
    this.stopTimer(id);
    this.timers.set(
      id,
      this.setTimer(() => {
        this.timers.delete(id);
        void this.write(id);
      }, delayMs),
    );
    this.update();
  }

  /** Writes now whatever is waiting (for one record, or all): on blur, on leaving the screen. */
  flush(id?: string): Promise<void> {
    const ids = id === undefined ? [...new Set([...this.pending.keys(), ...this.writing.keys()])] : [id];
    return Promise.all(
      ids.map((each) => {
        this.stopTimer(each);
        return this.pending.has(each) ? this.write(each) : (this.writing.get(each) ?? Promise.resolve());
      }),
    ).then(() => undefined);
  }

  /** Forgets a record's waiting changes (it was deleted). */
  discard(id: string): void {
    this.stopTimer(id);
    this.pending.delete(id);
    this.failures.delete(id);
    this.update();
  }

  /** True while any change is waiting or being written. */
  hasUnsaved(): boolean {
    return this.pending.size > 0 || this.writing.size > 0;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): AutosaveSnapshot => this.snapshotValue;

  private stopTimer(id: string): void {
    const timer = this.timers.get(id);
    if (timer !== undefined) this.clearTimer(timer);
    this.timers.delete(id);
  }

  /** One write per record at a time: a new one waits for the one under way. */
  private write(id: string): Promise<void> {
    const before = this.writing.get(id);
    // Started at once when nothing is under way, so a flush reaches the store without delay.
    const next = before ? before.then(() => this.send(id)) : this.send(id);
    this.writing.set(id, next);
    this.update();
    return next.finally(() => {
      if (this.writing.get(id) === next) this.writing.delete(id);
      this.update();
    });
  }

  private async send(id: string): Promise<void> {
    const patch = this.pending.get(id);
    if (patch === undefined) return;
    this.pending.delete(id);
    let result: Result<Saved>;
    try {
      result = await this.options.save(id, patch);
    } catch (error) {
      result = { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
    this.everWritten = true;
    if (result.ok) {
      this.failures.delete(id);
      this.options.onSaved?.(id, result.value);
      return;
    }
    // Keep what failed, under anything typed since, for the next attempt.
    this.pending.set(id, { ...patch, ...this.pending.get(id) });
    this.failures.set(id, result.error);
  }

  private update(): void {
    const previous = this.snapshotValue;
    const failure = this.failures.values().next();
    let next: AutosaveSnapshot;
    if (this.writing.size > 0) next = { state: 'saving', error: null };
    else if (!failure.done) next = { state: 'failed', error: failure.value };
    else if (this.pending.size > 0) next = { state: 'saving', error: null };
    else next = { state: this.everWritten ? 'saved' : 'idle', error: null };
    if (next.state !== previous.state || next.error !== previous.error) {
      this.snapshotValue = next;
      for (const listener of this.listeners) listener();
    }
  }
}
