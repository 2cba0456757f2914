import type { SourceReport, SourcedMeasurement } from '../../../shared/indicators';
import { reportHref } from '../routing/route';
import { langIfDifferent, pickText } from '../text/bilingual';
import { useText } from '../text/useText';

/**
 * A link to the report and place a figure came from: "<report>, paragraph 26" when the paragraph
 * is known, else "<report>, <section heading>", with ", page 4" when the report was imported from
 * a PDF (the page it printed the figure on; reports without pages say nothing). The link opens the version the report screen will
 * show (the interface language's, when the report has it), at that paragraph in that version.
 */
export function SourceLink({ measurement, report }: Readonly<{ measurement: SourcedMeasurement; report: SourceReport | null }>) {
  const { t, language } = useText();
  if (!report) return null;
  const title = pickText(report.title, language);
  const shownLanguage = report.languages.includes(language) ? language : (report.languages[0] ?? language);
  const place = measurement.place;
  const blockIndex = place?.blockIndex[shownLanguage];
  const href = place ? reportHref(report.id, blockIndex === undefined ? { sectionKey: place.sectionKey } : { sectionKey: place.sectionKey, blockIndex }) : reportHref(report.id);
  const heading = place ? pickText(place.heading, shownLanguage) : null;
  const reportText = title?.text ?? report.key;
  const page = measurement.page;
  let label: string;
  if (place?.blockNumber && blockIndex !== undefined) {
    label =
      page === null
        ? t('indicators:detail.place.paragraph', { report: reportText, number: place.blockNumber })
        : t('indicators:detail.place.paragraphPage', { report: reportText, number: place.blockNumber, page });
  } else if (heading) {
    label =
      page === null
        ? t('indicators:detail.place.section', { report: reportText, section: heading.text })
        : t('indicators:detail.place.sectionPage', { report: reportText, section: heading.text, page });
  } else {
    label = page === null ? t('indicators:detail.place.report', { report: reportText }) : t('indicators:detail.place.reportPage', { report: reportText, page });
  }
  return (
    <a href={href} lang={title ? langIfDifferent(title.lang, language) : undefined}>
      {label}
    </a>
  );
}
