import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HighlightedText, SearchHit, SearchResults } from '../../shared/search';
import { parseSearchQuery } from '../../shared/search-query';
import { searchPack } from '../test-support/search-pack';
import { useTempDirs } from '../test-support/temp-dir';
import { openDatabase } from './database';
import { MIGRATIONS } from './migrations';
import { writePack } from './pack-writer';
import {
  addNoteTag,
  deleteNewestRevision,
  deleteNote,
  deleteReport,
  insertNote,
  insertQuestion,
  meetingOfReport,
  removeNoteTag,
  searchEntryCounts,
  softDeleteNote,
  softDeleteQuestion,
  updateBlockText,
  updateNoteBody,
  updateQuestion,
} from './search-fixtures';
import { candidatesSql, indexTable, searchLibrary, type SearchFilters } from './search-queries';
import { rebuildSearchIndex, SEARCH_INDEX_TABLES } from './search-rebuild';
import { Store } from './store';

const tempDir = useTempDirs();
const NOW = '2026-01-01T00:00:00.000Z';
const ALL: SearchFilters = { committeeId: null, period: null, limit: 20 };

function openStore(): Store {
  const store = Store.open(path.join(tempDir(), 'db.sqlite'));
  store.writePack(searchPack(), { origin: 'import', now: NOW });
  return store;
}

function search(store: Store, text: string, filters: SearchFilters = ALL): SearchResults {
  return searchLibrary(store.db, parseSearchQuery(text), filters);
}

function mainText(hit: SearchHit): HighlightedText {
  switch (hit.group) {
    case 'reports':
      return hit.text;
    case 'indicators':
      return hit.title.en;
    case 'notes':
      return hit.body;
    case 'questions':
      return hit.text;
  }
}

/** Passage texts found in the Reports group. */
function passages(results: SearchResults): string[] {
  return results.groups.reports.hits.filter((hit) => hit.kind === 'passage').map((hit) => hit.text.text);
}

/** The words marked in every field of every hit. */
function marked(results: SearchResults): string[] {
  const pieces: HighlightedText[] = [];
  for (const hit of [...results.groups.reports.hits, ...results.groups.indicators.hits, ...results.groups.notes.hits, ...results.groups.questions.hits]) {
    if (hit.group === 'indicators') pieces.push(...[hit.code, hit.title.en, hit.title.cy].filter((p): p is HighlightedText => p !== null));
    else if (hit.group === 'notes') pieces.push(...[hit.body, hit.quote, hit.tags].filter((p): p is HighlightedText => p !== null));
    else if (hit.group === 'questions') pieces.push(...[hit.text, hit.answer].filter((p): p is HighlightedText => p !== null));
    else pieces.push(mainText(hit));
  }
  return pieces.flatMap((piece) => piece.ranges.map((range) => piece.text.slice(range.start, range.end)));
}

