import { describe, expect, it } from 'vitest';
import type { PackBlock } from '../../../shared/pack';
import { textToDocument } from '../readers/text-reader';
import type { SourceDocument } from '../source';
import { segmentColumns } from './signs-of-safety';
import { parseStructure, type ParsedSection } from './structure';

function sections(text: string): ParsedSection[] {
  return [...parseStructure(textToDocument(text), 'en').sections];
}

function items(section: ParsedSection | undefined): { text: string; number?: string; level?: number; page?: number; group?: string }[] {
  return (section?.blocks ?? [])
    .filter((block): block is Extract<PackBlock, { type: 'list' }> => block.type === 'list')
    .flatMap((list) => list.items.map((item) => ({ ...item, ...(list.group ? { group: list.group } : {}) })));
}

function paragraphs(section: ParsedSection | undefined): { number?: string; text: string }[] {
  return (section?.blocks ?? []).filter((block): block is Extract<PackBlock, { type: 'paragraph' }> => block.type === 'paragraph');
}

describe('bullets as PDF extraction leaves them', () => {
  it('reads the Symbol font bullet (U+F0B7), \uF0B7 and • as list items', () => {
    const [section] = sections('Background\n\nWe found:\n\uF0B7 fewer delays;\n\uF0B7 more visits;\n• better records.\n');
    expect(items(section).map((item) => item.text)).toEqual(['fewer delays;', 'more visits;', 'better records.']);
  });

  it('reads a line that lost its bullet glyph to a space, after the end of a sentence, as a list item', () => {
    const text = 'Background\n\nThe team reported three changes:\n New duty rota in place.\n Records moved to one system.\n';
    expect(items(sections(text)[0]).map((item) => item.text)).toEqual(['New duty rota in place.', 'Records moved to one system.']);
  });

  it('keeps a wrapped line that starts with a space inside its sentence', () => {
    const text = 'Background\n\nThe work continues with the health board and\n partners across the region.\n';
    expect(paragraphs(sections(text)[0]).map((p) => p.text)).toEqual(['The work continues with the health board and partners across the region.']);
  });
});

describe('numbered paragraphs and their sub-items', () => {
  const text = [
    'Overview of Performance',
    '',
    '1. The quarter went as follows:',
    '',
    'a. Visits were on time.',
    '',
    'b. The new service began, with three teams:',
    '',
    'i. a duty team;',
    '',
    'ii. a family team, which will:',
    '',
    '1. meet families quickly;',
    '',
    '2. agree a plan.',
    '',
    '2. The second paragraph starts here and its wrapped line begins with a figure:',
    '72.4% (439 / 606) of children were placed nearby.',
    '',
    '3.No space after the number is still paragraph 3.',
  ].join('\n');

  it('keeps printed paragraph numbers, even without a space after the point', () => {
    expect(paragraphs(sections(text)[0]).map((p) => p.number)).toEqual(['1', '2', '3']);
  });

  it('does not mistake a figure at the start of a wrapped line for a paragraph number', () => {
    const second = paragraphs(sections(text)[0]).find((p) => p.number === '2')!;
    expect(second.text).toContain('begins with a figure: 72.4% (439 / 606) of children');
  });

  it('does not take a figure at the start of a line for a paragraph number when no paragraphs are numbered', () => {
    const [section] = sections('Key Stats\n\n97.7% of children have a social worker.\n\n84.0 was the rate.\n');
    expect(section!.blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => [item.number, item.text]) : []))).toEqual([
      [undefined, '97.7% of children have a social worker.'],
      [undefined, '84.0 was the rate.'],
    ]);
  });

  it('nests lettered, roman and numbered sub-items with their printed labels', () => {
    expect(items(sections(text)[0]).map((item) => [item.number, item.level ?? 0])).toEqual([
      ['a', 0],
      ['b', 0],
      ['i', 1],
      ['ii', 1],
      ['1', 2],
      ['2', 2],
    ]);
  });

  it('gives known headings fixed keys, so revisions and translations line up', () => {
    const found = sections('Reasons for the Report\n\n1. One.\n\nRhesymau dros yr Adroddiad\n\n2. Dau.\n\nFinancial Implications\n\n3. None.\n');
    expect(found.map((section) => section.key)).toEqual(['reasons', 'reasons-2', 'financial']);
  });

  it('finds a heading it does not know by its shape, and not a sentence that looks like one', () => {
    const text = [
      'Reasons for the Report',
      '',
      '1. Introductory text that ends here.',
      '',
      'Progress on the Education of Looked After Children',
      '',
      '2. Schools shared their research.',
      '',
      'A Steering Group for Looked After Children has been set up within',
      'the service to improve participation.',
    ].join('\n');
    expect(sections(text).map((section) => section.heading)).toEqual(['Reasons for the Report', 'Progress on the Education of Looked After Children']);
  });

  it('splits a known heading run together with a chart title', () => {
    const found = sections('Key Stats Number of children looked after\n\n802 children looked after.\n');
    expect(found[0]).toMatchObject({ key: 'key-stats', kind: 'key_stats', heading: 'Key Stats' });
  });
});

