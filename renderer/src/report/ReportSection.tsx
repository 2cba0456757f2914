import type { SectionView } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import { AnnotateTargetButton } from '../annotations/AnnotateTargetButton';
import { langIfDifferent } from '../text/bilingual';
import { useText } from '../text/useText';
import { BlockSequence } from './BlockSequence';
import { hasSignsOfSafetyGroups, indexBlocks, sectionElementId } from './blocks';
import { SignsOfSafetyGroups } from './SignsOfSafetyGroups';

/**
 * One section of the report's own text; it inherits the version's `lang` from the report body.
 * Its id (s-<key>) is the target of deep links and of the table of contents. A report imported
 * from a PDF says, in small print under the heading, which page of the original the section
 * starts on; the sample library's reports have no pages and say nothing.
 */
export function ReportSection({ section, contentLanguage }: Readonly<{ section: SectionView; contentLanguage: Language }>) {
  const { t, language } = useText();
  const grouped = section.kind === 'signs_of_safety' || hasSignsOfSafetyGroups(section.blocks);
  return (
    <section id={sectionElementId(section.key)} className={`report-section report-section--${section.kind}`}>
      <h2 id={`${sectionElementId(section.key)}-heading`}>{section.heading}</h2>
      {section.page !== null ? (
        <p className="report-section__page" lang={langIfDifferent(language, contentLanguage)}>
          {t('report:sectionPage', { page: section.page })}
        </p>
      ) : null}
      <AnnotateTargetButton target={{ kind: 'section', lang: contentLanguage, sectionKey: section.key }} describedBy={`${sectionElementId(section.key)}-heading`} />
      {section.area && section.area !== section.heading ? <p className="report-section__area">{section.area}</p> : null}
      {grouped ? (
        <SignsOfSafetyGroups blocks={section.blocks} sectionKey={section.key} contentLanguage={contentLanguage} />
      ) : (
        <BlockSequence blocks={indexBlocks(section.blocks)} sectionKey={section.key} />
      )}
    </section>
  );
}
