import type { Face } from '../../../shared/domain';
import { useText } from '../text/useText';
import { FaceIcon } from './FaceIcon';
import { FACE_KEYS } from './labels';

/** The face as icon and words ("May meet the target"), never colour alone. */
export function FaceBadge({ face }: Readonly<{ face: Face | null }>) {
  const { t } = useText();
  if (!face) return <span className="badge badge--none">{t('indicators:face.none')}</span>;
  return (
    <span className={`badge face face--${face}`}>
      <FaceIcon face={face} />
      <span>{t(FACE_KEYS[face])}</span>
    </span>
  );
}
