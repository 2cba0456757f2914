import type { ReportView } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import { PageHeading } from '../common/PageHeading';
import { reportHref } from '../routing/route';
import { langIfDifferent } from '../text/bilingual';
import { LANGUAGE_NAME_KEYS } from '../text/labels';
import { useText } from '../text/useText';
import { alignVersions, COLUMN_ORDER } from './alignVersions';
import { BilingualCell } from './BilingualCell';
import { chooseVersion } from './chooseVersion';

const ONE_VERSION_KEYS = {
  en: 'report:sideBySide.oneVersion.en',
  cy: 'report:sideBySide.oneVersion.cy',
} as const satisfies Record<Language, string>;

/**
 * The report's two versions side by side, aligned row by row on the section key: each row holds a
 * section in Welsh and in English (COLUMN_ORDER says why Welsh is always first). Each cell is
 * marked with its version's `lang`, so screen readers switch voice per column; a section only one
 * version has gets a note in the other cell. Below 1100 px the pair stacks, Welsh above English,
 * section by section (bilingual.css). Headings: the title (h1), each section heading in each
 * language (h2), the Signs of Safety questions within it (h3).
 */
export function BilingualView({ report }: Readonly<{ report: ReportView }>) {
  const { t, language } = useText();
  const versions = { en: report.versions.find((v) => v.lang === 'en') ?? null, cy: report.versions.find((v) => v.lang === 'cy') ?? null };
  const title = chooseVersion(report.versions, language);
  const other = title ? versions[title.lang === 'en' ? 'cy' : 'en'] : null;
  const back = (
    <p className="side-by-side__back">
      <a href={reportHref(report.id)}>{t('report:sideBySide.back')}</a>
    </p>
  );

  if (!title) return <PageHeading>{t('common:versions.none')}</PageHeading>;

  return (
    <article className="side-by-side">
      <div className="report__header">
        <PageHeading lang={langIfDifferent(title.lang, language)}>{title.title}</PageHeading>
        {other ? (
          <p className="side-by-side__other-title" lang={other.lang}>
            {other.title}
          </p>
        ) : null}
      </div>
      {other ? <p>{t('report:sideBySide.intro')}</p> : <p className="notice" role="note">{t(ONE_VERSION_KEYS[title.lang])}</p>}
      {back}
      {other ? (
        <div className="side-by-side__rows">
          <div className="side-by-side__row side-by-side__row--head" aria-hidden="true">
            {COLUMN_ORDER.map((lang) => (
              <p key={lang} className="side-by-side__column-name" lang={lang}>
                {t(LANGUAGE_NAME_KEYS[lang])}
              </p>
            ))}
          </div>
          {alignVersions(versions.en, versions.cy).map((row) => (
            <div key={row.key} className="side-by-side__row" data-section-key={row.key}>
              {COLUMN_ORDER.map((lang) => (
                <BilingualCell key={lang} lang={lang} sectionKey={row.key} section={row.sections[lang]} />
              ))}
            </div>
          ))}
        </div>
      ) : null}
    </article>
  );
}
