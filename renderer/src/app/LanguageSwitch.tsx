import { useState } from 'react';
import type { Language } from '../../../shared/languages';
import { useClient } from '../client/ClientProvider';
import { LANGUAGE_NAME_KEYS } from '../text/labels';
import { useText } from '../text/useText';

// Welsh first, as the Welsh Language Standards expect where both languages appear side by side.
const ORDER: readonly Language[] = ['cy', 'en'];

/**
 * Two toggle buttons named by their own language ("Cymraeg", "English"), each marked with its
 * `lang` so a screen reader pronounces it correctly. The interface switches at once; the choice is
 * then saved, and a failed save is reported without undoing the switch.
 */
export function LanguageSwitch() {
  const { t, language, changeLanguage } = useText();
  const client = useClient();
  const [saveFailed, setSaveFailed] = useState(false);

  async function choose(next: Language): Promise<void> {
    if (next !== language) await changeLanguage(next);
    const result = await client['settings.update']({ language: next, languageChosen: true }).catch(() => null);
    setSaveFailed(!result?.ok);
  }

  return (
    <div className="language-switch">
      <div role="group" aria-label={t('common:language.groupLabel')} className="language-switch__buttons">
        {ORDER.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            className="language-switch__button"
            aria-pressed={option === language}
            onClick={() => void choose(option)}
          >
            {t(LANGUAGE_NAME_KEYS[option])}
          </button>
        ))}
      </div>
      {saveFailed ? (
        <p className="language-switch__error" role="alert">
          {t('common:language.saveFailed')}
        </p>
      ) : null}
    </div>
  );
}
