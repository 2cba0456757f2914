import type { Language } from '../../../shared/languages';
import type { PackBlock, PackSection } from '../../../shared/pack';
import type { SourceDocument } from '../source';
import { findIdentity, type FoundIdentity } from './identity';
import { findFigures, type FoundFigures } from './indicators';
import { parseStructure } from './structure';
import { detectLanguage } from './text';

/** Everything found in one report's text: identity, sections and figures. */
export interface ParsedReport {
  readonly language: Language;
  readonly identity: FoundIdentity;
  readonly sections: readonly PackSection[];
  readonly figures: FoundFigures;
  readonly pageCount: number;
}

export function parseReport(document: SourceDocument, fileName: string): ParsedReport {
  const bodyText = document.lines.map((line) => line.text).join('\n');
  const language = detectLanguage(bodyText);
  const structure = parseStructure(document, language);
  const identity = findIdentity({
    header: structure.header,
    sections: structure.sections,
    numberedParagraphs: structure.numberedParagraphs,
    signature: structure.signature,
    fileName,
    language,
    bodyText,
  });
  const figures = findFigures(structure.sections, identity.period, language);
  // Page numbers mean something for a PDF, or a text whose pages were kept (form feeds).
  const keepPages = document.origin === 'pdf' || document.pageCount > 1;
  const sections: PackSection[] = [];
  for (const section of structure.sections) {
    const blocks = section.blocks
      .filter((block): block is PackBlock => block.type !== 'numbers')
      .map((block) => (keepPages ? block : withoutPages(block)));
    if (blocks.length === 0) continue;
    sections.push({
      key: section.key,
      kind: section.kind,
      heading: section.heading.trim() || identity.title,
      ...(section.area ? { area: section.area } : {}),
      ...(keepPages ? { page: section.page } : {}),
      blocks,
    });
  }
  if (!keepPages) {
    for (const indicator of figures.indicators) indicator.measurements = indicator.measurements.map(({ page: _page, ...rest }) => rest);
  }
  return {
    language,
    identity,
    sections,
    figures: keepPages ? figures : { ...figures, keyStats: figures.keyStats.map(({ page: _page, ...rest }) => ({ ...rest })) },
    pageCount: document.pageCount,
  };
}

function withoutPages(block: PackBlock): PackBlock {
  if (block.type === 'paragraph') {
    const { page: _page, ...rest } = block;
    return rest;
  }
  return { ...block, items: block.items.map(({ page: _page, ...item }) => item) };
}
