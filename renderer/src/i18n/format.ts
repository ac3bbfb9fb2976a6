import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PSEUDO } from './pseudo';

const valid = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** Picks the unit a person would use for a distance in time ("in 5 hours", "2 days ago"). */
export function relativeParts(ms: number): [number, Intl.RelativeTimeFormatUnit] {
  const abs = Math.abs(ms);
  if (abs < 3_600_000) return [Math.round(ms / 60_000), 'minute'];
  if (abs < 48 * 3_600_000) return [Math.round(ms / 3_600_000), 'hour'];
  return [Math.round(ms / 86_400_000), 'day'];
}

/** Dates and numbers always go through Intl in the current UI language, never hand-built strings. */
export function useFormat() {
  const { i18n } = useTranslation();
  // The pseudo-locale formats like English (Intl has no data for it).
  const lang = i18n.language === PSEUDO ? 'en' : i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    const day = new Intl.DateTimeFormat(lang, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
    const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short' });
    const number = new Intl.NumberFormat(lang);
    const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    return {
      dateTime: (iso: string) => {
        const d = valid(iso);
        return d ? dateTime.format(d) : '';
      },
      date: (iso: string) => {
        const d = valid(iso);
        return d ? date.format(d) : '';
      },
      /** A whole day, for timeline headings: "Tuesday, 3 March 2026". */
      day: (iso: string) => {
        const d = valid(iso);
        return d ? day.format(d) : '';
      },
      time: (iso: string) => {
        const d = valid(iso);
        return d ? time.format(d) : '';
      },
      /** "in 5 hours", "2 days ago", relative to now. */
      relative: (iso: string, now = Date.now()) => {
        const d = valid(iso);
        if (!d) return '';
        const [n, unit] = relativeParts(d.getTime() - now);
        return relative.format(n, unit);
      },
      number: (n: number) => number.format(n),
      /** File sizes in the UI language: "340 kB", "2.4 MB". */
      bytes: (n: number) => {
        const [value, unit] = n < 1000 ? [n, 'byte'] : n < 1_000_000 ? [n / 1000, 'kilobyte'] : [n / 1_000_000, 'megabyte'];
        return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0 }).format(value);
      },
    };
  }, [lang]);
}
