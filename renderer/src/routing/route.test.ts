import { describe, expect, it } from 'vitest';
import { libraryHref, parseRoute, reportHref } from './route';

describe('hash routes', () => {
  it('opens the library for an empty hash or #/', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
  });

  it('opens a report by its numeric id', () => {
    expect(parseRoute('#/report/12')).toEqual({ name: 'report', reportId: 12 });
    expect(parseRoute('#/report/12/')).toEqual({ name: 'report', reportId: 12 });
  });

  it('treats anything else as not found', () => {
    expect(parseRoute('#/report/0')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/abc')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/report/-1')).toEqual({ name: 'not_found' });
    expect(parseRoute('#main')).toEqual({ name: 'not_found' });
  });

  it('builds links that parse back to the same route', () => {
    expect(parseRoute(libraryHref())).toEqual({ name: 'library' });
    expect(parseRoute(reportHref(7))).toEqual({ name: 'report', reportId: 7 });
  });
});
