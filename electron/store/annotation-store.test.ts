import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionPlainText } from '../../shared/anchoring';
import type { Pack } from '../../shared/pack';
import { fixturePack } from '../test-support/fixture-pack';
import { useTempDirs } from '../test-support/temp-dir';
import { Store } from './store';

const tempDir = useTempDirs();
const T0 = '2026-01-01T09:00:00.000Z';
const T1 = '2026-01-02T09:00:00.000Z';
let nextId = 0;
const newId = () => `00000000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`;

/** The fixture report with its overview paragraph rewritten (and **bold** markup, as importers keep it). */
function withOverview(text: string, pack: Pack = fixturePack()): Pack {
  return {
    ...pack,
    report: {
      ...pack.report,
      versions: pack.report.versions.map((version) => ({
        ...version,
        sections: version.sections.map((section) =>
          section.key === 'overview'
            ? { ...section, blocks: section.blocks.map((block, index) => (index === 0 && block.type === 'paragraph' ? { ...block, text } : block)) }
            : section,
        ),
      })),
    },
  };
}

const ORIGINAL = 'Visits held on time rose this quarter, because **more social workers** joined the locality teams in the autumn.';

function openStore(pack: Pack = withOverview(ORIGINAL)) {
  const store = Store.open(path.join(tempDir(), 'db.sqlite'));
  const { reportId } = store.writePack(pack, { origin: 'import', now: T0 });
  const overview = store.report(reportId)!.versions[0]!.sections[0]!;
  const text = sectionPlainText(overview);
  const annotate = (quote: string, extra: { colour?: 'yellow' | 'green' | 'blue'; body?: string; tags?: string[] } = {}) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" not in the overview`);
    return store.annotations.create(
      { id: newId(), reportId, target: { kind: 'text', lang: 'en', sectionKey: 'overview', start, end: start + quote.length }, colour: extra.colour ?? 'yellow', body: extra.body ?? '', tags: extra.tags ?? [] },
      T0,
    );
  };
  return { store, reportId, text, annotate };
}

describe('creating annotations', () => {
  it('cuts the quote and its context from the stored text, without the **bold** markers', () => {
    const { store, annotate } = openStore();
    const note = annotate('more social workers joined', { body: 'Ask how many stayed' });
    expect(note.target).toMatchObject({ kind: 'text', exact: 'more social workers joined', sectionKey: 'overview' });
    expect(note.target.kind === 'text' && note.target.prefix.endsWith('because ')).toBe(true);
    expect(note.anchorState).toBe('placed');
    expect(store.annotations.get(note.id)).toEqual(note);
    store.close();
  });

  it('trims white space off a selection and refuses one outside the section', () => {
    const { store, reportId, text } = openStore();
    const start = text.indexOf('rose');
    const note = store.annotations.create(
      { id: newId(), reportId, target: { kind: 'text', lang: 'en', sectionKey: 'overview', start: start - 1, end: start + 5 }, colour: 'blue', body: '', tags: [] },
      T0,
    );
    expect(note.target).toMatchObject({ exact: 'rose' });
    expect(() =>
      store.annotations.create({ id: newId(), reportId, target: { kind: 'text', lang: 'en', sectionKey: 'overview', start: 0, end: text.length + 1 }, colour: 'blue', body: '', tags: [] }, T0),
    ).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
    expect(() =>
      store.annotations.create({ id: newId(), reportId, target: { kind: 'section', lang: 'cy', sectionKey: 'overview' }, colour: 'blue', body: '', tags: [] }, T0),
    ).toThrowError(expect.objectContaining({ code: 'not_found' }));
    store.close();
  });

  it('annotates a whole section and an indicator card', () => {
    const { store, reportId } = openStore();
    const section = store.annotations.create({ id: newId(), reportId, target: { kind: 'section', lang: 'en', sectionKey: 'summary' }, colour: 'green', body: 'Good news overall', tags: [] }, T0);
    expect(section.target).toEqual({ kind: 'section', lang: 'en', sectionKey: 'summary', heading: 'Summary' });
    const indicatorId = store.report(reportId)!.indicators[0]!.indicator.id;
    const indicator = store.annotations.create({ id: newId(), reportId, target: { kind: 'indicator', indicatorId }, colour: 'pink', body: '', tags: ['visits'] }, T0);
    expect(indicator.target).toMatchObject({ kind: 'indicator', indicatorId, indicatorCode: 'TST/001', label: 'TST/001' });
    store.close();
  });
});

