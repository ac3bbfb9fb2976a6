import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and numbers always go through Intl in the current UI language, never hand-built strings. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(lang);
    return {
      dateTime: (iso: string) => {
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? '' : dateTime.format(d);
      },
      number: (n: number) => number.format(n),
    };
  }, [lang]);
}
