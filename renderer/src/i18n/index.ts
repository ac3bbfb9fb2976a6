import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import frCA from './locales/fr-CA.json';
import { pickLanguage, STORAGE_KEY, type Lang } from './languages';
import { PSEUDO, pseudoCatalogue, pseudoEnabled } from './pseudo';

function readSaved(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the choice just is not remembered
  }
}

function applyToDocument(lang: string): void {
  document.documentElement.lang = lang;
}

/** Catalogues are bundled, so initialisation is synchronous and the first paint is already translated. */
export function initI18n(): typeof i18next {
  const pseudo = pseudoEnabled();
  const saved = readSaved();
  const lng = pseudo && saved === PSEUDO ? PSEUDO : pickLanguage(saved, navigator.languages ?? [navigator.language]);
  void i18next.use(initReactI18next).init({
    resources: {
      en: { translation: en },
      'fr-CA': { translation: frCA },
      es: { translation: es },
      ...(pseudo ? { [PSEUDO]: { translation: pseudoCatalogue(en) } } : {}),
    },
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr-CA', 'es', ...(pseudo ? [PSEUDO] : [])],
    load: 'currentOnly',
    initAsync: false,
    // React already escapes text; double escaping would show &amp; to users.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(lng);
  i18next.on('languageChanged', applyToDocument);
  return i18next;
}

export function setLanguage(lang: Lang | typeof PSEUDO): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; still switch for this session
  }
  void i18next.changeLanguage(lang);
}
