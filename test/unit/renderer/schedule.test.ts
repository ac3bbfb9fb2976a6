import { describe, expect, it } from 'vitest';
import { placeInLanes, visibleHours } from '../../../renderer/src/screens/schedule/layout';
import { requestOf } from '../../../renderer/src/screens/schedule/moveRequest';
import { atMinutes, dayStart, fromZonedFields, shiftDays, toZonedFields, wallMinutes, weekDays } from '../../../renderer/src/screens/schedule/time';

/**
 * The calendar's arithmetic in the centre's zone. Expected instants are written out (UTC) from the zone's
 * published rules, never computed by the code under test. Toronto: clocks go forward 2026-03-08 02:00
 * (EST -5 -> EDT -4) and back 2026-11-01 02:00 (EDT -4 -> EST -5).
 */
const TORONTO = 'America/Toronto';
const REGINA = 'America/Regina'; // no DST at all: -6 all year

describe('schedule time: a wall clock in the centre zone', () => {
  it('weeks start on Monday at midnight in the zone, whatever the machine zone', () => {
    const days = weekDays('2026-03-04T15:00:00Z', TORONTO);
    expect(days.map((d) => d.toISOString())).toEqual([
      '2026-03-02T05:00:00.000Z',
      '2026-03-03T05:00:00.000Z',
      '2026-03-04T05:00:00.000Z',
      '2026-03-05T05:00:00.000Z',
      '2026-03-06T05:00:00.000Z',
      '2026-03-07T05:00:00.000Z',
      // Sunday 8 March begins in EST; Monday 9 would begin in EDT.
      '2026-03-08T05:00:00.000Z',
    ]);
  });

  it('10:00 stays 10:00 on the days clocks change, in both directions', () => {
    const spring = dayStart('2026-03-08T12:00:00Z', TORONTO);
    const autumn = dayStart('2026-11-01T12:00:00Z', TORONTO);
    expect(atMinutes(spring, 600, TORONTO).toISOString()).toBe('2026-03-08T14:00:00.000Z'); // EDT
    expect(atMinutes(autumn, 600, TORONTO).toISOString()).toBe('2026-11-01T15:00:00.000Z'); // EST
    // And is drawn at 10:00 (600 wall minutes), though 540 or 660 real minutes have passed since midnight.
    expect(wallMinutes(spring, '2026-03-08T14:00:00Z', TORONTO)).toBe(600);
    expect(wallMinutes(autumn, '2026-11-01T15:00:00Z', TORONTO)).toBe(600);
  });

  it('a skipped time lands after the gap; the day after a change starts at its own midnight', () => {
    const spring = dayStart('2026-03-08T12:00:00Z', TORONTO);
    expect(atMinutes(spring, 150, TORONTO).toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 02:30 does not exist: 03:30 EDT
    expect(shiftDays(spring, 1, TORONTO).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    const autumn = dayStart('2026-11-01T12:00:00Z', TORONTO);
    expect(shiftDays(autumn, 1, TORONTO).toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('reads and writes the date and time fields in the zone', () => {
    expect(toZonedFields('2026-07-15T14:30:00Z', TORONTO)).toEqual({ date: '2026-07-15', time: '10:30' });
    expect(toZonedFields('2026-07-15T14:30:00Z', REGINA)).toEqual({ date: '2026-07-15', time: '08:30' });
    expect(fromZonedFields('2026-01-15', '10:00', TORONTO)?.toISOString()).toBe('2026-01-15T15:00:00.000Z');
    expect(fromZonedFields('2026-07-15', '10:00', TORONTO)?.toISOString()).toBe('2026-07-15T14:00:00.000Z');
    expect(fromZonedFields('2026-07-15', '10:00', REGINA)?.toISOString()).toBe('2026-07-15T16:00:00.000Z');
    expect(fromZonedFields('2026-02-31', '10:00', TORONTO)).toBeNull();
    expect(fromZonedFields('2026-02-10', '24:00', TORONTO)).toBeNull();
  });

  it('clamps a block that starts the day before or ends the day after', () => {
    const day = dayStart('2026-07-15T12:00:00Z', TORONTO);
    expect(wallMinutes(day, '2026-07-15T03:00:00Z', TORONTO)).toBe(0); // 23:00 the day before
    expect(wallMinutes(day, '2026-07-16T05:00:00Z', TORONTO)).toBe(24 * 60); // 01:00 the day after
  });
});

describe('schedule layout', () => {
  const at = (top: number, bottom: number) => ({ top, bottom });

  it('puts overlapping blocks side by side and lets a later block reuse a freed lane', () => {
    const placed = placeInLanes([at(600, 660), at(630, 690), at(660, 720), at(800, 860)], (x) => x);
    expect(placed.map((p) => [p.top, p.lane, p.lanes])).toEqual([
      [600, 0, 2],
      [630, 1, 2],
      [660, 0, 2], // the first lane is free again at 11:00
      [800, 0, 1], // a new cluster: full width
    ]);
  });

  it('shows the working day, widened to whole hours around anything earlier or later, an hour to spare after', () => {
    expect(visibleHours([])).toEqual({ first: 8, last: 18 });
    expect(visibleHours([at(9 * 60, 17 * 60)])).toEqual({ first: 8, last: 18 });
    expect(visibleHours([at(7 * 60 + 30, 9 * 60), at(19 * 60, 20 * 60 + 15)])).toEqual({ first: 7, last: 22 });
    expect(visibleHours([at(22 * 60, 24 * 60)])).toEqual({ first: 8, last: 24 });
  });
});

describe('schedule drop: where a block let go lands', () => {
  const occurrence = { id: 7, sessionId: 3, date: '2026-03-03', startTime: '10:00', endTime: '11:00', location: 'room', roomId: 2 } as never;
  const item = { key: '3-7', sessionId: 3, occurrence, recurring: true, startsAt: '2026-03-03T15:00:00.000Z', endsAt: '2026-03-03T16:00:00.000Z' } as never;
  const sunday = dayStart('2026-03-08T12:00:00Z', TORONTO); // clocks go forward at 02:00
  const column = (roomId?: number | null) => ({ id: 'c', day: sunday, label: '', isToday: false, has: () => true, ...(roomId === undefined ? {} : { roomId }) });

  it('a day column keeps the place and reads the wall clock on a DST day', () => {
    expect(requestOf({ item, target: { column: column(), minutes: 600 }, via: 'pointer' }, TORONTO).to).toEqual({ date: '2026-03-08', startTime: '10:00', endTime: '11:00', location: 'room', roomId: 2 });
  });

  it('a room column books that room; the off-site column takes a room booking off-site', () => {
    expect(requestOf({ item, target: { column: column(5), minutes: 540 }, via: 'keyboard' }, TORONTO).to).toMatchObject({ startTime: '09:00', location: 'room', roomId: 5 });
    expect(requestOf({ item, target: { column: column(null), minutes: 540 }, via: 'pointer' }, TORONTO).to).toMatchObject({ location: 'offsite', roomId: null });
  });
});
