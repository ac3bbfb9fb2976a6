import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PSEUDO } from '../../i18n/pseudo';

/**
 * Legal dates are calendar days ("valid until 2029-03-14"), not instants. Formatting one as a local Date
 * would show the day before west of Greenwich, so they are formatted as UTC noon of that day.
 */
export function useIsoDay() {
  const { i18n } = useTranslation();
  const lang = i18n.language === PSEUDO ? 'en' : i18n.language;
  return useMemo(() => {
    const medium = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
    const rel = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    const ok = (iso: string | null | undefined): iso is string => typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso);
    return {
      isDay: ok,
      day: (iso: string | null | undefined) => (ok(iso) ? medium.format(at(iso)) : ''),
      month: (iso: string) => (ok(iso) ? short.format(at(iso)) : ''),
      weekday: (iso: string) => (ok(iso) ? weekday.format(at(iso)) : ''),
      /** "today", "tomorrow", "in 5 days", "3 days ago", counted in calendar days from the computer's today. */
      relative: (iso: string, today: string = todayIso()) => (ok(iso) ? rel.format(differenceInCalendarDays(parseISO(iso), parseISO(today)), 'day') : ''),
    };
  }, [lang]);
}

/** The computer's calendar day (the centre's today), as yyyy-mm-dd. */
export const todayIso = (now: Date = new Date()): string => format(now, 'yyyy-MM-dd');