describe('matching rules', () => {
  it('stems English: "placement" finds "placements" and the other way round', () => {
    const store = openStore();
    expect(passages(search(store, 'placement '))).toEqual(
      expect.arrayContaining([expect.stringContaining('shortage of placements'), expect.stringContaining('One placement in Cardiff')]),
    );
    expect(passages(search(store, 'placements '))).toEqual(expect.arrayContaining([expect.stringContaining('One placement in Cardiff')]));
    expect(marked(search(store, 'placements '))).toEqual(expect.arrayContaining(['placement', 'placements']));
    store.close();
  });

  it('matches the word being typed as a prefix, and a finished word as a whole word', () => {
    const store = openStore();
    expect(passages(search(store, 'plac'))).toHaveLength(2);
    expect(marked(search(store, 'plac'))).toEqual(expect.arrayContaining(['placements', 'placement']));
    expect(passages(search(store, 'plac '))).toEqual([]);
    expect(passages(search(store, 'dentists'))).toEqual([expect.stringContaining('Dentists registered')]);
    store.close();
  });

  it('keeps "quoted phrases" together and in order', () => {
    const store = openStore();
    expect(passages(search(store, 'foster carers '))).toHaveLength(2);
    expect(passages(search(store, '"foster carers"'))).toEqual([expect.stringContaining('foster carers asked')]);
    expect(passages(search(store, '"carers foster"'))).toEqual([]);
    store.close();
  });

  it.each(['scc025', 'SCC/025', 'scc 025', 'Scc-025', 'SCC 025'])('finds indicator code SCC/025 typed as %s', (typed) => {
    const store = openStore();
    const results = search(store, typed);
    expect(passages(results)).toEqual([expect.stringContaining('Statutory visits (SCC/025)')]);
    expect(results.groups.indicators.hits.map((hit) => hit.code?.text)).toEqual(['SCC/025']);
    expect(marked(results)).toEqual(['SCC/025', 'SCC/025']);
    store.close();
  });

  it('finds a code while it is still being typed', () => {
    const store = openStore();
    expect(search(store, 'scc 02').groups.indicators.total).toBe(1);
    expect(search(store, 'scc0').groups.indicators.total).toBe(1);
    store.close();
  });

  it('matches Welsh without diacritics: "ynglyn" finds "ynglŷn" and marks it as written', () => {
    const store = openStore();
    const results = search(store, 'ynglyn');
    expect(passages(results)).toEqual([expect.stringContaining('ynglŷn â’r diffyg')]);
    expect(marked(results)).toEqual(['ynglŷn']);
    expect(passages(search(store, 'dwr'))).toEqual([expect.stringContaining('o ddŵr')]);
    store.close();
  });

  it.each([
    ['gofal', ['ofal', 'Gofal']],
    ['ofal', ['ofal', 'Gofal']],
    ['cymraeg', ['Nghymraeg', 'Gymraeg']],
    ['gymraeg', ['Nghymraeg', 'Gymraeg']],
    ['chymraeg', ['Nghymraeg', 'Gymraeg']],
    ['plant', ['blant', 'mhlant', 'plant']],
    ['phlant', ['blant', 'mhlant', 'plant']],
    ['tad', ['nhad']],
    ['dad', ['nhad']],
    ['bachgen', ['fachgen']],
    ['machgen', ['fachgen']],
    ['dŵr', ['ddŵr']],
    ['llyfr', ['lyfr']],
    ['rhaglen', ['raglen']],
    ['mam', ['fam']],
  ])('matches Welsh across initial mutations: "%s" finds %j', (typed, forms) => {
    const store = openStore();
    const found = marked(search(store, `${typed} `));
    for (const form of forms) expect(found).toContain(form);
    store.close();
  });

  it('requires every word: a passage must hold them all', () => {
    const store = openStore();
    expect(passages(search(store, 'placement swansea '))).toEqual([]);
    expect(passages(search(store, 'placement cardiff '))).toEqual([expect.stringContaining('One placement in Cardiff')]);
    store.close();
  });

  it('finds report titles and section headings as well as passages', () => {
    const store = openStore();
    const kinds = search(store, 'perfformiad').groups.reports.hits.map((hit) => hit.kind);
    expect(kinds).toContain('heading');
    expect(search(store, 'chwilio').groups.reports.hits.map((hit) => hit.kind)).toEqual(['title']);
    store.close();
  });

  it('treats FTS5 syntax typed into the box as words, never as operators', () => {
    const store = openStore();
    for (const text of ['NOT', 'placement NEAR(', '"', 'en : placement', '*', '(', 'placement OR']) {
      expect(() => search(store, text)).not.toThrow();
    }
    store.close();
  });
});

