import type { Language } from '../../../shared/languages';
import { ONLY_IN_KEYS, SHOW_VERSION_KEYS } from '../text/labels';
import { useText } from '../text/useText';

/**
 * Tells the councillor which language they are reading: a notice when the report exists only in the
 * other language, or a button to switch when both versions exist.
 */
export function VersionNotice({
  shown,
  alternative,
  onShow,
}: Readonly<{ shown: Language; alternative: Language | null; onShow: (language: Language) => void }>) {
  const { t, language } = useText();
  if (alternative) {
    return (
      <p className="version-switch">
        <button type="button" className="button button--secondary" onClick={() => onShow(alternative)}>
          {t(SHOW_VERSION_KEYS[alternative])}
        </button>
      </p>
    );
  }
  if (shown === language) return null;
  return (
    <p className="notice" role="note">
      {t(ONLY_IN_KEYS[shown])}
    </p>
  );
}