describe('listing', () => {
  it('lists a report’s notes in document order and filters by colour and tag', () => {
    const { store, reportId, annotate } = openStore();
    const late = annotate('locality teams', { colour: 'green', tags: ['staffing'] });
    const early = annotate('Visits held on time', { colour: 'yellow', tags: ['visits', 'staffing'] });
    const section = store.annotations.create({ id: newId(), reportId, target: { kind: 'section', lang: 'en', sectionKey: 'summary' }, colour: 'green', body: '', tags: [] }, T0);
    expect(store.annotations.listForReport(reportId).map((n) => n.id)).toEqual([early.id, late.id, section.id]);
    expect(store.annotations.listForReport(reportId, { colour: 'green' }).map((n) => n.id)).toEqual([late.id, section.id]);
    expect(store.annotations.listForReport(reportId, { tag: 'staffing' }).map((n) => n.id)).toEqual([early.id, late.id]);
    expect(store.annotations.listForReport(reportId, { tag: 'staffing', colour: 'yellow' }).map((n) => n.id)).toEqual([early.id]);
    expect(early.tags).toEqual(['visits', 'staffing']);
    store.close();
  });

  it('reads a report’s notes through the report index', () => {
    const { store, reportId } = openStore();
    const plan = store.db
      .prepare(`EXPLAIN QUERY PLAN SELECT * FROM annotations a WHERE a.report_id = ? AND a.deleted_at IS NULL AND (? IS NULL OR a.colour = ?) ORDER BY a.sort_key`)
      .all(reportId, null, null) as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING INDEX annotations_report/);
    store.close();
  });

  it('finds notes across reports by words in the note, the quote or a tag, ignoring case and accents', () => {
    const { store, annotate } = openStore();
    const asked = annotate('locality teams', { body: 'Gofyn ynglŷn â’r timau' });
    const quoted = annotate('Visits held on time');
    const tagged = annotate('in the autumn', { tags: ['Recruitment'] });
    const ids = (text: string) => store.annotations.listAll({ text }).map((n) => n.id);
    expect(ids('YNGLYN')).toEqual([asked.id]);
    expect(ids("a'r timau")).toEqual([asked.id]);
    expect(ids('held on')).toEqual([quoted.id]);
    expect(ids('recruit')).toEqual([tagged.id]);
    // LIKE wildcards typed by the councillor match themselves only.
    expect(ids('%')).toEqual([]);
    expect(ids('_')).toEqual([]);
    expect(ids('  ')).toHaveLength(3);
    const item = store.annotations.listAll({ text: 'ynglyn' })[0]!;
    expect(item.report).toMatchObject({ title: { en: 'Test performance summary' }, period: '2020-21.Q2', meetingDate: '2020-11-10' });
    expect(item.sectionHeading).toBe('Overview');
    store.close();
  });

  it('names the paragraph each passage starts in, so My notes can link to it', () => {
    const { store, reportId, annotate } = openStore();
    const first = annotate('rose this quarter');
    const third = annotate('Fewer visits were missed');
    const acrossTwo = annotate('recruited.\nFewer');
    const section = store.annotations.create(
      { id: newId(), reportId, target: { kind: 'section', lang: 'en', sectionKey: 'overview' }, colour: 'blue', body: '', tags: [] },
      T0,
    );
    const blockOf = (id: string) => store.annotations.listAll().find((n) => n.id === id)?.blockIndex;
    expect(blockOf(first.id)).toBe(0);
    expect(blockOf(third.id)).toBe(2);
    expect(blockOf(acrossTwo.id)).toBe(1);
    expect(blockOf(section.id)).toBeNull();
    store.close();
  });
});

describe('editing, deleting and undoing', () => {
  it('autosaves the note alone and moves updated_at', () => {
    const { store, annotate } = openStore();
    const note = annotate('rose this quarter', { tags: ['visits'] });
    const saved = store.annotations.update(note.id, { body: 'Check against last year' }, T1);
    expect(saved).toEqual({ ...note, body: 'Check against last year', updatedAt: T1 });
    const recoloured = store.annotations.update(note.id, { colour: 'purple', tags: ['visits', 'follow up'] }, T1);
    expect(recoloured).toMatchObject({ colour: 'purple', tags: ['visits', 'follow up'], body: 'Check against last year' });
    store.close();
  });

  it('deletes softly, so Undo brings back exactly the same note', () => {
    const { store, reportId, annotate } = openStore();
    const note = annotate('rose this quarter', { body: 'Keep this', tags: ['visits'] });
    const deleted = store.annotations.delete(note.id, T1);
    expect(deleted).toEqual({ annotation: note, deletedAt: T1 });
    expect(store.annotations.listForReport(reportId)).toEqual([]);
    expect(store.annotations.get(note.id)).toBeNull();
    expect(() => store.annotations.update(note.id, { body: 'x' }, T1)).toThrowError(expect.objectContaining({ code: 'not_found' }));
    const restored = store.annotations.restore(note.id, T1);
    expect(restored).toEqual({ ...note, updatedAt: T1 });
    expect(store.annotations.listForReport(reportId)).toEqual([restored]);
    store.close();
  });
});