describe('the councillor’s own notes and questions', () => {
  it('finds notes both ways: stemmed as English and with Welsh mutations', () => {
    const store = openStore();
    insertNote(store.db, { id: 'n1', reportId: 1, body: 'Ask about emergency placements.', now: NOW });
    insertNote(store.db, { id: 'n2', reportId: 1, body: 'Holi am ofal maeth yn y sir.', now: NOW });
    expect(search(store, 'placement ').groups.notes.hits.map((hit) => hit.annotationId)).toEqual(['n1']);
    expect(search(store, 'gofal ').groups.notes.hits.map((hit) => hit.annotationId)).toEqual(['n2']);
    expect(marked(search(store, 'gofal '))).toContain('ofal');
    store.close();
  });

  it('finds a note by the passage it quotes and by its tags, and jumps to the quoted passage', () => {
    const store = openStore();
    insertNote(store.db, {
      id: 'n1',
      reportId: 1,
      body: 'Follow up.',
      sectionKey: 'overview',
      lang: 'en',
      quote: 'foster carers asked for more support',
      tags: ['budget'],
      now: NOW,
    });
    const byQuote = search(store, 'support').groups.notes.hits[0]!;
    expect(byQuote.quote?.text).toBe('foster carers asked for more support');
    expect(byQuote.target).toEqual({ kind: 'passage', reportId: 1, sectionKey: 'overview', blockIndex: 1, lang: 'en' });
    expect(search(store, 'budget').groups.notes.hits[0]!.tags).toEqual({ text: 'budget', ranges: [{ start: 0, end: 6 }], clippedStart: false, clippedEnd: false });
    store.close();
  });

  it('finds questions by their text and their answer notes, and leads to the meeting’s questions', () => {
    const store = openStore();
    const meetingId = meetingOfReport(store.db, 1);
    insertQuestion(store.db, { id: 'q1', meetingId, text: 'Why did dental registration fall?', answerNotes: 'The Director will write to members.', now: NOW });
    const byText = search(store, 'dental').groups.questions.hits[0]!;
    expect(byText.target).toEqual({ kind: 'meeting_questions', meetingId });
    expect(byText.answer).toBeNull();
    const byAnswer = search(store, 'director').groups.questions.hits[0]!;
    expect(byAnswer.answer?.text).toBe('The Director will write to members.');
    store.close();
  });
});

describe('filters', () => {
  function twoCommittees(): Store {
    const store = openStore();
    store.writePack(
      searchPack({ key: 'other-report', committee: 'other-committee', period: '2021-22.Q1', date: '2021-09-01', english: ['A new placement panel was set up.'], welsh: ['Sefydlwyd panel lleoliadau newydd.'] }),
      { origin: 'import', now: NOW },
    );
    return store;
  }

  it('narrows every group to one committee', () => {
    const store = twoCommittees();
    const other = store.db.prepare("SELECT id FROM committees WHERE key = 'other-committee'").get() as { id: number };
    const results = search(store, 'placement ', { ...ALL, committeeId: other.id });
    expect(passages(results)).toEqual(['A new placement panel was set up.']);
    expect(search(store, 'scc025', { ...ALL, committeeId: other.id }).groups.indicators.hits[0]!.latestPeriod).toBe('2021-22.Q1');
    store.close();
  });

  it('narrows every group to one period, indicators by the periods they have figures for', () => {
    const store = twoCommittees();
    expect(passages(search(store, 'placement ', { ...ALL, period: '2020-21.Q2' }))).toHaveLength(2);
    expect(search(store, 'scc025', { ...ALL, period: '2020-21.Q2' }).groups.indicators.hits[0]!.latestPeriod).toBe('2020-21.Q2');
    expect(search(store, 'scc025', { ...ALL, period: '2019-20.Q1' }).groups.indicators.total).toBe(0);
    store.close();
  });

  it('filters questions by their meeting', () => {
    const store = twoCommittees();
    insertQuestion(store.db, { id: 'q1', meetingId: meetingOfReport(store.db, 1), text: 'What about placements?', now: NOW });
    expect(search(store, 'placements', { ...ALL, period: '2020-21.Q2' }).groups.questions.total).toBe(1);
    expect(search(store, 'placements', { ...ALL, period: '2021-22.Q1' }).groups.questions.total).toBe(0);
    store.close();
  });

  it('returns at most `limit` hits per group but counts them all', () => {
    const store = openStore();
    const results = search(store, 'o', { ...ALL, limit: 1 });
    expect(results.searched).toBe(false);
    const limited = search(store, 'plant', { ...ALL, limit: 1 });
    expect(limited.groups.reports.hits).toHaveLength(1);
    expect(limited.groups.reports.total).toBeGreaterThan(1);
    store.close();
  });
});

