import type { PendingMove } from './CalendarGrid';
import type { CalendarItem } from './model';
import { atMinutes, lengthMinutes, toZonedFields } from './time';
import type { WhenWhere } from './WhenWhereFields';

export interface MoveRequest {
  item: CalendarItem;
  to: WhenWhere;
}

/** Where a block let go on the grid lands: day and times in the zone, and the room of a room column. */
export function requestOf(p: PendingMove, zone: string): MoveRequest {
  const o = p.item.occurrence!;
  const start = atMinutes(p.target.column.day, p.target.minutes, zone);
  const end = atMinutes(p.target.column.day, p.target.minutes + lengthMinutes(p.item), zone);
  const a = toZonedFields(start, zone);
  const b = toZonedFields(end, zone);
  const col = p.target.column;
  // A day column keeps the place; a room column books that room; "elsewhere" takes a room booking off-site.
  const place =
    col.roomId === undefined
      ? { location: o.location, roomId: o.roomId }
      : col.roomId === null
        ? { location: o.location === 'room' ? ('offsite' as const) : o.location, roomId: null }
        : { location: 'room' as const, roomId: col.roomId };
  return { item: p.item, to: { date: a.date, startTime: a.time, endTime: b.time, ...place } };
}

