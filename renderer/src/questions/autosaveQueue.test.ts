import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '../../../shared/result';
import { AutosaveQueue } from './autosaveQueue';

interface Patch {
  text?: string;
  status?: string;
}

/** A save whose answers the test releases one at a time, in the order it chooses. */
function controlledSave() {
  const calls: { id: string; patch: Patch; answer: (result: Result<string>) => void }[] = [];
  const save = (id: string, patch: Patch) => new Promise<Result<string>>((answer) => calls.push({ id, patch, answer }));
  return { calls, save };
}

async function settle(): Promise<void> {
  await vi.runAllTimersAsync();
}

describe('autosave of questions as they are typed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then writes the latest words once', async () => {
    const { calls, save } = controlledSave();
    const queue = new AutosaveQueue<Patch, string>({ save, delayMs: 400 });
    queue.schedule('q1', { text: 'Wh' });
    vi.advanceTimersByTime(200);
    queue.schedule('q1', { text: 'Why?' });
    vi.advanceTimersByTime(399);
    expect(calls).toHaveLength(0);
    expect(queue.snapshot().state).toBe('saving');
    vi.advanceTimersByTime(1);
    expect(calls.map((c) => c.patch)).toEqual([{ text: 'Why?' }]);
    calls[0]!.answer(ok('saved'));
    await settle();
    expect(queue.snapshot()).toEqual({ state: 'saved', error: null });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('writes at once on flush (leaving a field or the screen)', async () => {
    const { calls, save } = controlledSave();
    const queue = new AutosaveQueue<Patch, string>({ save, delayMs: 400 });
    queue.schedule('q1', { text: 'Why?' });
    queue.schedule('q2', { status: 'asked' });
    const flushed = queue.flush();
    expect(calls.map((c) => c.id).sort()).toEqual(['q1', 'q2']);
    for (const call of calls) call.answer(ok('saved'));
    await flushed;
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('writes one question’s changes in order, never letting an older text land last', async () => {
    const { calls, save } = controlledSave();
    const saved: string[] = [];
    const queue = new AutosaveQueue<Patch, string>({ save, delayMs: 400, onSaved: (_id, value) => saved.push(value) });
    queue.schedule('q1', { text: 'first' });
    void queue.flush('q1');
    queue.schedule('q1', { text: 'second' });
    void queue.flush('q1');
    await Promise.resolve();
    // The second write waits for the first to be answered.
    expect(calls.map((c) => c.patch.text)).toEqual(['first']);
    calls[0]!.answer(ok('one'));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.patch.text).toBe('second');
    calls[1]!.answer(ok('two'));
    await settle();
    expect(saved).toEqual(['one', 'two']);
  });

  it('keeps failed changes, shows why, and writes them with newer ones on retry', async () => {
    const { calls, save } = controlledSave();
    const queue = new AutosaveQueue<Patch, string>({ save, delayMs: 400 });
    queue.schedule('q1', { text: 'Why?', status: 'ready' });
    vi.advanceTimersByTime(400);
    calls[0]!.answer(fail('disk_full', 'No space'));
    await settle();
    expect(queue.snapshot().state).toBe('failed');
    expect(queue.snapshot().error?.code).toBe('disk_full');
    expect(queue.hasUnsaved()).toBe(true);
    queue.schedule('q1', { text: 'Why so?' });
    expect(queue.snapshot().state).toBe('failed');
    void queue.flush();
    expect(calls[1]!.patch).toEqual({ text: 'Why so?', status: 'ready' });
    calls[1]!.answer(ok('saved'));
    await settle();
    expect(queue.snapshot()).toEqual({ state: 'saved', error: null });
  });

  it('forgets the changes of a deleted question', async () => {
    const { calls, save } = controlledSave();
    const queue = new AutosaveQueue<Patch, string>({ save, delayMs: 400 });
    queue.schedule('q1', { text: 'Why?' });
    queue.discard('q1');
    await settle();
    expect(calls).toHaveLength(0);
    expect(queue.hasUnsaved()).toBe(false);
  });
});