describe('Signs of Safety', () => {
  it('groups the lists under each question', () => {
    const text = [
      'Executive Summary',
      "What's working well?",
      '\uF0B7 Reviews are on time.',
      'What are we worried about?',
      '\uF0B7 Placements far from home.',
      'What do we need to do?',
      '\uF0B7 Recruit local carers.',
    ].join('\n');
    const [summary] = sections(text);
    expect(summary!.kind).toBe('signs_of_safety');
    expect(items(summary).map((item) => [item.group, item.text])).toEqual([
      ['working_well', 'Reviews are on time.'],
      ['worried', 'Placements far from home.'],
      ['to_do', 'Recruit local carers.'],
    ]);
  });

  it('reads the questions in Welsh', () => {
    const text = "Crynodeb Gweithredol\nBeth sy'n gweithio'n dda?\n\uF0B7 Mae'r adolygiadau mewn pryd.\nBeth sy'n ein poeni?\n\uF0B7 Lleoliadau ymhell o gartref.\nBeth sydd angen i ni ei wneud?\n\uF0B7 Recriwtio gofalwyr lleol.\n";
    expect(items(parseStructure(textToDocument(text), 'cy').sections[0]).map((item) => item.group)).toEqual(['working_well', 'worried', 'to_do']);
  });

  it('splits a flattened three-column table back into its columns by what the items say', () => {
    const text = [
      'Children Looked After',
      '',
      "What's working well? What are we worried about? What do we need to do?",
      '',
      '\uF0B7 Maintained stable placements for most children.',
      '',
      '\uF0B7 Achieved the target for health checks.',
      '',
      '\uF0B7 Lack of local places for teenagers.',
      '',
      '\uF0B7 Delay in recording placement moves.',
      '',
      '\uF0B7 Develop local residential places with partners.',
      '',
      '\uF0B7 Review how moves are recorded.',
    ].join('\n');
    const [area] = sections(text);
    expect(area).toMatchObject({ kind: 'signs_of_safety', area: 'Children Looked After' });
    expect(items(area).map((item) => item.group)).toEqual(['working_well', 'working_well', 'worried', 'worried', 'to_do', 'to_do']);
  });

  it('restarts the split where a table continues on a new page under its area heading', () => {
    expect(segmentColumns(['Maintained low moves.', 'Delay in minutes.', 'Develop a plan.'])).toEqual(['working_well', 'worried', 'to_do']);
    const text = [
      "What's working well? What are we worried about? What do we need to do?",
      '\uF0B7 Achieved stable staffing.',
      '\uF0B7 Lack of carers.',
      '\uF0B7 Recruit carers.',
      'Children Looked After',
      '\uF0B7 Maintained low moves.',
      '\uF0B7 Delay in minutes.',
      '\uF0B7 Develop a plan.',
    ].join('\n');
    const [area] = sections(text);
    expect(area!.area).toBe('Children Looked After');
    expect(items(area).map((item) => item.group)).toEqual(['working_well', 'working_well', 'worried', 'worried', 'to_do', 'to_do']);
  });

  it('puts each cell of a tab-separated table in its own column', () => {
    const text = [
      'Children Looked After',
      "\tWhat's working well?\tWhat are we worried about?\tWhat do we need to do?",
      '•\tStable placements.\tFew local carers.\tRecruit carers.',
      '\tand it continues here\t High caseloads.\t',
    ].join('\n');
    const [area] = sections(text);
    expect(items(area).map((item) => [item.group, item.text])).toEqual([
      ['working_well', 'Stable placements. and it continues here'],
      ['worried', 'Few local carers.'],
      ['worried', 'High caseloads.'],
      ['to_do', 'Recruit carers.'],
    ]);
  });

  it('uses x positions from a PDF to split a three-column table exactly', () => {
    const line = (y: number, cells: [number, string][], gapBefore = false) => ({
      page: 2,
      text: cells.map(([, text]) => text).join(' '),
      cells: cells.map(([x, text]) => ({ x, text })),
      gapBefore,
      leadingSpace: false,
    });
    const document: SourceDocument = {
      origin: 'pdf',
      pageCount: 2,
      gapsMarkParagraphs: true,
      lines: [
        line(0, [[56, 'Children Looked After']]),
        line(1, [[56, "What's working well?"], [221, 'What are we worried about?'], [386, 'What do we need to do?']], true),
        line(2, [[56, '• Review meetings are'], [221, '• Too few carers'], [386, '• Recruit more carers']], true),
        line(3, [[66, 'always on time.'], [386, 'this year.'] as [number, string]]),
        line(4, [[221, '• Long waits for adoption.']], true),
      ],
    };
    const [area] = parseStructure(document, 'en').sections;
    expect(items(area).map((item) => [item.group, item.text, item.page])).toEqual([
      ['working_well', 'Review meetings are always on time.', 2],
      ['worried', 'Too few carers', 2],
      ['worried', 'Long waits for adoption.', 2],
      ['to_do', 'Recruit more carers this year.', 2],
    ]);
  });
});

describe('the cover page and the signature', () => {
  it('keeps identity lines out of the sections and takes the signing officer from the end', () => {
    const text = 'COUNTY COUNCIL\n\nSCRUTINY COMMITTEE\n16 January 2018\n\nReasons for the Report\n\n1. Text.\n\nALUN WILLIAMS\nHead of Children’s Services\n2nd January 2018\n';
    const structure = parseStructure(textToDocument(text), 'en');
    expect(structure.header.map((line) => line.text)).toEqual(['COUNTY COUNCIL', 'SCRUTINY COMMITTEE', '16 January 2018']);
    expect(structure.signature).toEqual({ author: 'Alun Williams', role: 'Head of Children’s Services', signedOn: '2018-01-02' });
    expect(paragraphs(structure.sections[0]).map((p) => p.text)).toEqual(['Text.']);
  });

  it('leaves out what a chart leaves in the text layer after the report', () => {
    const text = 'Key Stats\n\n802 children looked after.\n\n2016-17 2017-18 2018-19\n\nCare Leavers\n\nETE - 12 months ETE - 24 months\n\n50 60\n';
    expect(sections(text).map((section) => section.heading)).toEqual(['Key Stats']);
  });
});
