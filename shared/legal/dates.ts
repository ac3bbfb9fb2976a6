import { addDays, addMonths, addYears, differenceInCalendarDays, format, getDate, isValid, parseISO, setHours, subDays } from 'date-fns';
import { z } from 'zod';

/**
 * Calendar dates for legal deadlines: ISO `yyyy-mm-dd` strings, never instants. A notice says "valid until
 * 2029-03-14" in no time zone, so no Date ever leaves this file and all arithmetic goes through date-fns.
 * Dates are built at local NOON: a zone whose DST jump happens at midnight (e.g. America/Santiago) has no
 * local 00:00 on that day, and noon keeps the calendar day whatever the zone.
 */
export type IsoDate = string;

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a yyyy-mm-dd date.')
  .refine((s) => toDate(s) !== null, 'Not a calendar date.');

function toDate(iso: IsoDate): Date | null {
  const d = setHours(parseISO(iso), 12);
  // parseISO accepts 2025-02-30 as invalid, but a round trip also refuses anything it normalised.
  return isValid(d) && format(d, 'yyyy-MM-dd') === iso ? d : null;
}

function day(iso: IsoDate): Date {
  const d = toDate(iso);
  if (!d) throw new RangeError(`Not a calendar date: ${JSON.stringify(iso)}`);
  return d;
}

const iso = (d: Date): IsoDate => format(d, 'yyyy-MM-dd');

/**
 * The calendar years a date staff enter, or a deadline the engine emits, may fall in. Notices of the people a
 * centre serves are dated this side of 1900, and no status runs past 2199; a date outside is a typo (9999-12-31)
 * or a runaway term, and five-digit years would no longer be yyyy-mm-dd at all.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
export const inYearRange = (iso: IsoDate): boolean => /^\d{4}-/.test(iso) && Number(iso.slice(0, 4)) >= MIN_YEAR && Number(iso.slice(0, 4)) <= MAX_YEAR;

/**
 * A length of time as the sources state it: "4 years", "6 months", "180 days". Exactly one unit, bounded
 * (20 years, 240 months, 3650 days): no source states a longer one, and an unbounded term (a bona fide
 * validity of 8000 years) made every later computation emit dates no reader could parse.
 */
export const termSchema = z.union([
  z.object({ years: z.number().int().positive().max(20) }).strict(),
  z.object({ months: z.number().int().positive().max(240) }).strict(),
  z.object({ days: z.number().int().positive().max(3650) }).strict(),
]);
export type Term = z.infer<typeof termSchema>;

/** Adds a calendar term; date-fns clamps a day the target month lacks to its last day (31 Aug + 6 months = 28/29 Feb). */
function addTerm(d: Date, term: Term): Date {
  if ('years' in term) return addYears(d, term.years);
  if ('months' in term) return addMonths(d, term.months);
  return addDays(d, term.days);
}

/** True when the anniversary's day of month does not exist in the target month (29 Feb in a common year, 31st in a 30-day month). */
function clamped(start: Date, anniversary: Date, term: Term): boolean {
  return !('days' in term) && getDate(anniversary) !== getDate(start);
}

/**
 * The LAST VALID DAY of a status or document "valid for <term> from <start>".
 * DOMAIN.md "Date conventions": the sources do not say whether the last day is the anniversary or the day
 * before; compute the EARLIER candidate, the day before the anniversary. A day counted term ("180 days")
 * counts the start day as day 1, so it ends on start + (n - 1) days, by the same reasoning.
 * When the anniversary's day does not exist (29 Feb + 1 year, 31 Aug + 6 months), the term ends on the last
 * day of the target month: DOMAIN.md names 28 February as the last day for a 29 February start in a common
 * year, and the same reading gives 28/29 Feb for 31 Aug + 6 months and 30 Apr for 31 Oct + 6 months.
 * Canada "counts a permit year as a calendar year": years and months are calendar units, never 365 or 30 days.
 */
export function lastDayOfTerm(start: IsoDate, term: Term): IsoDate {
  const s = day(start);
  if ('days' in term) return iso(addDays(s, term.days - 1));
  const anniversary = addTerm(s, term);
  return iso(clamped(s, anniversary, term) ? anniversary : subDays(anniversary, 1));
}

/**
 * The day a requirement of "<term> since <start>" is first met (e.g. 3 years' presence since admission).
 * Here the LATER candidate is the safe one: an I-485 filed a day early is rejected and "a rejected one extends
 * nothing" (DOMAIN.md), while filing a day later inside an open window costs nothing. So a missing
 * anniversary day (29 Feb + 3 years) falls on the 1st of the next month, not on the clamped 28th.
 */
export function termCompletedOn(start: IsoDate, term: Term): IsoDate {
  const s = day(start);
  const anniversary = addTerm(s, term);
  return iso(clamped(s, anniversary, term) ? addDays(anniversary, 1) : anniversary);
}

/** `n` calendar days before `date` (reminders, renewal windows). Never rolled over weekends: DOMAIN.md. */
export const daysBefore = (date: IsoDate, n: number): IsoDate => iso(subDays(day(date), n));

/** The day after `date`: a renewed term starts the day after the old one's last valid day. */
export const dayAfter = (date: IsoDate): IsoDate => iso(addDays(day(date), 1));

// yyyy-mm-dd strings of the same width order lexically exactly as the dates do: no parsing needed to compare.
export const isBeforeDay = (a: IsoDate, b: IsoDate): boolean => a < b;
export const earliest = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const latest = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(day(to), day(from));
