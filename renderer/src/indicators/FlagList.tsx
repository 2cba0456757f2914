import type { MeasurementView } from '../../../shared/domain';
import { useText } from '../text/useText';
import { FLAG_KEYS, flagsOf } from './labels';

/** Provisional, pending, unavailable this quarter: as words, in a list (nothing when unflagged). */
export function FlagList({ measurement }: Readonly<{ measurement: Pick<MeasurementView, 'provisional' | 'pending' | 'unavailable'> }>) {
  const { t } = useText();
  const flags = flagsOf(measurement);
  if (flags.length === 0) return null;
  return (
    <ul className="flags">
      {flags.map((flag) => (
        <li key={flag} className={`flag flag--${flag}`}>
          {t(FLAG_KEYS[flag])}
        </li>
      ))}
    </ul>
  );
}