describe('a revised report replaces the old one', () => {
  function revise(store: Store, text: string, pack?: Pack) {
    return store.writePack(withOverview(text, pack), { origin: 'import', now: T1 });
  }

  it('re-attaches notes to the same passages, marks lost ones unplaced, and deletes none', () => {
    const { store, reportId, annotate } = openStore();
    const moved = annotate('more social workers joined', { body: 'How many stayed?' });
    const edited = annotate('Visits held on time rose this quarter', { body: 'Compare with Q1' });
    const lost = annotate('in the autumn', { body: 'Which month?' });
    const before = store.annotations.listForReport(reportId).length;

    revise(store, 'Statutory visits held on time rose sharply this quarter, because after a long campaign **more social workers** joined the locality teams.');

    const notes = new Map(store.annotations.listForReport(reportId).map((n) => [n.id, n]));
    expect(notes.size).toBe(before);
    expect(notes.get(moved.id)).toMatchObject({ anchorState: 'placed', target: { exact: 'more social workers joined' }, body: 'How many stayed?' });
    expect(notes.get(edited.id)).toMatchObject({ anchorState: 'placed', target: { exact: 'visits held on time rose sharply this quarter' } });
    expect(notes.get(lost.id)).toMatchObject({ anchorState: 'unplaced', target: { exact: 'in the autumn' }, body: 'Which month?' });
    // Placed notes keep document order; the unplaced one comes last, still listed.
    expect([...notes.keys()]).toEqual([edited.id, moved.id, lost.id]);
    // Re-anchoring is not an edit by the councillor.
    expect(notes.get(moved.id)!.updatedAt).toBe(T0);
    store.close();
  });

  it('places an unplaced note again when a later revision restores its passage', () => {
    const { store, reportId, annotate } = openStore();
    const note = annotate('in the autumn');
    revise(store, 'Visits held on time rose this quarter.');
    expect(store.annotations.get(note.id)!.anchorState).toBe('unplaced');
    revise(store, ORIGINAL);
    expect(store.annotations.get(note.id)).toMatchObject({ anchorState: 'placed', target: { exact: 'in the autumn' } });
    expect(store.annotations.listForReport(reportId)).toHaveLength(1);
    store.close();
  });

  it('follows a passage into another section when its own section is gone', () => {
    const { store, annotate } = openStore();
    const note = annotate('more social workers joined the locality teams');
    const revised = withOverview(ORIGINAL);
    const moved: Pack = {
      ...revised,
      report: {
        ...revised.report,
        versions: revised.report.versions.map((version) => ({
          ...version,
          sections: version.sections.map((section) => (section.key === 'overview' ? { ...section, key: 'introduction', heading: 'Introduction' } : section)),
        })),
      },
    };
    store.writePack(moved, { origin: 'import', now: T1 });
    expect(store.annotations.get(note.id)).toMatchObject({ anchorState: 'placed', target: { sectionKey: 'introduction' } });
    store.close();
  });

  it('keeps section and indicator notes, and unplaces a section note whose section is gone', () => {
    const { store, reportId } = openStore();
    const indicatorId = store.report(reportId)!.indicators[0]!.indicator.id;
    const onIndicator = store.annotations.create({ id: newId(), reportId, target: { kind: 'indicator', indicatorId }, colour: 'pink', body: 'Trend?', tags: [] }, T0);
    const onSummary = store.annotations.create({ id: newId(), reportId, target: { kind: 'section', lang: 'en', sectionKey: 'summary' }, colour: 'green', body: '', tags: [] }, T0);
    const pack = withOverview(ORIGINAL);
    const withoutSummary: Pack = {
      ...pack,
      report: { ...pack.report, versions: pack.report.versions.map((v) => ({ ...v, sections: v.sections.filter((s) => s.key !== 'summary') })) },
    };
    store.writePack(withoutSummary, { origin: 'import', now: T1 });
    expect(store.annotations.get(onIndicator.id)!.anchorState).toBe('placed');
    expect(store.annotations.get(onSummary.id)).toMatchObject({ anchorState: 'unplaced', target: { heading: 'Summary' } });
    store.close();
  });

  it('leaves notes untouched when the revision fails half way', () => {
    const { store, reportId, annotate } = openStore();
    annotate('in the autumn');
    const before = store.annotations.listForReport(reportId);
    const bad = withOverview('Something else entirely.');
    const broken = { ...bad, measurements: [...bad.measurements, { ...bad.measurements[0]!, indicator: 'missing' }] };
    expect(() => store.writePack(broken, { origin: 'import', now: T1 })).toThrow();
    expect(store.annotations.listForReport(reportId)).toEqual(before);
    store.close();
  });
});
