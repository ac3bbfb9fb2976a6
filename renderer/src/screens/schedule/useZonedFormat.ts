import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PSEUDO } from '../../i18n/pseudo';

/**
 * Dates and times of the schedule in the UI language AND the centre's time zone (Intl's timeZone option):
 * a session is shown at the centre's 10:00 whether the workstation is set to Toronto or to UTC.
 */
export function useZonedFormat(zone: string) {
  const { i18n } = useTranslation();
  const lang = i18n.language === PSEUDO ? 'en' : i18n.language;
  return useMemo(() => {
    const make = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { ...o, timeZone: zone });
    const time = make({ hour: 'numeric', minute: '2-digit' });
    const hour = make({ hour: 'numeric' });
    const weekday = make({ weekday: 'short' });
    const dayMonth = make({ day: 'numeric', month: 'short' });
    const longDay = make({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const dateTime = make({ weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
    const zoneName = make({ timeZoneName: 'short' });
    const days = make({ day: 'numeric', month: 'short', year: 'numeric' });
    const d = (v: Date | string | number) => new Date(v);
    return {
      time: (v: Date | string | number) => time.format(d(v)),
      hour: (v: Date | string | number) => hour.format(d(v)),
      weekday: (v: Date | string | number) => weekday.format(d(v)),
      dayMonth: (v: Date | string | number) => dayMonth.format(d(v)),
      longDay: (v: Date | string | number) => longDay.format(d(v)),
      dateTime: (v: Date | string | number) => dateTime.format(d(v)),
      /** "10:00 – 11:00": Intl's own range format, so the dash and spacing suit the language. */
      range: (a: Date | string | number, b: Date | string | number) => time.formatRange(d(a), d(b)),
      /** "2 – 8 Mar 2026": a span of days, as the language writes it. */
      dateRange: (a: Date | string | number, b: Date | string | number) => days.formatRange(d(a), d(b)),
      /** The zone's short name now ("EST", "GMT-5"), shown over the hours so nobody reads them as local. */
      zoneName: (at: Date | number = Date.now()) => zoneName.formatToParts(d(at)).find((p) => p.type === 'timeZoneName')?.value ?? zone,
    };
  }, [lang, zone]);
}
