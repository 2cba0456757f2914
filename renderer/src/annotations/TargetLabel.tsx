import type { Annotation } from '../../../shared/annotation-model';
import { useText } from '../text/useText';

/** What an annotation is on, in words: the quoted passage, a whole section, or an indicator. */
export function TargetLabel({ annotation, sectionHeading }: Readonly<{ annotation: Annotation; sectionHeading?: string | null }>) {
  const { t } = useText();
  const { target } = annotation;
  if (target.kind === 'text') {
    return (
      <blockquote className="annotation-quote" lang={target.lang}>
        <p>{target.exact}</p>
      </blockquote>
    );
  }
  if (target.kind === 'section') {
    return <p className="annotation-target">{t('annotations:ui.target.section', { heading: sectionHeading ?? target.heading })}</p>;
  }
  return <p className="annotation-target">{t('annotations:ui.target.indicator', { label: target.label })}</p>;
}
