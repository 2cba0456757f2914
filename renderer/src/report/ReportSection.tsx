import type { SectionView } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import { BlockSequence } from './BlockSequence';
import { hasSignsOfSafetyGroups } from './blocks';
import { SignsOfSafetyGroups } from './SignsOfSafetyGroups';

/** One section of the report's own text; it inherits the version's `lang` from the report body. */
export function ReportSection({ section, contentLanguage }: Readonly<{ section: SectionView; contentLanguage: Language }>) {
  const grouped = section.kind === 'signs_of_safety' || hasSignsOfSafetyGroups(section.blocks);
  return (
    <section className={`report-section report-section--${section.kind}`}>
      <h2>{section.heading}</h2>
      {section.area && section.area !== section.heading ? <p className="report-section__area">{section.area}</p> : null}
      {grouped ? (
        <SignsOfSafetyGroups blocks={section.blocks} contentLanguage={contentLanguage} />
      ) : (
        <BlockSequence blocks={section.blocks} />
      )}
    </section>
  );
}
