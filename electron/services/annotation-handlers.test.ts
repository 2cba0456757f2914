import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionPlainText } from '../../shared/anchoring';
import type {
  Annotation,
  AnnotationImportResult,
  AnnotationListItem,
  DownloadFile,
  W3CAnnotationCollection,
} from '../../shared/annotation-model';
import { W3C_CONTEXT } from '../../shared/annotation-model';
import type { CallName } from '../../shared/contract';
import { dispatch } from '../../shared/dispatch';
import type { LibraryView, ReportView } from '../../shared/domain';
import { packSchema, type Pack } from '../../shared/pack';
import type { Result } from '../../shared/result';
import { openCore, type BriffioCore } from '../core/open-core';
import { useTempDirs } from '../test-support/temp-dir';

/**
 * The annotation calls through the handler table, against the bundled sample library (English
 * and Welsh versions, coded indicators), on real SQLite files.
 */

const tempDir = useTempDirs();
const repoRoot = path.resolve(__dirname, '../..');
let clock = Date.parse('2026-01-05T09:00:00.000Z');
const tick = () => new Date((clock += 1000)).toISOString();

function open(dataDir = tempDir()): BriffioCore {
  return openCore({ dataDir, appRoot: repoRoot, version: 'test', host: 'browser', now: tick, rollingBackups: false });
}

async function call<T>(core: BriffioCore, name: CallName, input: unknown): Promise<T> {
  const result = (await dispatch(core.handlers, name, input)) as Result<T>;
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function reportByKey(core: BriffioCore, key: string): Promise<ReportView> {
  const library = await call<LibraryView>(core, 'library.get', {});
  const summary = library.committees.flatMap((c) => c.meetings.flatMap((m) => m.reports)).find((r) => r.key === key)!;
  return call<ReportView>(core, 'report.get', { reportId: summary.id });
}

const REPORT = 'cla-2019-20-q1';

/** Highlights the first occurrence of `quote` in a section, as the renderer would after a selection. */
async function highlight(core: BriffioCore, quote: string, extra: Record<string, unknown> = {}, lang: 'en' | 'cy' = 'en'): Promise<Annotation> {
  const report = await reportByKey(core, REPORT);
  const version = report.versions.find((v) => v.lang === lang)!;
  for (const section of version.sections) {
    const start = sectionPlainText(section).indexOf(quote);
    if (start >= 0) {
      return call<Annotation>(core, 'annotations.create', {
        reportId: report.id,
        target: { kind: 'text', lang, sectionKey: section.key, start, end: start + quote.length },
        colour: 'yellow',
        ...extra,
      });
    }
  }
  throw new Error(`"${quote}" is not in ${REPORT} (${lang})`);
}

/** A passage of the sample report that is long enough to highlight, taken from its own text. */
async function passages(core: BriffioCore, lang: 'en' | 'cy' = 'en'): Promise<string[]> {
  const report = await reportByKey(core, REPORT);
  const section = report.versions.find((v) => v.lang === lang)!.sections[0]!;
  return sectionPlainText(section)
    .split('\n')
    .map((line) => line.slice(0, 40).trim())
    .filter((line) => line.length >= 20);
}

/** The sample report as a revised paper would be: `passage` gone from its text. */
function reviseSample(passage: string): Pack {
  const pack = packSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'assets', 'sample-library', `${REPORT}.pack.json`), 'utf8')));
  const cut = (text: string) => text.replace(passage, '');
  return {
    ...pack,
    report: {
      ...pack.report,
      versions: pack.report.versions.map((version) => ({
        ...version,
        sections: version.sections.map((section) => ({
          ...section,
          blocks: section.blocks.map((block) => (block.type === 'paragraph' ? { ...block, text: cut(block.text) } : { ...block, items: block.items.map((item) => ({ ...item, text: cut(item.text) })) })),
        })),
      })),
    },
  };
}

