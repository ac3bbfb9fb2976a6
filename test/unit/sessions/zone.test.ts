import { describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../../shared/sessions/schemas';
import { makeCentre } from '../helpers/centre';

/** The centre's zone decides what a wall-clock booking means; admins change it, booked instants stay. */
describe('centre time zone', () => {
  it('a centre in Vancouver books 10:00 Pacific; the weekly series keeps 10:00 across the spring change', async () => {
    const c = await makeCentre();
    const k = await c.newCase();
    expect(await c.ok('calendar.settings')).toEqual({ timeZone: 'America/New_York', version: 1 });
    await c.as('mentor');
    expect(await c.call('calendar.updateSettings', { version: 1, timeZone: 'America/Vancouver' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await c.as('admin');
    expect(await c.call('calendar.updateSettings', { version: 1, timeZone: 'Europe/Paris' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await c.ok('calendar.updateSettings', { version: 1, timeZone: 'America/Vancouver' });
    await c.as('mentor');
    const s = await c.ok<SessionDetail>('sessions.create', { caseId: k.id, kind: 'mentoring', date: '2027-03-08', startTime: '10:00', endTime: '11:00', location: 'remote', recurrence: { every: 1, until: '2027-03-15', except: [] } });
    expect(s.timeZone).toBe('America/Vancouver');
    expect(s.occurrences.map((o) => [o.startTime, o.startsAt])).toEqual([
      ['10:00', '2027-03-08T18:00:00.000Z'],
      ['10:00', '2027-03-15T17:00:00.000Z'],
    ]);
    expect(s.rrule).toContain('DTSTART;TZID=America/Vancouver:20270308T100000');
    // A time the Pacific clocks skip is refused with a field message.
    expect(await c.call('sessions.create', { caseId: k.id, kind: 'mentoring', date: '2027-03-14', startTime: '02:30', endTime: '03:30', location: 'remote' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { startTime: expect.any(String) } },
    });
  });
});
