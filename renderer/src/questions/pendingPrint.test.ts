import { describe, expect, it } from 'vitest';
import { requestPrint, takePrintRequest } from './pendingPrint';

describe('print requests', () => {
  it('prints the requested meeting once', () => {
    requestPrint(4);
    expect(takePrintRequest(4)).toBe(true);
    expect(takePrintRequest(4)).toBe(false);
  });

  it('does not print another meeting, and drops a request that was not taken', () => {
    requestPrint(4);
    expect(takePrintRequest(5)).toBe(false);
    expect(takePrintRequest(4)).toBe(false);
  });
});
