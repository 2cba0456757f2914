import type { ReportVersionView, SectionView } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';

/**
 * The order of the two columns in the side-by-side view: Welsh first, always, whatever the
 * interface language. Why fixed rather than "the interface language first":
 * - the Welsh Language Standards ask that Welsh be not treated less favourably, and where both
 *   languages appear together Welsh comes first; Briffio's language switch and first-run dialog
 *   already put Cymraeg first, so the side-by-side view agrees with them;
 * - a councillor who switches the interface language (or shares a screen with a colleague who
 *   reads the other language) finds each language where it was: columns that swapped places
 *   with the interface would lose their place in a long report;
 * - each column is labelled with its language, in that language, so the order is never a guess.
 */
export const COLUMN_ORDER: readonly Language[] = ['cy', 'en'];

/** One row of the side-by-side view: a section key and the section in each version (null: not in it). */
export interface AlignedRow {
  readonly key: string;
  readonly sections: Readonly<Record<Language, SectionView | null>>;
}

function row(key: string, en: SectionView | null, cy: SectionView | null): AlignedRow {
  return { key, sections: { en, cy } };
}

/**
 * The two versions' sections paired by section key (keys are shared by the language versions of
 * one report), in reading order: the English order, with a section only in the Welsh version
 * placed where the Welsh version has it (after the sections that come before it there).
 */
export function alignVersions(en: ReportVersionView | null, cy: ReportVersionView | null): AlignedRow[] {
  const english = en?.sections ?? [];
  const welsh = cy?.sections ?? [];
  const englishKeys = new Set(english.map((section) => section.key));
  const welshIndex = new Map(welsh.map((section, index) => [section.key, index]));
  const used = new Set<string>();
  const rows: AlignedRow[] = [];
  let next = 0;

  /** Welsh-only sections up to (not including) position `end` of the Welsh version. */
  function welshOnlyBefore(end: number): void {
    for (; next < end; next++) {
      const section = welsh[next]!;
      if (!englishKeys.has(section.key) && !used.has(section.key)) {
        used.add(section.key);
        rows.push(row(section.key, null, section));
      }
    }
  }

  for (const section of english) {
    if (used.has(section.key)) continue;
    const index = welshIndex.get(section.key);
    if (index === undefined) {
      rows.push(row(section.key, section, null));
    } else {
      welshOnlyBefore(index);
      rows.push(row(section.key, section, welsh[index]!));
      next = Math.max(next, index + 1);
    }
    used.add(section.key);
  }
  welshOnlyBefore(welsh.length);
  return rows;
}
