import { PALETTE, type AnnotationColour } from '../../../shared/annotation-model';
import { useText } from '../text/useText';

/** The palette as radio buttons, each with its name beside the swatch: colour is never the only sign. */
export function ColourChoice({ name, value, onChange }: Readonly<{ name: string; value: AnnotationColour; onChange: (colour: AnnotationColour) => void }>) {
  const { t } = useText();
  return (
    <fieldset className="colour-choice">
      <legend>{t('annotations:ui.field.colour')}</legend>
      {PALETTE.map((entry) => (
        <label key={entry.id} className="colour-choice__option">
          <input type="radio" name={name} value={entry.id} checked={value === entry.id} onChange={() => onChange(entry.id)} />
          <span className={`swatch swatch--${entry.id}`} aria-hidden="true" />
          {t(entry.nameKey)}
        </label>
      ))}
    </fieldset>
  );
}