describe('the index stays in step with every write', () => {
  it('indexes only the current revision: a re-imported report replaces the old text', () => {
    const store = openStore();
    store.writePack(searchPack({ english: ['The revised paper mentions kinship carers only.'] }), { origin: 'import', now: NOW });
    expect(passages(search(store, 'shortage'))).toEqual([]);
    expect(passages(search(store, 'kinship'))).toEqual(['The revised paper mentions kinship carers only.']);
    store.close();
  });

  it('makes the previous revision current again when the newest is deleted', () => {
    const store = openStore();
    store.writePack(searchPack({ english: ['The revised paper mentions kinship carers only.'] }), { origin: 'import', now: NOW });
    deleteNewestRevision(store.db, 1, 'en');
    expect(passages(search(store, 'kinship'))).toEqual([]);
    expect(passages(search(store, 'shortage'))).toHaveLength(1);
    store.close();
  });

  it('follows an edited passage', () => {
    const store = openStore();
    updateBlockText(store.db, 1, 'en', 'overview', 4, 'Orthodontists registered 40% of children.');
    expect(passages(search(store, 'dentists'))).toEqual([]);
    expect(passages(search(store, 'orthodontists'))).toEqual(['Orthodontists registered 40% of children.']);
    store.close();
  });

  it('follows notes as they are written, edited, tagged, deleted softly and for good', () => {
    const store = openStore();
    insertNote(store.db, { id: 'n1', reportId: 1, body: 'Ask about respite.', now: NOW });
    expect(search(store, 'respite').groups.notes.total).toBe(1);
    updateNoteBody(store.db, 'n1', 'Ask about adoption.', NOW);
    expect(search(store, 'respite').groups.notes.total).toBe(0);
    expect(search(store, 'adoption').groups.notes.total).toBe(1);
    addNoteTag(store.db, 'n1', 'urgent');
    expect(search(store, 'urgent').groups.notes.total).toBe(1);
    removeNoteTag(store.db, 'n1', 'urgent');
    expect(search(store, 'urgent').groups.notes.total).toBe(0);
    softDeleteNote(store.db, 'n1', NOW);
    expect(search(store, 'adoption').groups.notes.total).toBe(0);
    store.db.prepare('UPDATE annotations SET deleted_at = NULL WHERE id = ?').run('n1');
    expect(search(store, 'adoption').groups.notes.total).toBe(1);
    deleteNote(store.db, 'n1');
    expect(search(store, 'adoption').groups.notes.total).toBe(0);
    expect(searchEntryCounts(store.db)['note']).toBeUndefined();
    store.close();
  });

  it('follows questions as they are written, edited and deleted', () => {
    const store = openStore();
    const meetingId = meetingOfReport(store.db, 1);
    insertQuestion(store.db, { id: 'q1', meetingId, text: 'How many respite nights?', now: NOW });
    expect(search(store, 'respite').groups.questions.total).toBe(1);
    updateQuestion(store.db, 'q1', 'How many adoptions?', 'Answered in writing.', NOW);
    expect(search(store, 'respite').groups.questions.total).toBe(0);
    expect(search(store, 'writing').groups.questions.total).toBe(1);
    softDeleteQuestion(store.db, 'q1', NOW);
    expect(search(store, 'adoptions').groups.questions.total).toBe(0);
    store.close();
  });

  it('forgets a deleted report completely', () => {
    const store = openStore();
    insertNote(store.db, { id: 'n1', reportId: 1, body: 'Ask about respite.', now: NOW });
    const before = searchEntryCounts(store.db);
    deleteReport(store.db, 1);
    const after = searchEntryCounts(store.db);
    expect(before['passage']).toBeGreaterThan(0);
    expect(after).toEqual({ indicator: 1, textRows: 1, stemRows: 1 });
    store.close();
  });

  it('keeps the index as it was when a write is rolled back', () => {
    const store = openStore();
    const before = searchEntryCounts(store.db);
    const broken = searchPack({ key: 'broken', english: ['Unique zebra text.'] });
    const bad = { ...broken, measurements: [{ ...broken.measurements[0]!, indicator: 'missing' }] };
    expect(() => store.writePack(bad, { origin: 'import', now: NOW })).toThrow();
    expect(searchEntryCounts(store.db)).toEqual(before);
    expect(passages(search(store, 'zebra'))).toEqual([]);
    store.close();
  });

  it('indexes what an older database already held when it is upgraded', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    // A library written before search existed (schema 1, no triggers)…
    const old = openDatabase(file, MIGRATIONS.slice(0, 1));
    writePack(old, searchPack(), { origin: 'import', now: NOW });
    old.close();
    // …is indexed by the migration when a newer Briffio opens it.
    const store = Store.open(file);
    expect(passages(search(store, 'ynglyn'))).toHaveLength(1);
    expect(search(store, 'scc025').groups.indicators.total).toBe(1);
    store.close();
  });
});

