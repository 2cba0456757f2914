import { useId } from 'react';
import { PALETTE, type AnnotationColour } from '../../../shared/annotation-model';
import { useText } from '../text/useText';

/** "Colour: all colours / Yellow / …", the filter the side panel and My notes share. */
export function ColourFilter({ value, onChange }: Readonly<{ value: AnnotationColour | ''; onChange: (colour: AnnotationColour | '') => void }>) {
  const { t } = useText();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('annotations:ui.filter.colour')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as AnnotationColour | '')}>
        <option value="">{t('annotations:ui.filter.allColours')}</option>
        {PALETTE.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {t(entry.nameKey)}
          </option>
        ))}
      </select>
    </>
  );
}
