import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../../shared/sessions/schemas';
import { makeCentre, known, type TestCentre } from '../helpers/centre';

/** Red-team findings on sessions (issue 13): each a rule with the case that broke it. Clock: 2026-11-25. */
let c: TestCentre;
const booking = (o: Record<string, unknown>) => ({ kind: 'mentoring', title: '', location: 'remote', startTime: '10:00', endTime: '11:00', ...o });
const fields = (r: unknown) => (r as { ok: false; error: { code: string; fields?: Record<string, string> } }).error;

beforeAll(async () => {
  c = await makeCentre();
  c.clock.now = Date.parse('2026-11-25T15:00:00Z');
});

describe('an organiser unassigned from a case', () => {
  it("cancels their coming occurrences for that case (past ones stay), so the freed slot books", async () => {
    const caseA = (await c.newCase({ givenName: known('Fictional') })).id;
    await c.as('mentor');
    const s = await c.ok<SessionDetail>('sessions.create', booking({ caseId: caseA, date: '2026-11-23', recurrence: { every: 1, until: '2026-12-14', except: [] } }));
    await c.as('cw');
    await c.ok('cases.assign', { caseId: caseA, staffId: c.ids.mentor2, caseRole: 'mentor' });
    await c.ok('cases.unassign', { caseId: caseA, staffId: c.ids.mentor });
    const after = await c.ok<SessionDetail>('sessions.get', { sessionId: s.id });
    expect(after.occurrences.map((o) => [o.date, o.status])).toEqual([
      ['2026-11-23', 'planned'],
      ['2026-11-30', 'cancelled'],
      ['2026-12-07', 'cancelled'],
      ['2026-12-14', 'cancelled'],
    ]);
    await c.as('mentor2');
    await c.ok('sessions.create', booking({ caseId: caseA, date: '2026-12-07' }));
  });

  it('a group session drops the case and goes on for the other mentees', async () => {
    const caseA = (await c.newCase({ givenName: known('Fictional') })).id;
    const caseB = (await c.newCase({ givenName: known('Fictional') })).id;
    await c.as('mentor');
    const s = await c.ok<SessionDetail>('sessions.create', booking({ caseId: caseA, groupCaseIds: [caseB], date: '2026-12-08' }));
    await c.as('cw');
    await c.ok('cases.unassign', { caseId: caseA, staffId: c.ids.mentor });
    await c.as('mentor');
    const after = await c.ok<SessionDetail>('sessions.get', { sessionId: s.id });
    expect(after.cases.map((x) => x.caseId)).toEqual([caseB]);
    expect(after.occurrences.map((o) => o.status)).toEqual(['planned']);
    // Still the organiser's to change (it was NEED_TO_KNOW while it named a case they had left).
    const o = after.occurrences[0]!;
    await c.ok('sessions.setStatus', { sessionId: s.id, occurrenceId: o.id, version: o.version, status: 'cancelled' });
  });
});

describe('booking input', () => {
  let caseA: number;
  beforeAll(async () => {
    caseA = (await c.newCase({ givenName: known('Fictional') })).id;
    await c.as('mentor');
  });

  it('dates outside [today − 1 year, today + 2 years] in the centre zone are VALIDATION with the field', async () => {
    await c.as('mentor');
    expect(fields(await c.call('sessions.create', booking({ caseId: caseA, date: '9999-12-31' })))).toMatchObject({ code: 'VALIDATION', fields: { date: expect.any(String) } });
    expect(fields(await c.call('sessions.create', booking({ caseId: caseA, date: '2025-11-24' })))).toMatchObject({ code: 'VALIDATION', fields: { date: expect.any(String) } });
    expect(fields(await c.call('sessions.create', booking({ caseId: caseA, date: '2028-11-20', recurrence: { every: 1, until: '2028-12-04', except: [] } })))).toMatchObject({
      code: 'VALIDATION',
      fields: { 'recurrence.until': expect.any(String) },
    });
    await c.ok('sessions.create', booking({ caseId: caseA, date: '2028-11-24', startTime: '08:00', endTime: '08:30' }));
  });

  it('a title of only invisible characters is VALIDATION', async () => {
    await c.as('mentor');
    expect(fields(await c.call('sessions.create', booking({ caseId: caseA, date: '2026-12-09', title: '\u200b\u200d\u2800' })))).toMatchObject({ code: 'VALIDATION' });
  });

  it('EXDATEs off the rule are VALIDATION; duplicates are stored once', async () => {
    await c.as('mentor');
    const r = await c.call('sessions.create', booking({ caseId: caseA, date: '2026-12-10', recurrence: { every: 1, until: '2027-01-07', except: ['2026-12-11'] } }));
    expect(fields(r)).toMatchObject({ code: 'VALIDATION', fields: { 'recurrence.except': expect.any(String) } });
    const s = await c.ok<SessionDetail>('sessions.create', booking({ caseId: caseA, date: '2026-12-10', recurrence: { every: 1, until: '2027-01-07', except: ['2026-12-24', '2026-12-24'] } }));
    expect(s.recurrence!.except).toEqual(['2026-12-24']);
  });
});

describe('rooms.save with future bookings', () => {
  it('retiring or shrinking a booked room is a CONFLICT listing the bookings (times only); an empty one changes', async () => {
    const caseA = (await c.newCase({ givenName: known('Fictional') })).id;
    const caseB = (await c.newCase({ givenName: known('Fictional') })).id;
    await c.as('admin');
    const room = await c.ok<{ id: number; version: number }>('rooms.save', { name: 'Fictional Red Room', capacity: 6 });
    await c.as('mentor');
    await c.ok('sessions.create', booking({ caseId: caseA, groupCaseIds: [caseB], date: '2026-12-11', location: 'room', roomId: room.id }));
    await c.as('admin');
    const base = { id: room.id, version: room.version, name: 'Fictional Red Room', capacity: 6 };
    const retire = (await c.call('rooms.save', { ...base, active: false })) as { ok: false; error: { code: string; current: { bookings: unknown[] } } };
    expect(retire.error.code).toBe('CONFLICT');
    expect(retire.error.current.bookings).toEqual([{ date: '2026-12-11', startTime: '10:00', endTime: '11:00', startsAt: expect.any(String), endsAt: expect.any(String) }]);
    expect(((await c.call('rooms.save', { ...base, capacity: 2 })) as { error: { code: string } }).error.code).toBe('CONFLICT');
    // Still big enough for the group of three: fine.
    await c.ok('rooms.save', { ...base, capacity: 3 });
    const empty = await c.ok<{ id: number; version: number }>('rooms.save', { name: 'Fictional Empty Room', capacity: 4 });
    await c.ok('rooms.save', { id: empty.id, version: empty.version, name: 'Fictional Empty Room', capacity: 1, active: false });
  });
});