describe('rebuilding the index', () => {
  it('rebuilds exactly what the triggers built', () => {
    const store = openStore();
    insertNote(store.db, { id: 'n1', reportId: 1, body: 'Ask about respite.', tags: ['b', 'a'], now: NOW });
    insertQuestion(store.db, { id: 'q1', meetingId: meetingOfReport(store.db, 1), text: 'Why?', now: NOW });
    const built = store.db.prepare('SELECT kind, lang, text FROM search_entries ORDER BY kind, text').all();
    const counts = searchEntryCounts(store.db);
    expect(rebuildSearchIndex(store.db)).toEqual({ entries: built.length });
    expect(store.db.prepare('SELECT kind, lang, text FROM search_entries ORDER BY kind, text').all()).toEqual(built);
    expect(searchEntryCounts(store.db)).toEqual(counts);
    store.close();
  });

  it('recovers an index that lost its rows', () => {
    const store = openStore();
    for (const table of SEARCH_INDEX_TABLES) store.db.exec(`DELETE FROM ${table}`);
    expect(passages(search(store, 'ynglyn'))).toEqual([]);
    rebuildSearchIndex(store.db);
    expect(passages(search(store, 'ynglyn'))).toHaveLength(1);
    store.close();
  });

  it('recovers a damaged FTS index that cannot even be queried', () => {
    const store = openStore();
    // better-sqlite3 protects FTS5's shadow tables (SQLite's defensive mode); lift it to do the damage.
    store.db.unsafeMode(true);
    store.db.exec("UPDATE search_reports_stem_data SET block = x'00ffff00' WHERE id > 10");
    store.db.unsafeMode(false);
    expect(() => search(store, 'placement')).toThrow();
    rebuildSearchIndex(store.db);
    expect(passages(search(store, 'placement '))).toHaveLength(2);
    // The triggers came back with the table: later writes are indexed again.
    insertNote(store.db, { id: 'n1', reportId: 1, body: 'Ask about respite.', now: NOW });
    expect(search(store, 'respite').groups.notes.total).toBe(1);
    store.close();
  });
});

