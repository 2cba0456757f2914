import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/languages';
import { useClient } from '../client/ClientProvider';
import { useText } from '../text/useText';
import './welcome.css';

// Welsh first, as the Welsh Language Standards expect where both languages appear together.
const ORDER: readonly Language[] = ['cy', 'en'];

/**
 * First run: before anything else, ask which language to use, in both languages at once (the
 * councillor may read only one of them). The interface already follows a Welsh system locale
 * (see main.tsx), and that language's button has focus, so Enter accepts the guess. Closing with
 * Escape keeps the current language for this session and asks again next time.
 */
export function LanguageWelcome({ onDone }: Readonly<{ onDone: () => void }>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { language, changeLanguage } = useText();
  const { i18n } = useTranslation();
  const client = useClient();
  const [saveFailed, setSaveFailed] = useState(false);
  const inLanguage = (lang: Language) => i18n.getFixedT(lang, 'common');

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    // showModal focuses the first button; move to the likely answer (React's autoFocus does not
    // survive showModal, which runs after it).
    element.querySelector<HTMLButtonElement>(`button[lang="${language}"]`)?.focus();
    // Only on opening: later language changes come from this dialog's own buttons.
  }, []);

  async function choose(next: Language): Promise<void> {
    if (next !== language) await changeLanguage(next);
    const result = await client['settings.update']({ language: next, languageChosen: true }).catch(() => null);
    if (!result?.ok) {
      setSaveFailed(true);
      return;
    }
    dialog.current?.close();
    onDone();
  }

  return (
    <dialog ref={dialog} className="welcome" aria-labelledby="welcome-heading" onClose={onDone}>
      <h1 id="welcome-heading" className="welcome__heading">
        {ORDER.map((lang) => (
          <span key={lang} lang={lang} className="welcome__line">
            {inLanguage(lang)('welcome.heading')}
          </span>
        ))}
      </h1>
      {ORDER.map((lang) => (
        <p key={lang} lang={lang} className="welcome__body">
          {inLanguage(lang)('welcome.body')}
        </p>
      ))}
      <div className="welcome__choices">
        {ORDER.map((lang) => (
          <button
            key={lang}
            type="button"
            lang={lang}
            className="welcome__choice"
            onClick={() => void choose(lang)}
          >
            {inLanguage(lang)(`language.${lang}`)}
          </button>
        ))}
      </div>
      {saveFailed ? (
        <p role="alert" className="welcome__error">
          {ORDER.map((lang) => (
            <span key={lang} lang={lang} className="welcome__line">
              {inLanguage(lang)('language.saveFailed')}
            </span>
          ))}
        </p>
      ) : null}
    </dialog>
  );
}
