import { describe, expect, it } from 'vitest';
import type { ReportVersionView, SectionView } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import { alignVersions } from './alignVersions';

function section(key: string, lang: Language): SectionView {
  return { id: key.length, key, kind: 'text', heading: `${key} (${lang})`, area: null, blocks: [] } as unknown as SectionView;
}

function version(lang: Language, keys: readonly string[]): ReportVersionView {
  return { lang, revision: 1, title: lang, author: null, authorRole: null, signedOn: null, sections: keys.map((key) => section(key, lang)) };
}

/** Each row as "key:en|cy" with "-" where a version lacks the section. */
function shape(en: readonly string[] | null, cy: readonly string[] | null): string[] {
  return alignVersions(en ? version('en', en) : null, cy ? version('cy', cy) : null).map(
    (row) => `${row.key}:${row.sections.en ? 'en' : '-'}|${row.sections.cy ? 'cy' : '-'}`,
  );
}

describe('aligning the two versions section by section', () => {
  it('pairs sections with the same key, in order', () => {
    expect(shape(['summary', 'kpis', 'cla'], ['summary', 'kpis', 'cla'])).toEqual(['summary:en|cy', 'kpis:en|cy', 'cla:en|cy']);
  });

  it('pairs each section with its own language version', () => {
    const [first] = alignVersions(version('en', ['summary']), version('cy', ['summary']));
    expect(first!.sections.en!.heading).toBe('summary (en)');
    expect(first!.sections.cy!.heading).toBe('summary (cy)');
  });

  it('keeps a section that only one version has, where that version has it', () => {
    expect(shape(['summary', 'extra', 'cla'], ['summary', 'cla'])).toEqual(['summary:en|cy', 'extra:en|-', 'cla:en|cy']);
    expect(shape(['summary', 'cla'], ['summary', 'atodiad', 'cla', 'diwedd'])).toEqual(['summary:en|cy', 'atodiad:-|cy', 'cla:en|cy', 'diwedd:-|cy']);
    expect(shape(['a'], ['b'])).toEqual(['a:en|-', 'b:-|cy']);
  });

  it('shows every section once even when the versions order them differently', () => {
    expect(shape(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual(['a:en|cy', 'b:en|cy', 'c:en|cy']);
    expect(shape(['a', 'b'], ['b', 'x', 'a'])).toEqual(['x:-|cy', 'a:en|cy', 'b:en|cy']);
  });

  it('lists the one version alone when the other is missing', () => {
    expect(shape(['a', 'b'], null)).toEqual(['a:en|-', 'b:en|-']);
    expect(shape(null, ['a'])).toEqual(['a:-|cy']);
    expect(shape(null, null)).toEqual([]);
  });
});
