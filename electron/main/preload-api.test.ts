import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, ipcChannel } from '../../shared/contract';
import { buildPreloadApi } from './preload-api';

describe('buildPreloadApi', () => {
  it('exposes exactly one function per contract call and nothing else', () => {
    const api = buildPreloadApi(vi.fn());
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) expect(typeof api[name]).toBe('function');
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
  });

  it.each(CALL_NAMES)('%s forwards its input to its own channel and returns the answer', async (name) => {
    const answer = { ok: true, value: name };
    const invoke = vi.fn().mockResolvedValue(answer);
    const api = buildPreloadApi(invoke);
    const input = { probe: name };
    expect(await (api[name] as (input: unknown) => Promise<unknown>)(input)).toBe(answer);
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith(ipcChannel(name), input);
  });

  it('cannot be extended or rewired by the page', () => {
    const api = buildPreloadApi(vi.fn()) as unknown as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      'use strict';
      api['invoke'] = () => undefined;
    }).toThrow();
  });
});
