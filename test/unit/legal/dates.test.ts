import { describe, expect, it } from 'vitest';
import { daysBefore, deadlineUrgency, isoDateSchema, lastDayOfTerm, termCompletedOn } from '../../../shared/legal';

// Expected values counted by hand on a calendar; the convention each follows is DOMAIN.md "Date conventions".
describe('calendar-date conventions', () => {
  it.each([
    ['2024-02-29', { years: 1 }, '2025-02-28'], // DOMAIN.md: a 29 Feb start ends on 28 February in a common year
    ['2024-02-29', { years: 4 }, '2028-02-28'], // the anniversary exists in 2028: the day before it
    ['2023-03-01', { years: 1 }, '2024-02-29'], // day before 1 Mar 2024 (leap)
    ['2025-08-31', { months: 6 }, '2026-02-28'], // no 31 Feb: last day of February
    ['2025-10-31', { months: 6 }, '2026-04-30'], // no 31 Apr
    ['2025-01-30', { months: 1 }, '2025-02-28'], // no 30 Feb 2025
    ['2025-01-15', { months: 1 }, '2025-02-14'], // the day before the monthly anniversary
    ['2025-12-31', { days: 1 }, '2025-12-31'], // "1 day" (IRPR s.63 minimum): the start day only
    ['2025-12-31', { days: 2 }, '2026-01-01'], // across a year end
  ] as const)('lastDayOfTerm(%s, %o) = %s', (start, term, last) => expect(lastDayOfTerm(start, term)).toBe(last));

  it.each([
    ['2024-02-29', { years: 3 }, '2027-03-01'], // 3 years are complete on 1 Mar, not on the clamped 28 Feb
    ['2024-02-29', { years: 4 }, '2028-02-29'],
    ['2025-03-14', { years: 3 }, '2028-03-14'],
  ] as const)('termCompletedOn(%s, %o) = %s', (start, term, done) => expect(termCompletedOn(start, term)).toBe(done));

  it('counts across the Santiago DST day, which has no local midnight', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Santiago';
    try {
      expect(daysBefore('2024-09-09', 1)).toBe('2024-09-08');
      expect(lastDayOfTerm('2023-09-09', { years: 1 })).toBe('2024-09-08');
      expect(termCompletedOn('2021-09-08', { years: 3 })).toBe('2024-09-08');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('accepts only real yyyy-mm-dd dates', () => {
    for (const ok of ['2024-02-29', '2025-12-31']) expect(isoDateSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-2-3', '2025-02-03T00:00:00Z', ''])
      expect(isoDateSchema.safeParse(bad).success, bad).toBe(false);
    expect(() => lastDayOfTerm('2025-02-30', { years: 1 })).toThrow(RangeError);
  });
});

describe('deadline urgency for Today (7 days = Primero "due soon", DOMAIN.md)', () => {
  it.each([
    [null, 'undated'],
    ['2026-11-30', 'overdue'],
    ['2026-12-01', 'due_today'],
    ['2026-12-08', 'due_soon'],
    ['2026-12-09', 'later'],
  ] as const)('%s on 2026-12-01 is %s', (date, urgency) => expect(deadlineUrgency(date, '2026-12-01')).toBe(urgency));
});
