import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/errors';
import { expandDates, instantOf, rruleText, slotOf, wallOf } from '../../../electron/core/sessions/time';

/**
 * The time model: wall-clock dates and times in the centre's IANA zone, instants in UTC, recurrence expanded
 * on the wall clock. 2027: US and Canadian clocks spring forward on 14 March and fall back on 7 November.
 */
const weekly = (first: string, until: string, zone: string) =>
  expandDates(first, '10:00', { every: 1, until, except: [] }).map((d) => slotOf({ date: d, startTime: '10:00', endTime: '11:00' }, zone).startsAt);

describe('sessions time model', () => {
  it('a weekly 10:00 in New York stays 10:00 local across the spring-forward change (UTC moves an hour)', () => {
    expect(weekly('2027-03-01', '2027-03-22', 'America/New_York')).toEqual(['2027-03-01T15:00:00.000Z', '2027-03-08T15:00:00.000Z', '2027-03-15T14:00:00.000Z', '2027-03-22T14:00:00.000Z']);
  });

  it('and across the fall-back change', () => {
    expect(weekly('2027-10-25', '2027-11-08', 'America/New_York')).toEqual(['2027-10-25T14:00:00.000Z', '2027-11-01T14:00:00.000Z', '2027-11-08T15:00:00.000Z']);
  });

  it('in Canadian zones: Vancouver, Toronto and St. John’s (a half-hour offset)', () => {
    expect(weekly('2027-03-08', '2027-03-15', 'America/Vancouver')).toEqual(['2027-03-08T18:00:00.000Z', '2027-03-15T17:00:00.000Z']);
    expect(weekly('2027-11-01', '2027-11-08', 'America/Toronto')).toEqual(['2027-11-01T14:00:00.000Z', '2027-11-08T15:00:00.000Z']);
    expect(weekly('2027-03-08', '2027-03-15', 'America/St_Johns')).toEqual(['2027-03-08T13:30:00.000Z', '2027-03-15T12:30:00.000Z']);
    // Regina keeps standard time all year: no change.
    expect(weekly('2027-03-08', '2027-03-15', 'America/Regina')).toEqual(['2027-03-08T16:00:00.000Z', '2027-03-15T16:00:00.000Z']);
  });

  it('a time the clocks skip does not exist: VALIDATION, not a silent shift; a repeated time is the first one', () => {
    expect(() => instantOf('2027-03-14', '02:30', 'America/New_York')).toThrow(CoreError);
    expect(instantOf('2027-11-07', '01:30', 'America/New_York')).toBe('2027-11-07T05:30:00.000Z');
  });

  it('reads an instant back as the wall clock of the zone', () => {
    expect(wallOf('2027-03-15T14:00:00.000Z', 'America/New_York')).toEqual({ date: '2027-03-15', time: '10:00' });
    expect(wallOf('2027-03-15T17:00:00.000Z', 'America/Vancouver')).toEqual({ date: '2027-03-15', time: '10:00' });
  });

  it('every two weeks with exceptions (EXDATE), bounded to a year', () => {
    expect(expandDates('2026-12-07', '10:00', { every: 2, until: '2027-02-15', except: ['2027-01-04'] })).toEqual(['2026-12-07', '2026-12-21', '2027-01-18', '2027-02-01', '2027-02-15']);
    expect(() => expandDates('2026-12-07', '10:00', { every: 1, until: '2028-12-07', except: [] })).toThrow(CoreError);
    expect(() => expandDates('2026-12-07', '10:00', { every: 1, until: '2026-12-01', except: [] })).toThrow(CoreError);
  });

  it('stores the rule as RFC 5545 text with its zone and exceptions', () => {
    const text = rruleText('2026-12-07', '10:00', { every: 2, until: '2027-02-15', except: ['2027-01-04'] }, 'America/Toronto')!;
    expect(text).toContain('DTSTART;TZID=America/Toronto:20261207T100000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270215T235900');
    expect(text).toContain('EXDATE;TZID=America/Toronto:20270104T100000');
    expect(rruleText('2026-12-07', '10:00', null, 'America/Toronto')).toBeNull();
  });
});