async function annotateAFew(core: BriffioCore): Promise<void> {
  const [first, second] = await passages(core);
  const [welsh] = await passages(core, 'cy');
  const report = await reportByKey(core, REPORT);
  await highlight(core, first!, { body: 'Ask what changed since Q4.', tags: ['staffing', 'follow up'] });
  await highlight(core, second!, { colour: 'blue' });
  await highlight(core, welsh!, { colour: 'green', body: 'Gofyn ynglŷn â hyn.' }, 'cy');
  await call(core, 'annotations.create', { reportId: report.id, target: { kind: 'section', lang: 'en', sectionKey: report.versions[0]!.sections[1]!.key }, colour: 'purple', body: 'Whole section' });
  const coded = report.indicators.find((entry) => entry.indicator.code !== null)!.indicator;
  await call(core, 'annotations.create', { reportId: report.id, target: { kind: 'indicator', indicatorId: coded.id }, colour: 'pink', tags: ['trend'] });
  const deleted = await highlight(core, second!, { body: 'Deleted before export' });
  await call(core, 'annotations.delete', { id: deleted.id });
}

describe('creating and editing through the calls', () => {
  it('cuts the quote from the stored text, autosaves, deletes and undoes', async () => {
    const core = open();
    const [passage] = await passages(core);
    const note = await highlight(core, passage!, { body: 'First thought' });
    expect(note.target).toMatchObject({ kind: 'text', exact: passage });
    const saved = await call<Annotation>(core, 'annotations.update', { id: note.id, body: 'Second thought' });
    expect(saved.body).toBe('Second thought');
    const deleted = await call<{ annotation: Annotation; deletedAt: string }>(core, 'annotations.delete', { id: note.id });
    expect(deleted.annotation.body).toBe('Second thought');
    expect(await call<Annotation[]>(core, 'annotations.list', { reportId: note.reportId })).toEqual([]);
    const restored = await call<Annotation>(core, 'annotations.restore', { id: note.id });
    expect(await call<Annotation[]>(core, 'annotations.list', { reportId: note.reportId })).toEqual([restored]);
    core.close();
  });

  it('answers not_found for a report, section or note that does not exist', async () => {
    const core = open();
    for (const [name, input] of [
      ['annotations.list', { reportId: 999 }],
      ['annotations.create', { reportId: 999, target: { kind: 'section', lang: 'en', sectionKey: 'x' }, colour: 'yellow' }],
      ['annotations.update', { id: '3f1b2c4d-0000-4000-8000-000000000000', body: 'x' }],
      ['annotations.restore', { id: '3f1b2c4d-0000-4000-8000-000000000000' }],
    ] as const) {
      expect(await dispatch(core.handlers, name, input)).toEqual({ ok: false, error: { code: 'not_found', message: expect.any(String) } });
    }
    core.close();
  });
});

