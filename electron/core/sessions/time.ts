import { TZDate } from '@date-fns/tz';
import { addDays, addYears, differenceInCalendarDays, format, getISODay, parseISO } from 'date-fns';
import * as rruleModule from 'rrule';
import { MAX_OCCURRENCES, MAX_SERIES_DAYS } from '../../../shared/sessions/vocab';
import { fail } from '../errors';

// rrule ships a UMD CommonJS build: Node's ESM loader exposes it as `default` only, bundlers as named exports.
const { RRule, RRuleSet, datetime } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

/**
 * The time model of sessions (docs/ARCHITECTURE.md "Sessions"): people book in wall-clock time in the centre's
 * IANA zone; the core turns each occurrence's date and times into UTC instants through @date-fns/tz, and
 * expands recurrence through rrule on the wall clock (floating dates), so a weekly 10:00 is 10:00 local on
 * both sides of a DST change. Nothing here adds hours or minutes by hand.
 */

export interface WallSlot {
  date: string;
  startTime: string;
  endTime: string;
}
export interface Slot extends WallSlot {
  startsAt: string;
  endsAt: string;
}

const parts = (date: string, time: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return { y, m, d, h, mi };
};

/**
 * The UTC instant of a wall-clock date and time in `zone`. A time the clocks skip (02:30 on the spring-forward
 * night) does not exist: VALIDATION, never a silent shift. A time that happens twice (01:30 on the fall-back
 * night) is the first of the two, as @date-fns/tz resolves it.
 */
export function instantOf(date: string, time: string, zone: string, field = 'startTime'): string {
  const p = parts(date, time);
  const t = new TZDate(p.y, p.m - 1, p.d, p.h, p.mi, zone);
  if (t.getHours() !== p.h || t.getMinutes() !== p.mi || t.getDate() !== p.d)
    fail('VALIDATION', 'That time does not exist on that day in the centre’s time zone (the clocks change).', { fields: { [field]: 'skipped by the clock change' } });
  return new Date(t.getTime()).toISOString();
}

/** A wall-clock slot as instants; the end must come after the start. */
export function slotOf(w: WallSlot, zone: string): Slot {
  const startsAt = instantOf(w.date, w.startTime, zone, 'startTime');
  const endsAt = instantOf(w.date, w.endTime, zone, 'endTime');
  if (endsAt <= startsAt) fail('VALIDATION', 'A session ends after it starts, on the same day.', { fields: { endTime: 'ends after it starts' } });
  return { ...w, startsAt, endsAt };
}

/** The wall-clock date and time of an instant in `zone`. */
export function wallOf(instant: string, zone: string): { date: string; time: string } {
  const t = new TZDate(Date.parse(instant), zone);
  return { date: format(t, 'yyyy-MM-dd'), time: format(t, 'HH:mm') };
}

/** ISO weekday (Monday 1 … Sunday 7) of a calendar date. */
export const weekdayOf = (date: string): number => getISODay(parseISO(date));
export const addDaysTo = (date: string, n: number): string => format(addDays(parseISO(date), n), 'yyyy-MM-dd');
export const addYearsTo = (date: string, n: number): string => format(addYears(parseISO(date), n), 'yyyy-MM-dd');
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));

export interface RecurrenceInput {
  every: 1 | 2;
  until: string;
  except: readonly string[];
}

const floating = (date: string, time: string) => {
  const p = parts(date, time);
  return datetime(p.y, p.m, p.d, p.h, p.mi);
};
const dateOfFloating = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The dates of a series: every `every` weeks on the first date's weekday, up to `until`, minus `except`.
 * Expanded by rrule on floating wall-clock dates. Bounded: a year at most, MAX_OCCURRENCES at most.
 */
export function expandDates(first: string, startTime: string, r: RecurrenceInput | null): string[] {
  if (!r) return [first];
  if (r.until < first) fail('VALIDATION', 'The series ends before it starts.', { fields: { 'recurrence.until': 'before the first date' } });
  if (daysBetween(first, r.until) > MAX_SERIES_DAYS) fail('VALIDATION', 'A series runs for a year at most.', { fields: { 'recurrence.until': 'at most a year' } });
  // An EXDATE must be a date of the rule (else it is a typo that silently excepts nothing).
  const onRule = new Set(ruleSet(first, startTime, { ...r, except: [] }, null).all().map(dateOfFloating));
  const off = r.except.find((x) => !onRule.has(x));
  if (off !== undefined) fail('VALIDATION', `${off} is not a date of this series.`, { fields: { 'recurrence.except': 'not a date of the series' } });
  const set = ruleSet(first, startTime, r, null);
  const dates = set.all().map(dateOfFloating);
  if (dates.length > MAX_OCCURRENCES) fail('VALIDATION', `A series has at most ${MAX_OCCURRENCES} occurrences.`, { fields: { 'recurrence.until': 'too many occurrences' } });
  if (dates.length === 0) fail('VALIDATION', 'Every date of the series is left out.', { fields: { 'recurrence.except': 'nothing left' } });
  return dates;
}

function ruleSet(first: string, startTime: string, r: RecurrenceInput, tzid: string | null) {
  const set = new RRuleSet();
  set.rrule(
    new RRule({
      freq: RRule.WEEKLY,
      interval: r.every,
      dtstart: floating(first, startTime),
      until: floating(r.until, '23:59'),
      ...(tzid ? { tzid } : {}),
    }),
  );
  for (const x of r.except) set.exdate(floating(x, startTime));
  return set;
}

/**
 * The RFC 5545 text of a series as stored (DTSTART;TZID=…, RRULE, EXDATE): the record of what was booked,
 * readable by any calendar tool. Occurrences are materialised from expandDates, not re-read from this.
 */
export function rruleText(first: string, startTime: string, r: RecurrenceInput | null, zone: string): string | null {
  if (!r) return null;
  const rule = new RRule({ freq: RRule.WEEKLY, interval: r.every, dtstart: floating(first, startTime), until: floating(r.until, '23:59'), tzid: zone }).toString();
  if (r.except.length === 0) return rule;
  const stamp = (x: string) => `${x.replaceAll('-', '')}T${startTime.replace(':', '')}00`;
  return `${rule}\nEXDATE;TZID=${zone}:${[...r.except].sort().map(stamp).join(',')}`;
}
