import type { TFunction } from 'i18next';
import type { Occurrence } from '../../../../shared/sessions/schemas';
import type { CalendarItem, Column } from './model';
import { sameDay } from './time';

interface BusyTime {
  roomId: number;
  startsAt: string;
  endsAt: string;
}

/** What a booking is called on the grid: its title, else its case numbers (never names), else its kind. */
export function titleOf(o: Occurrence, t: TFunction): string {
  if (o.title) return o.title;
  if (o.cases.length) return o.cases.map((c) => c.caseNumber).join(', ');
  return t(`schedule.kind.${o.kind}`);
}

export function whereOf(o: Pick<Occurrence, 'location' | 'roomName'>, t: TFunction): string {
  if (o.location === 'room') return o.roomName ?? t('schedule.where.room');
  return t(`schedule.where.${o.location}`);
}

export function toItem(o: Occurrence, t: TFunction): CalendarItem {
  return {
    key: `${o.sessionId}-${o.id}`,
    sessionId: o.sessionId,
    occurrence: o,
    recurring: o.recurring,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    status: o.status,
    title: titleOf(o, t),
    where: whereOf(o, t),
    who: o.organiserName,
    roomId: o.roomId,
    interpreter: o.interpreter,
    // Only the organiser moves a booking, and a held or missed one is history.
    canEdit: o.mine && (o.status === 'planned' || o.status === 'cancelled'),
  };
}

/** A room taken by a booking the reader may not see: when, and nothing else. */
export function busyItem(b: BusyTime, roomName: string, t: TFunction): CalendarItem {
  return {
    key: `busy-${b.roomId}-${b.startsAt}`,
    sessionId: 0,
    occurrence: null,
    recurring: false,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    status: 'planned',
    title: t('schedule.busy'),
    where: roomName,
    who: '',
    roomId: b.roomId,
    interpreter: false,
    canEdit: false,
  };
}

/** One column per day. */
export function dayColumns(days: readonly Date[], zone: string, now: number, label: (d: Date) => { label: string; sublabel: string }): Column[] {
  return days.map((day) => ({
    id: `d${day.getTime()}`,
    day,
    ...label(day),
    isToday: sameDay(day, now, zone),
    marked: sameDay(day, now, zone),
    has: (i) => sameDay(i.startsAt, day, zone) || (new Date(i.startsAt) < day && new Date(i.endsAt) > day),
  }));
}

/** One column per room on one day, then one for bookings elsewhere (off-site and remote). */
export function roomColumns(day: Date, rooms: ReadonlyArray<{ id: number; name: string; capacity: number }>, zone: string, now: number, t: TFunction): Column[] {
  const isToday = sameDay(day, now, zone);
  const onDay = (i: CalendarItem) => sameDay(i.startsAt, day, zone);
  return [
    ...rooms.map((r) => ({
      id: `r${r.id}`,
      day,
      label: r.name,
      sublabel: t('schedule.capacity', { count: r.capacity }),
      isToday,
      roomId: r.id,
      has: (i: CalendarItem) => i.roomId === r.id && onDay(i),
    })),
    { id: 'elsewhere', day, label: t('schedule.elsewhere'), isToday, roomId: null, has: (i: CalendarItem) => i.roomId === null && onDay(i) },
  ];
}
