import type { Localized } from '../../../../../shared/screening';

/** Instrument text is data in the three UI languages; anything else falls back to English. */
export function pick(text: Localized, lang: string): string {
  return lang === 'fr-CA' || lang === 'es' ? text[lang] : text.en;
}