describe('hits', () => {
  it('mark only their own words, whatever else matches (each row is highlighted on its own)', () => {
    const store = openStore();
    const results = search(store, 'children');
    for (const hit of results.groups.reports.hits) {
      const text = mainText(hit);
      for (const range of text.ranges) expect(text.text.slice(range.start, range.end).toLowerCase()).toBe('children');
    }
    store.close();
  });

  it('lead to the block that report.get returns at that index', () => {
    const store = openStore();
    for (const word of ['dentists', 'ynglyn', 'swansea']) {
      const hit = search(store, word).groups.reports.hits.find((candidate) => candidate.kind === 'passage')!;
      expect(hit.target.kind).toBe('passage');
      if (hit.target.kind !== 'passage') continue;
      const report = store.report(hit.target.reportId)!;
      const version = report.versions.find((candidate) => candidate.lang === hit.lang)!;
      const { sectionKey, blockIndex } = hit.target;
      const block = version.sections.find((section) => section.key === sectionKey)!.blocks[blockIndex]!;
      expect(block.text).toBe(hit.text.text);
    }
    store.close();
  });

  it('carry the report title in both languages, its period and committee', () => {
    const store = openStore();
    const hit = search(store, 'swansea').groups.reports.hits[0]!;
    expect(hit.report).toEqual({
      id: 1,
      title: { en: 'Search test report', cy: 'Adroddiad prawf chwilio' },
      period: '2020-21.Q2',
      committee: { en: 'Committee test', cy: 'Pwyllgor prawf' },
      meetingDate: '2020-11-10',
    });
    expect(hit.section).toEqual({ key: 'overview', heading: 'Overview of performance' });
    store.close();
  });

  it('are found without sorting: FTS5 hands matches over newest first and the walk stops at the limit', () => {
    const store = openStore();
    for (const filtered of [false, true]) {
      for (const kind of ['text', 'stem'] as const) {
        const sql = candidatesSql(indexTable('notes', kind), filtered);
        const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ match: '"x"', cap: 41, committee: 1, period: '2020-21.Q2' }) as { detail: string }[])
          .map((row) => row.detail)
          .join('\n');
        expect(plan, sql).not.toMatch(/TEMP B-TREE/);
        expect(plan, sql).toMatch(/VIRTUAL TABLE INDEX/);
      }
    }
    store.close();
  });

  it('use the indexes when the triggers look entries up', () => {
    const store = openStore();
    for (const [sql, index] of [
      ['DELETE FROM search_entries WHERE block_id = 1', 'search_entries_block'],
      ["DELETE FROM search_entries WHERE annotation_id = 'x'", 'search_entries_annotation'],
      ["DELETE FROM search_entries WHERE question_id = 'x'", 'search_entries_question'],
      ['DELETE FROM search_entries WHERE version_id = 1', 'search_entries_version'],
    ] as const) {
      const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');
      expect(plan, sql).toContain(index);
    }
    store.close();
  });
});

describe('ranking', () => {
  it('puts whole-word matches before words that only start with what was typed', () => {
    const store = Store.open(path.join(tempDir(), 'db.sqlite'));
    store.writePack(
      searchPack({
        english: ['Placements far from home continue, and care planning helps children settle in their new homes.'],
        welsh: ['Nid yw CareFirst yn cael ei ddiweddaru’n brydlon.'],
      }),
      { origin: 'import', now: NOW },
    );
    expect(passages(search(store, 'care'))[0]).toContain('care planning');
    store.close();
  });
});

describe('what search remembers between keystrokes', () => {
  it('forgets a report title as soon as it changes', () => {
    const store = openStore();
    expect(search(store, 'swansea').groups.reports.hits[0]!.report.title.en).toBe('Search test report');
    store.db.prepare("UPDATE report_versions SET title = 'Renamed report' WHERE lang = 'en'").run();
    expect(search(store, 'swansea').groups.reports.hits[0]!.report.title.en).toBe('Renamed report');
    store.close();
  });

  it('forgets where a note leads when its passage moves', () => {
    const store = openStore();
    insertNote(store.db, { id: 'n1', reportId: 1, body: 'Follow up.', sectionKey: 'overview', lang: 'en', quote: 'Carers and foster families', now: NOW });
    expect(search(store, 'follow').groups.notes.hits[0]!.target).toMatchObject({ blockIndex: 2 });
    store.writePack(searchPack({ english: ['A new first passage.', 'Carers and foster families met again.'] }), { origin: 'import', now: NOW });
    expect(search(store, 'follow').groups.notes.hits[0]!.target).toMatchObject({ blockIndex: 1 });
    store.close();
  });
});
