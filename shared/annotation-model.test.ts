import { describe, expect, it } from 'vitest';
import cy from '../locales/cy/annotations.json';
import en from '../locales/en/annotations.json';
import { fromW3C, PALETTE, toW3C, toW3CCollection, W3C_CONTEXT, type Annotation } from './annotation-model';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const TEXT_NOTE: Annotation = {
  id: '3f1b2c4d-0000-4000-8000-000000000001',
  reportId: 4,
  reportKey: 'cla-2019-20-q1',
  target: { kind: 'text', lang: 'cy', sectionKey: 'executive-summary', start: 12, end: 40, exact: 'recriwtio gofalwyr maeth lleol', prefix: 'yn poeni ynglŷn â ', suffix: '.' },
  anchorState: 'placed',
  colour: 'green',
  body: 'Gofyn am y ffigurau.\n\nAc am y gyllideb.',
  tags: ['maethu', 'follow up'],
  sortKey: '0000.00000012',
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-02T09:00:00.000Z',
};

describe('the palette', () => {
  it('names every colour in English and Welsh', () => {
    for (const entry of PALETTE) {
      expect(en.colour[entry.id]).toBeTruthy();
      expect(cy.colour[entry.id]).toBeTruthy();
      expect(entry.nameKey).toBe(`annotations:colour.${entry.id}`);
    }
  });

  it('keeps dark text readable on every highlight (7:1) and every marker visible on white (3:1)', () => {
    for (const entry of PALETTE) {
      expect([entry.id, contrast(entry.highlight, '#1a1a1a') >= 7]).toEqual([entry.id, true]);
      expect([entry.id, contrast(entry.marker, '#ffffff') >= 3]).toEqual([entry.id, true]);
    }
  });
});

describe('W3C Web Annotation mapping', () => {
  it('reads back exactly what it wrote, for text, section and indicator notes', () => {
    const section: Annotation = { ...TEXT_NOTE, id: '3f1b2c4d-0000-4000-8000-000000000002', target: { kind: 'section', lang: 'en', sectionKey: 'key-stats', heading: 'Key stats' }, body: '', tags: [] };
    const indicator: Annotation = {
      ...TEXT_NOTE,
      id: '3f1b2c4d-0000-4000-8000-000000000003',
      target: { kind: 'indicator', indicatorId: 9, indicatorKey: 'scc-025', indicatorCode: 'SCC/025', label: 'SCC/025' },
      tags: ['trend'],
      body: '',
    };
    const collection = toW3CCollection([TEXT_NOTE, section, indicator], { label: 'Notes', generated: '2026-01-03T00:00:00.000Z', appVersion: '1.0.0' });
    const parsed = fromW3C(JSON.parse(JSON.stringify(collection)));
    expect(parsed).toEqual({
      ok: true,
      annotations: [
        {
          id: TEXT_NOTE.id,
          reportKey: 'cla-2019-20-q1',
          target: { kind: 'text', lang: 'cy', sectionKey: 'executive-summary', selector: { start: 12, end: 40, exact: 'recriwtio gofalwyr maeth lleol', prefix: 'yn poeni ynglŷn â ', suffix: '.' } },
          colour: 'green',
          body: TEXT_NOTE.body,
          tags: ['maethu', 'follow up'],
          createdAt: TEXT_NOTE.createdAt,
          updatedAt: TEXT_NOTE.updatedAt,
        },
        expect.objectContaining({ target: { kind: 'section', lang: 'en', sectionKey: 'key-stats', heading: 'Key stats' } }),
        expect.objectContaining({ reportKey: 'cla-2019-20-q1', target: { kind: 'indicator', indicator: 'SCC/025' }, tags: ['trend'] }),
      ],
    });
    expect(toW3C(indicator).motivation).toBe('tagging');
    expect(toW3C(section).motivation).toBe('highlighting');
    expect(toW3C(TEXT_NOTE).motivation).toBe('commenting');
  });

  it('accepts a single annotation from another tool, with bodyValue and extra properties, defaulting the colour', () => {
    const single = {
      '@context': W3C_CONTEXT,
      id: 'urn:uuid:3F1B2C4D-0000-4000-8000-00000000000A',
      type: 'Annotation',
      created: '2026-01-01T10:00:00+01:00',
      creator: { type: 'Person', name: 'Someone' },
      bodyValue: 'A plain note',
      target: {
        source: 'urn:briffio:report:cla-2019-20-q1:lang:en',
        selector: { type: 'FragmentSelector', value: 'section=executive-summary', refinedBy: { type: 'TextQuoteSelector', exact: 'Early Help' } },
      },
    };
    expect(fromW3C(single)).toEqual({
      ok: true,
      annotations: [
        {
          id: '3f1b2c4d-0000-4000-8000-00000000000a',
          reportKey: 'cla-2019-20-q1',
          target: { kind: 'text', lang: 'en', sectionKey: 'executive-summary', selector: { start: 0, end: 10, exact: 'Early Help', prefix: '', suffix: '' } },
          colour: 'yellow',
          body: 'A plain note',
          tags: [],
          createdAt: '2026-01-01T09:00:00.000Z',
          updatedAt: '2026-01-01T09:00:00.000Z',
        },
      ],
    });
  });

  it('says why a file is refused', () => {
    expect(fromW3C('nope')).toMatchObject({ ok: false, reason: 'not_json' });
    expect(fromW3C([])).toMatchObject({ ok: false, reason: 'wrong_format' });
    expect(fromW3C({ type: 'AnnotationCollection' })).toMatchObject({ ok: false, reason: 'wrong_format' });
    expect(fromW3C({ '@context': W3C_CONTEXT, type: 'Person' })).toMatchObject({ ok: false, reason: 'wrong_format' });
    const collection = toW3CCollection([TEXT_NOTE], { label: 'Notes', generated: '2026-01-03T00:00:00.000Z', appVersion: '1.0.0' });
    const noSection = JSON.parse(JSON.stringify(collection));
    noSection.first.items[0].target.selector = [{ type: 'TextQuoteSelector', exact: 'x' }];
    expect(fromW3C(noSection)).toMatchObject({ ok: false, reason: 'invalid', problems: [expect.stringContaining('items.0')] });
    const badDate = JSON.parse(JSON.stringify(collection));
    badDate.first.items[0].created = 'yesterday';
    expect(fromW3C(badDate)).toMatchObject({ ok: false, reason: 'invalid' });
    const tooManyTags = JSON.parse(JSON.stringify(collection));
    tooManyTags.first.items[0].body.push(...Array.from({ length: 25 }, (_, i) => ({ type: 'TextualBody', purpose: 'tagging', value: `t${i}` })));
    expect(fromW3C(tooManyTags)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
