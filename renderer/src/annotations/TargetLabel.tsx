import type { Annotation } from '../../../shared/annotation-model';
import { langIfDifferent } from '../text/bilingual';
import { PART_MARKER } from '../text/sentencePart';
import { SentenceWithPart } from '../text/SentenceWithPart';
import { useText } from '../text/useText';

/** What an annotation is on, in words: the quoted passage, a whole section, or an indicator. */
export function TargetLabel({ annotation, sectionHeading }: Readonly<{ annotation: Annotation; sectionHeading?: string | null }>) {
  const { target } = annotation;
  // The quoted passage needs no translation (a side panel may show hundreds of them).
  if (target.kind === 'text') {
    return (
      <blockquote className="annotation-quote" lang={target.lang}>
        <p>{target.exact}</p>
      </blockquote>
    );
  }
  return <TargetInWords annotation={annotation} sectionHeading={sectionHeading} />;
}

/** A whole section, or an indicator, named in a sentence of the interface language. */
function TargetInWords({ annotation, sectionHeading }: Readonly<{ annotation: Annotation; sectionHeading?: string | null | undefined }>) {
  const { t, language } = useText();
  const { target } = annotation;
  if (target.kind === 'text') return null;
  if (target.kind === 'section') {
    // The heading is in the version's language, which may not be the interface's.
    return (
      <p className="annotation-target">
        <SentenceWithPart sentence={t('annotations:ui.target.section', { heading: PART_MARKER })} part={sectionHeading ?? target.heading} lang={langIfDifferent(target.lang, language)} />
      </p>
    );
  }
  return <p className="annotation-target">{t('annotations:ui.target.indicator', { label: target.label })}</p>;
}
