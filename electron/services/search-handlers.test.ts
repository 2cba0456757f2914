import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/contract';
import { dispatch } from '../../shared/dispatch';
import type { LibraryView } from '../../shared/domain';
import type { Result } from '../../shared/result';
import { DEFAULT_SEARCH_LIMIT, type SearchRebuildOutcome, type SearchResults } from '../../shared/search';
import { Store } from '../store/store';
import { searchPack } from '../test-support/search-pack';
import { useTempDirs } from '../test-support/temp-dir';
import type { HandlerDeps } from './handler-deps';
import { searchHandlers } from './search-handlers';
import path from 'node:path';

const tempDir = useTempDirs();
const NOW = '2026-01-01T00:00:00.000Z';

/** The search calls over a store holding the test report, reached through dispatch as the hosts do. */
function open(): { store: Store; call: (name: 'search.query' | 'search.rebuild', input: unknown) => Promise<Result<unknown>> } {
  const store = Store.open(path.join(tempDir(), 'db.sqlite'));
  store.writePack(searchPack(), { origin: 'import', now: NOW });
  const deps: HandlerDeps = { store, info: () => { throw new Error('not used'); }, settingsChanged: () => undefined, now: () => NOW };
  const handlers = searchHandlers(deps) as unknown as Handlers;
  return { store, call: (name, input) => dispatch(handlers, name, input) };
}

async function query(call: ReturnType<typeof open>['call'], input: unknown): Promise<SearchResults> {
  const result = await call('search.query', input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as SearchResults;
}

describe('search.query', () => {
  it('answers grouped hits with ranges and targets', async () => {
    const { store, call } = open();
    const results = await query(call, { text: 'scc 025' });
    expect(results.searched).toBe(true);
    expect(results.groups.reports.hits[0]).toMatchObject({
      group: 'reports',
      kind: 'passage',
      lang: 'en',
      text: { text: 'Statutory visits (SCC/025) fell to 93.8% this quarter.', ranges: [{ start: 18, end: 25 }] },
      target: { kind: 'passage', reportId: 1, sectionKey: 'overview', blockIndex: 3, lang: 'en' },
    });
    expect(results.groups.indicators.hits[0]).toMatchObject({ group: 'indicators', target: { kind: 'indicator', indicatorId: 1 }, latestPeriod: '2020-21.Q2' });
    expect(results.total).toBe(results.groups.reports.total + results.groups.indicators.total);
    store.close();
  });

  it(`gives at most ${DEFAULT_SEARCH_LIMIT} hits per group unless asked`, async () => {
    const { store, call } = open();
    store.writePack(searchPack({ key: 'more', english: Array.from({ length: 12 }, (_, i) => `Placement review number ${i + 1}.`) }), { origin: 'import', now: NOW });
    const results = await query(call, { text: 'placement' });
    expect(results.groups.reports.hits).toHaveLength(DEFAULT_SEARCH_LIMIT);
    expect(results.groups.reports.total).toBeGreaterThan(DEFAULT_SEARCH_LIMIT);
    expect((await query(call, { text: 'placement', limit: 3 })).groups.reports.hits).toHaveLength(3);
    store.close();
  });

  it('answers "nothing searched" for empty text or a single letter', async () => {
    const { store, call } = open();
    for (const text of ['', '   ', 'p']) {
      const results = await query(call, { text });
      expect(results).toMatchObject({ searched: false, total: 0 });
    }
    store.close();
  });

  it('applies committee and period filters', async () => {
    const { store, call } = open();
    store.writePack(searchPack({ key: 'other', committee: 'other-committee', period: '2021-22.Q1', date: '2021-09-01' }), { origin: 'import', now: NOW });
    const library = store.library() as LibraryView;
    const other = library.committees.find((committee) => committee.key === 'other-committee')!;
    const all = await query(call, { text: 'swansea' });
    expect(all.groups.reports.total).toBe(2);
    const narrowed = await query(call, { text: 'swansea', committeeId: other.id });
    expect(narrowed.groups.reports.hits.map((hit) => hit.report.period)).toEqual(['2021-22.Q1']);
    const byPeriod = await query(call, { text: 'swansea', period: '2020-21.Q2' });
    expect(byPeriod.groups.reports.hits.map((hit) => hit.report.period)).toEqual(['2020-21.Q2']);
    store.close();
  });
});

describe('search.rebuild', () => {
  it('rebuilds the index and search works the same afterwards', async () => {
    const { store, call } = open();
    const before = await query(call, { text: 'ynglyn' });
    const rebuilt = await call('search.rebuild', {});
    expect(rebuilt).toEqual({ ok: true, value: expect.objectContaining({ entries: expect.any(Number) }) });
    expect((rebuilt as { value: SearchRebuildOutcome }).value.entries).toBeGreaterThan(10);
    expect(await query(call, { text: 'ynglyn' })).toEqual(before);
    store.close();
  });
});
