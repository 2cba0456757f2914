import type { AnnotationListItem } from '../../../shared/annotation-model';
import { reportHref } from '../routing/route';
import { pickText } from '../text/bilingual';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { TargetLabel } from './TargetLabel';

/** One note on My notes: which report, what it is on, the note, and a link to the place. */
export function NoteResult({ item }: Readonly<{ item: AnnotationListItem }>) {
  const { t, language } = useText();
  const title = pickText(item.report.title, language)?.text ?? item.reportKey;
  const target = item.target;
  const href =
    item.anchorState === 'placed' && target.kind !== 'indicator' ? reportHref(item.reportId, { sectionKey: target.sectionKey }) : reportHref(item.reportId);
  const colour = t(`annotations:colour.${item.colour}`);
  return (
    <li className={`annotation-item annotation-item--${item.colour}`}>
      <h3 className="note-result__report">
        <a href={href}>{title}</a>
      </h3>
      <p className="field-hint">
        {t('annotations:ui.notes.meta', { period: formatPeriod(item.report.period, t), colour })}
        {item.sectionHeading ? ` · ${item.sectionHeading}` : ''}
      </p>
      {item.anchorState === 'unplaced' ? <p className="badge badge--unplaced">{t('annotations:ui.item.unplaced')}</p> : null}
      <TargetLabel annotation={item} sectionHeading={item.sectionHeading} />
      {item.body ? <p className="annotation-item__note">{item.body}</p> : null}
      {item.tags.length > 0 ? <p className="annotation-item__tags">{t('annotations:ui.item.tags', { tags: item.tags.join(', ') })}</p> : null}
    </li>
  );
}
