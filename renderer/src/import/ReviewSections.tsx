import type { ImportDraft } from '../../../shared/import';
import { langIfDifferent } from '../text/bilingual';
import { useText } from '../text/useText';
import { SECTION_KIND_KEYS } from './importLabels';

/** The sections found, in order, each with its type, first page and how much text it holds. */
export function ReviewSections({ draft }: Readonly<{ draft: ImportDraft }>) {
  const { t, language } = useText();
  const version = draft.versions[0];
  if (!version) return null;
  const lang = langIfDifferent(version.lang, language);
  return (
    <section className="import-section" aria-labelledby="import-sections-heading">
      <h2 id="import-sections-heading">{t('import:review.sections.heading')}</h2>
      <p className="muted">{t('import:review.sections.count', { count: version.sections.length })}</p>
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col">{t('import:review.sections.column.heading')}</th>
            <th scope="col">{t('import:review.sections.column.kind')}</th>
            <th scope="col">{t('import:review.sections.column.page')}</th>
            <th scope="col">{t('import:review.sections.column.blocks')}</th>
          </tr>
        </thead>
        <tbody>
          {version.sections.map((section) => (
            <tr key={section.key}>
              <th scope="row" lang={lang} className="import-table__title">
                {section.area && section.area !== section.heading ? `${section.heading} – ${section.area}` : section.heading}
              </th>
              <td>{t(SECTION_KIND_KEYS[section.kind])}</td>
              <td className="import-table__number">{section.page ?? t('import:review.sections.noPage')}</td>
              <td className="import-table__number">
                {section.blocks.reduce((sum, block) => sum + (block.type === 'list' ? block.items.length : 1), 0)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