describe('W3C Web Annotation export and import', () => {
  it('exports a W3C AnnotationCollection that names the report, section, quote and colour', async () => {
    const core = open();
    await annotateAFew(core);
    const file = await call<DownloadFile<W3CAnnotationCollection>>(core, 'annotations.exportW3C', {});
    expect(file.fileName).toMatch(/^briffio-notes-\d{4}-\d{2}-\d{2}\.json$/);
    const collection = file.document;
    expect(collection['@context'][0]).toBe(W3C_CONTEXT);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 5, first: { type: 'AnnotationPage' } });
    const commented = collection.first.items.find((item) => item.motivation === 'commenting' && item.body?.some((b) => b.purpose === 'tagging'))!;
    expect(commented.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(commented.target).toMatchObject({ source: `urn:briffio:report:${REPORT}:lang:en` });
    expect(commented.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Ask what changed since Q4.', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'staffing' },
      { type: 'TextualBody', purpose: 'tagging', value: 'follow up' },
    ]);
    const indicator = collection.first.items.find((item) => String(item.target['source']).startsWith('urn:briffio:indicator:'))!;
    expect(indicator.target['scope']).toBe(`urn:briffio:report:${REPORT}`);
    expect(indicator['briffio:colour']).toBe('pink');
    core.close();
  });

  it('round-trips losslessly into a fresh library on another laptop, unplaced notes included', async () => {
    const here = open();
    await annotateAFew(here);
    // A revised paper dropped one highlighted passage: that note is unplaced, and must travel too.
    const [, , third] = await passages(here);
    await highlight(here, third!, { body: 'On a passage the revision drops' });
    const revised = reviseSample(third!);
    here.store.writePack(revised, { origin: 'import', now: tick() });
    const exported = await call<DownloadFile<W3CAnnotationCollection>>(here, 'annotations.exportW3C', {});
    const mine = await call<AnnotationListItem[]>(here, 'annotations.listAll', {});

    expect(mine.filter((note) => note.anchorState === 'unplaced').map((note) => note.body)).toEqual(['On a passage the revision drops']);

    const there = open();
    there.store.writePack(revised, { origin: 'import', now: tick() });
    // As it travels: written to a file as text, read back as text.
    const result = await call<AnnotationImportResult>(there, 'annotations.importW3C', { document: JSON.stringify(exported.document) });
    expect(result).toEqual({ outcome: 'imported', imported: 6, updated: 0, unchanged: 0, unplaced: 1, skipped: [] });
    expect(await call<AnnotationListItem[]>(there, 'annotations.listAll', {})).toEqual(mine);
    here.close();
    there.close();
  });

  it('imports the same file twice without duplicates, and takes a newer copy of a note', async () => {
    const here = open();
    await annotateAFew(here);
    const { document } = await call<DownloadFile<W3CAnnotationCollection>>(here, 'annotations.exportW3C', {});
    const there = open();
    await call(there, 'annotations.importW3C', { document });
    const again = await call<AnnotationImportResult>(there, 'annotations.importW3C', { document });
    expect(again).toMatchObject({ outcome: 'imported', imported: 0, updated: 0, unchanged: 5 });
    expect(await call<AnnotationListItem[]>(there, 'annotations.listAll', {})).toHaveLength(5);

    const edited = structuredClone(document) as W3CAnnotationCollection;
    const item = edited.first.items.find((candidate) => candidate.body?.some((b) => b.purpose === 'commenting' && b.value.startsWith('Ask')))!;
    (item as { modified: string }).modified = '2030-01-01T00:00:00.000Z';
    (item.body![0] as { value: string }).value = 'Edited on the other laptop';
    const newer = await call<AnnotationImportResult>(there, 'annotations.importW3C', { document: edited });
    expect(newer).toMatchObject({ imported: 0, updated: 1, unchanged: 4 });
    const all = await call<AnnotationListItem[]>(there, 'annotations.listAll', {});
    expect(all.filter((note) => note.body === 'Edited on the other laptop')).toHaveLength(1);
    expect(all).toHaveLength(5);
    here.close();
    there.close();
  });

  it('skips, with the reason, notes on a report this library does not have, and notes from other tools', async () => {
    const here = open();
    await annotateAFew(here);
    const { document } = await call<DownloadFile<W3CAnnotationCollection>>(here, 'annotations.exportW3C', {});
    const moved = structuredClone(document) as W3CAnnotationCollection;
    const first = moved.first.items[0]! as { target: Record<string, unknown> };
    first.target = { ...first.target, source: 'urn:briffio:report:not-in-this-library:lang:en' };
    const second = moved.first.items[1]! as { target: Record<string, unknown> };
    second.target = { source: 'https://example.org/some-page.html', selector: { type: 'TextQuoteSelector', exact: 'something' } };
    const there = open();
    const result = await call<AnnotationImportResult>(there, 'annotations.importW3C', { document: moved });
    expect(result).toMatchObject({ outcome: 'imported', imported: 3 });
    expect(result.outcome === 'imported' && result.skipped).toEqual([
      { id: moved.first.items[0]!.id.slice(9), reason: 'report_missing', detail: 'not-in-this-library' },
      { id: moved.first.items[1]!.id.slice(9), reason: 'not_briffio_target', detail: 'https://example.org/some-page.html' },
    ]);
    here.close();
    there.close();
  });

  it('refuses a bad file whole and leaves the library byte for byte as it was', async () => {
    const here = open();
    await annotateAFew(here);
    const { document } = await call<DownloadFile<W3CAnnotationCollection>>(here, 'annotations.exportW3C', {});
    const oneBadItem = structuredClone(document) as W3CAnnotationCollection;
    (oneBadItem.first.items[3] as { id: string }).id = 'urn:uuid:not-a-uuid';
    const noQuote = structuredClone(document) as W3CAnnotationCollection;
    (noQuote.first.items[0]!.target as { selector: unknown }).selector = [{ type: 'FragmentSelector', value: 'section=x', refinedBy: { type: 'TextPositionSelector', start: 1, end: 4 } }];
    const wrongContext = { ...structuredClone(document), '@context': 'http://example.org/other' };
    const cases: [unknown, string][] = [
      ['{ this is not json', 'not_json'],
      [{ format: 'briffio-backup', version: 1 }, 'wrong_format'],
      [{ '@context': W3C_CONTEXT, type: 'Something' }, 'wrong_format'],
      [wrongContext, 'invalid'],
      [oneBadItem, 'invalid'],
      [noQuote, 'invalid'],
      [{ ...structuredClone(document), first: { type: 'AnnotationPage', items: 'none' } }, 'invalid'],
    ];

    const there = open();
    await call(there, 'annotations.importW3C', { document });
    there.store.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = readFileSync(there.databaseFile);
    for (const [file, reason] of cases) {
      const result = await call<AnnotationImportResult>(there, 'annotations.importW3C', { document: file });
      expect({ reason, result }).toEqual({ reason, result: { outcome: 'rejected', reason, problems: expect.any(Array) } });
    }
    there.store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(there.databaseFile).equals(before)).toBe(true);
    here.close();
    there.close();
  });
});

