import { TZDate, tz } from '@date-fns/tz';
import { addDays, addMinutes, differenceInMinutes, eachDayOfInterval, isSameDay, startOfDay, startOfWeek } from 'date-fns';

/**
 * Calendar arithmetic in the centre's time zone, never the workstation's: a session at 10:00 in Toronto is
 * drawn at 10:00 whatever the machine's own zone, and a day across a DST change is 23 or 25 hours long.
 * Every step goes through date-fns with the zone as its context (`in: tz(zone)`) or a TZDate built from
 * wall-clock fields; nothing adds milliseconds by hand.
 */

/** Minutes per slot of the grid: one arrow-key step, one clickable cell. */
export const SLOT_MINUTES = 30;
/** Pointer drags snap to a quarter hour. */
export const SNAP_MINUTES = 15;
export const DAY_MINUTES = 24 * 60;

/** A plain Date of the same instant: TZDate's toISOString() carries the zone's offset, ours is always UTC. */
const plain = (d: Date): Date => new Date(d.getTime());

export interface Span {
  startsAt: string;
  endsAt: string;
}

/** Start of the day that holds `instant`, in the zone. */
export function dayStart(instant: Date | string | number, zone: string): Date {
  return plain(startOfDay(instant, { in: tz(zone) }));
}

/** The seven days (Monday first) of the week holding `anchor`, each the start of its day in the zone. */
export function weekDays(anchor: Date | string | number, zone: string): Date[] {
  const first = startOfWeek(anchor, { in: tz(zone), weekStartsOn: 1 });
  return eachDayOfInterval({ start: first, end: addDays(first, 6, { in: tz(zone) }) }, { in: tz(zone) }).map(plain);
}

export function shiftDays(day: Date, n: number, zone: string): Date {
  return plain(startOfDay(addDays(day, n, { in: tz(zone) }), { in: tz(zone) }));
}

export function sameDay(a: Date | string | number, b: Date | string | number, zone: string): boolean {
  return isSameDay(a, b, { in: tz(zone) });
}

/**
 * Wall-clock minutes of `instant` on `day` (10:00 is 600 even on a 23-hour day), clamped to the day:
 * 0 for an instant before it, 1440 for one after it. This is where a block is drawn, not how long it lasts.
 */
export function wallMinutes(day: Date, instant: Date | string, zone: string): number {
  const at = new TZDate(new Date(instant).getTime(), zone);
  const start = dayStart(day, zone);
  if (at.getTime() < start.getTime()) return 0;
  if (!isSameDay(at, start, { in: tz(zone) })) return DAY_MINUTES;
  return at.getHours() * 60 + at.getMinutes();
}

/**
 * The instant at wall-clock `minutes` after midnight of `day`, in the zone. A time the zone skips (02:30
 * the night clocks go forward) lands just after the gap, as the zone's rules say.
 */
export function atMinutes(day: Date, minutes: number, zone: string): Date {
  const d = new TZDate(dayStart(day, zone).getTime(), zone);
  return plain(new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), 0, minutes, zone));
}

/** Moves a span so it starts at `start`, keeping its length. */
export function moveSpan(span: Span, start: Date): Span {
  return { startsAt: start.toISOString(), endsAt: addMinutes(start, lengthMinutes(span)).toISOString() };
}

export function lengthMinutes(span: Span): number {
  return differenceInMinutes(new Date(span.endsAt), new Date(span.startsAt));
}

/** Rounds minutes to the nearest `step`. */
export function snap(minutes: number, step = SNAP_MINUTES): number {
  return Math.round(minutes / step) * step;
}

/** YYYY-MM-DD and HH:mm of an instant in the zone: what the date and time fields show. */
export function toZonedFields(instant: Date | string, zone: string): { date: string; time: string } {
  const d = new TZDate(new Date(instant).getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** The instant a date field and a time field mean in the zone; null when either is not valid. */
export function fromZonedFields(date: string, time: string, zone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const out = new TZDate(year, month - 1, day, hour, minute, zone);
  // 31 February rolls over to March: refuse it rather than book a day nobody chose.
  if (Number.isNaN(out.getTime()) || out.getDate() !== day) return null;
  return new Date(out.getTime());
}

/** The workstation's zone: the fallback when the centre has none set. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
