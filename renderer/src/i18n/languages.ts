/** The languages Haven ships. Names are written in their own language so anyone can find theirs. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr-CA', name: 'Français (Canada)' },
  { code: 'es', name: 'Español' },
] as const;

export type Lang = (typeof LANGUAGES)[number]['code'];

export const STORAGE_KEY = 'haven.lang';

export function isLang(value: unknown): value is Lang {
  return LANGUAGES.some((l) => l.code === value);
}

/**
 * A saved choice wins; otherwise the system language if we have it (any French is served fr-CA, the only
 * French we translate), else English.
 */
export function pickLanguage(saved: string | null, preferred: readonly string[]): Lang {
  if (isLang(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr') return 'fr-CA';
    if (base === 'es') return 'es';
    if (base === 'en') return 'en';
  }
  return 'en';
}