describe('the printable export', () => {
  it('writes every note as Markdown in English, with the quote, colour name, tags and note', async () => {
    const core = open();
    await annotateAFew(core);
    const file = await call<DownloadFile<string>>(core, 'annotations.exportDocument', { format: 'markdown', language: 'en' });
    expect(file.fileName).toMatch(/^briffio-notes-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file.document).toMatch(/^# My notes from Briffio\n/);
    expect(file.document).toContain('5 notes');
    expect(file.document).toContain('Colour: Yellow · Tags: staffing, follow up');
    expect(file.document).toContain('Ask what changed since Q4.');
    expect(file.document).toMatch(/Exported on \d{1,2} January 2026/);
    expect(file.document).not.toContain('Deleted before export');
    core.close();
  });

  it('writes a self-contained HTML page in Welsh with no English words of its own, escaping the notes', async () => {
    const core = open();
    await annotateAFew(core);
    const [passage] = await passages(core);
    await highlight(core, passage!, { body: '<script>alert(1)</script> & "quotes"' });
    const file = await call<DownloadFile<string>>(core, 'annotations.exportDocument', { format: 'html', language: 'cy' });
    const page = file.document;
    expect(file.fileName).toMatch(/^briffio-nodiadau-\d{4}-\d{2}-\d{2}\.html$/);
    expect(page).toContain('<html lang="cy">');
    expect(page).toContain('<h1>Fy nodiadau o Briffio</h1>');
    expect(page).toContain('6 nodyn');
    expect(page).toMatch(/Allforiwyd ar \d{1,2} Ionawr 2026/);
    expect(page).toContain('Lliw: Melyn · Tagiau: staffing, follow up');
    expect(page).not.toMatch(/Colour:|Tags:|Exported on|Section:|Last edited/);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;');
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    core.close();
  });
});
