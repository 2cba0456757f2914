import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { BriffioApi } from '../../shared/contract';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain';
import { App } from './app/App';
import { PageFocusContext, PageFocusController } from './app/PageFocus';
import { createClient } from './client/client';
import { ClientProvider } from './client/ClientProvider';
import { initI18n } from './i18n';
import { languageOverride } from './text/languageOverride';
import { pseudoLocaleRequested } from './text/pseudoLocale';
import './styles/base.css';
import './styles/app.css';

/** Reads the saved settings; a failure falls back to the defaults rather than a blank window. */
async function loadSettings(client: BriffioApi): Promise<Settings> {
  try {
    const result = await client['settings.get']({});
    if (result.ok) return result.value;
    console.warn(`[briffio] settings.get failed: ${result.error.code}: ${result.error.message}`);
  } catch (error) {
    console.warn('[briffio] settings.get failed', error);
  }
  return DEFAULT_SETTINGS;
}

function systemLanguage(): Settings['language'] {
  return navigator.languages.some((tag) => /^cy\b/i.test(tag)) && /^cy\b/i.test(navigator.languages[0] ?? '') ? 'cy' : 'en';
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const client = createClient();
  // Nothing is rendered until the saved language is known, so no text flashes in the wrong language.
  const saved = await loadSettings(client);
  // An address that names a language (the desktop app's hidden print window) wins, unsaved;
  // until the councillor has chosen, follow a Welsh system locale (the welcome dialog still asks).
  const forced = languageOverride(window.location.search);
  const settings = forced ? { ...saved, language: forced } : saved.languageChosen ? saved : { ...saved, language: systemLanguage() };
  const root = document.documentElement;
  root.lang = settings.language;
  root.dataset['textSize'] = settings.textSize;
  root.dataset['theme'] = settings.theme;
  const i18n = initI18n(settings.language, { pseudo: pseudoLocaleRequested(window.location.search) });
  const focus = new PageFocusController();
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ClientProvider client={client}>
          <PageFocusContext.Provider value={focus}>
            <App firstRun={!saved.languageChosen && forced === null} />
          </PageFocusContext.Provider>
        </ClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
