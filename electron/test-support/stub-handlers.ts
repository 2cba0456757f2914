import { CALL_NAMES, type Handlers } from '../../shared/contract';

/**
 * A handler table for host tests: the given handlers, and for every other call one that records
 * its name and throws (so a test that reaches it fails loudly). Built from CALL_NAMES, so adding a
 * call to the contract never means editing every host test.
 */
export function stubHandlers(overrides: Partial<Record<keyof Handlers, (input: never) => unknown>> = {}): {
  handlers: Handlers;
  calls: string[];
} {
  const calls: string[] = [];
  const table: Record<string, (input: unknown) => unknown> = {};
  for (const name of CALL_NAMES) {
    const override = overrides[name] as ((input: unknown) => unknown) | undefined;
    table[name] = (input: unknown) => {
      calls.push(name);
      if (override) return override(input);
      throw new Error(`${name} is not expected in this test`);
    };
  }
  return { handlers: table as unknown as Handlers, calls };
}
