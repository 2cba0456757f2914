import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/annotation-model';
import { fail, ok, type Result } from '../../../shared/result';
import { AnnotationsPreload } from './annotationsPreload';

const note = { id: 'a1', body: 'Ask about waiting times' } as unknown as Annotation;

/** A request whose answer the test gives when it chooses. */
function deferred(): { promise: Promise<Result<Annotation[]>>; answer: (result: Result<Annotation[]>) => void } {
  let answer: (result: Result<Annotation[]>) => void = () => undefined;
  const promise = new Promise<Result<Annotation[]>>((resolve) => {
    answer = resolve;
  });
  return { promise, answer };
}

describe('AnnotationsPreload', () => {
  it('hands the notes asked for beside the report to the first provider only', async () => {
    const preload = new AnnotationsPreload();
    const request = deferred();
    preload.start(7, request.promise);
    expect(preload.peek(7)).toBeNull(); // not answered yet: the provider shows "Loading" and waits
    request.answer(ok([note]));
    await request.promise;
    await Promise.resolve();
    expect(preload.peek(7)).toEqual([note]);
    expect(preload.peek(8)).toBeNull(); // another report's notes are never shown
    await expect(preload.take(7)).resolves.toEqual(ok([note]));
    // Taken: a provider mounted again asks the store afresh rather than showing older notes.
    expect(preload.peek(7)).toBeNull();
    expect(preload.take(7)).toBeNull();
  });

  it('passes a failure on (the panel offers Retry), and a thrown request becomes one', async () => {
    const preload = new AnnotationsPreload();
    preload.start(7, Promise.resolve(fail('internal', 'disk gone')));
    await Promise.resolve();
    expect(preload.peek(7)).toBeNull();
    await expect(preload.take(7)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    preload.start(7, Promise.reject(new Error('bridge closed')));
    await expect(preload.take(7)).resolves.toMatchObject({ ok: false, error: { code: 'internal', message: 'annotations.list: bridge closed' } });
  });

  it('forgets the request when its report screen goes', () => {
    const preload = new AnnotationsPreload();
    preload.start(7, Promise.resolve(ok([note])));
    preload.clear(8);
    expect(preload.take(7)).not.toBeNull();
    preload.start(7, Promise.resolve(ok([note])));
    preload.clear(7);
    expect(preload.take(7)).toBeNull();
  });
});
