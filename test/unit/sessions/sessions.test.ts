import { beforeAll, describe, expect, it } from 'vitest';
import type { Occurrence, ScheduleCheck, SessionDetail } from '../../../shared/sessions/schemas';
import { makeCentre, known, type TestCentre } from '../helpers/centre';

/**
 * Sessions through the router as each person: booking with conflicts, a series edit across a DST change,
 * moving one occurrence, group sessions, notes, reminders, Today and the export. The clock stands at
 * 2026-11-25; US clocks spring forward on 2027-03-14.
 */
let c: TestCentre;
let caseA: number;
let caseB: number;
let room: number;
let small: number;

const booking = (o: Record<string, unknown>) => ({ kind: 'mentoring', title: '', location: 'remote', startTime: '10:00', endTime: '11:00', ...o });
const schedule = (r: { ok: boolean; error?: { code: string; schedule?: ScheduleCheck } }) => {
  expect(r.ok).toBe(false);
  expect(r.error!.code).toBe('CONFLICT');
  return r.error!.schedule!;
};

beforeAll(async () => {
  c = await makeCentre();
  caseA = (await c.newCase({ givenName: known('Fictional') })).id;
  caseB = (await c.newCase({ givenName: known('Fictional') })).id;
  await c.as('admin');
  room = (await c.ok<{ id: number }>('rooms.save', { name: 'Fictional Group Room', capacity: 8, accessible: true })).id;
  small = (await c.ok<{ id: number }>('rooms.save', { name: 'Fictional Interview Room', capacity: 2, forensicRecording: true })).id;
});

describe('booking', () => {
  it('a mentor books a weekly series with their mentee; each occurrence is a row at 10:00 local', async () => {
    await c.as('mentor');
    const s = await c.ok<SessionDetail>('sessions.create', booking({ caseId: caseA, date: '2026-12-07', location: 'room', roomId: room, recurrence: { every: 1, until: '2027-01-11', except: ['2026-12-28'] } }));
    expect(s.occurrences.map((o) => o.date)).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2027-01-04', '2027-01-11']);
    expect(s.occurrences.every((o) => o.startTime === '10:00' && o.startsAt.endsWith('T15:00:00.000Z'))).toBe(true);
    expect(s.rrule).toContain('EXDATE;TZID=America/New_York:20261228T100000');
    expect(s.cases).toEqual([{ caseId: caseA, caseNumber: expect.any(String), name: null }]);
  });

  it('mentors book only their mentees, and only as mentors', async () => {
    await c.as('mentor2');
    expect(await c.call('sessions.create', booking({ caseId: caseA, date: '2026-12-08' }))).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
    await c.as('mentor');
    expect(await c.call('sessions.create', booking({ caseId: caseA, kind: 'casework', date: '2026-12-08' }))).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
    // A group naming a case the mentor is not on is refused as a whole.
    await c.as('cw');
    const other = (await c.ok<{ header: { id: number } }>('cases.create', {})).header.id;
    await c.as('mentor');
    expect(await c.call('sessions.create', booking({ caseId: caseA, groupCaseIds: [other], date: '2026-12-08' }))).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
  });

  it('double-booking the room is a CONFLICT naming the clash and suggesting three free slots; nothing is booked', async () => {
    await c.as('cw');
    const r = await c.call('sessions.create', booking({ caseId: caseB, kind: 'casework', date: '2026-12-14', startTime: '10:30', endTime: '11:30', location: 'room', roomId: room }));
    const s = schedule(r as never);
    expect(s.clashes).toEqual([
      {
        ours: expect.objectContaining({ date: '2026-12-14', startTime: '10:30' }),
        reason: 'room',
        // The caseworker leads case A, so the mentor's session is theirs to see: named by its ids.
        theirs: { startsAt: '2026-12-14T15:00:00.000Z', endsAt: '2026-12-14T16:00:00.000Z', sessionId: expect.any(Number), occurrenceId: expect.any(Number) },
        caseId: null,
        roomId: room,
      },
    ]);
    expect(s.suggestions).toHaveLength(3);
    expect(s.suggestions[0]).toMatchObject({ date: '2026-12-14', startTime: '11:00', endTime: '12:00' });
    const check = await c.ok<ScheduleCheck>('sessions.check', booking({ caseId: caseB, kind: 'casework', date: '2026-12-14', startTime: '11:00', endTime: '12:00', location: 'room', roomId: room }));
    expect(check.clashes).toEqual([]);
  });

  it('outside working hours and in time off are clashes too; a room too small for the group is refused', async () => {
    await c.as('cw');
    await c.ok('availability.setHours', { staffId: c.ids.cw, hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })) });
    await c.ok('availability.addTimeOff', { staffId: c.ids.cw, startsAt: '2026-12-16T05:00:00Z', endsAt: '2026-12-17T05:00:00Z' });
    const late = schedule((await c.call('sessions.create', booking({ caseId: caseB, kind: 'casework', date: '2026-12-15', startTime: '17:30', endTime: '18:00' }))) as never);
    expect(late.clashes.map((x) => x.reason)).toEqual(['outside_hours']);
    expect(late.suggestions.every((s) => s.startTime >= '09:00' && s.endTime <= '17:00')).toBe(true);
    const off = schedule((await c.call('sessions.create', booking({ caseId: caseB, kind: 'casework', date: '2026-12-16' }))) as never);
    expect(off.clashes.map((x) => x.reason)).toEqual(['time_off']);
    expect(off.suggestions[0]!.date).toBe('2026-12-17');
    expect(await c.call('sessions.create', booking({ caseId: caseB, groupCaseIds: [caseA], kind: 'casework', date: '2026-12-15', location: 'room', roomId: small }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { roomId: 'too small' } },
    });
    // Admins change anyone's hours; others only their own.
    await c.as('mentor');
    expect(await c.call('availability.setHours', { staffId: c.ids.cw, hours: [] })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
  });
});

describe('edits across a DST change', () => {
  let series: SessionDetail;
  beforeAll(async () => {
    // A caseworker's appointment in the group room on 22 March 2027, 10:00 New York time (14:00 UTC, after the change).
    await c.as('cw');
    await c.ok('sessions.create', booking({ caseId: caseB, kind: 'casework', date: '2027-03-22', location: 'room', roomId: room }));
    await c.as('mentor');
    series = await c.ok<SessionDetail>('sessions.create', booking({ caseId: caseA, date: '2027-03-01', recurrence: { every: 1, until: '2027-03-29', except: [] } }));
  });

  it('moving the whole series into the room clashes on 22 March only: 10:00 local both sides of the change', async () => {
    const input = { sessionId: series.id, apply: 'series', date: '2027-03-01', startTime: '10:00', endTime: '11:00', location: 'room', roomId: room, recurrence: { every: 1, until: '2027-03-29', except: [] } };
    const check = await c.ok<ScheduleCheck>('sessions.checkUpdate', input);
    expect(check.clashes.map((x) => [x.reason, x.ours.date, x.ours.startsAt])).toEqual([['room', '2027-03-22', '2027-03-22T14:00:00.000Z']]);
    const r = await c.call('sessions.update', { ...input, version: series.version });
    expect(schedule(r as never).clashes).toHaveLength(1);
    // Unchanged: still remote, five planned occurrences.
    const again = await c.ok<SessionDetail>('sessions.get', { sessionId: series.id });
    expect(again.occurrences.map((o) => o.location)).toEqual(['remote', 'remote', 'remote', 'remote', 'remote']);
  });

  it('this-and-following splits the series at 15 March (after the change) and still finds the clash', async () => {
    const from = series.occurrences.find((o) => o.date === '2027-03-15')!;
    const input = { sessionId: series.id, apply: 'following', fromOccurrenceId: from.id, date: '2027-03-15', startTime: '10:00', endTime: '11:00', location: 'room', roomId: room, recurrence: { every: 1, until: '2027-03-29', except: [] } };
    expect(schedule((await c.call('sessions.update', { ...input, version: series.version })) as never).clashes.map((x) => x.ours.date)).toEqual(['2027-03-22']);
    // Skip the clashing date: the split lands, the earlier part keeps its rule up to 14 March.
    const split = await c.ok<SessionDetail>('sessions.update', { ...input, version: series.version, recurrence: { every: 1, until: '2027-03-29', except: ['2027-03-22'] } });
    expect(split.id).not.toBe(series.id);
    expect(split.occurrences.map((o) => [o.date, o.startsAt, o.location])).toEqual([
      ['2027-03-15', '2027-03-15T14:00:00.000Z', 'room'],
      ['2027-03-29', '2027-03-29T14:00:00.000Z', 'room'],
    ]);
    const earlier = await c.ok<SessionDetail>('sessions.get', { sessionId: series.id });
    expect(earlier.occurrences.map((o) => o.date)).toEqual(['2027-03-01', '2027-03-08']);
    expect(earlier.rrule).toContain('UNTIL=20270314T235900');
  });

  it('moving one occurrence onto a taken room is a CONFLICT; elsewhere it moves and is marked moved', async () => {
    const s = await c.ok<SessionDetail>('sessions.get', { sessionId: series.id });
    const o = s.occurrences[1]!;
    const onto = { sessionId: series.id, occurrenceId: o.id, date: '2027-03-22', startTime: '10:30', endTime: '11:00', location: 'room', roomId: room };
    expect(schedule((await c.call('sessions.move', { ...onto, version: o.version })) as never).clashes.map((x) => x.reason)).toEqual(expect.arrayContaining(['room']));
    const moved = await c.ok<Occurrence>('sessions.move', { ...onto, startTime: '12:00', endTime: '13:00', version: o.version });
    expect(moved).toMatchObject({ date: '2027-03-22', startTime: '12:00', startsAt: '2027-03-22T16:00:00.000Z', moved: true, roomId: room });
    expect(await c.call('sessions.move', { ...onto, version: o.version })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('group sessions and need-to-know', () => {
  let group: SessionDetail;
  beforeAll(async () => {
    await c.as('cw');
    await c.ok('cases.assign', { caseId: caseB, staffId: c.ids.mentor2, caseRole: 'mentor', contactName: 'Fictional B' });
    await c.ok('cases.assign', { caseId: caseA, staffId: c.ids.mentor, caseRole: 'mentor', contactName: 'Fictional A' });
    await c.as('mentor');
    group = await c.ok<SessionDetail>('sessions.create', booking({ caseId: caseA, groupCaseIds: [caseB], title: 'Fictional art group', date: '2026-12-09', location: 'room', roomId: room }));
  });

  it('the organiser sees both mentees; another mentee’s mentor sees only their own', async () => {
    expect(group.cases.map((x) => x.caseId).sort()).toEqual([caseA, caseB].sort());
    const numberA = group.cases.find((x) => x.caseId === caseA)!.caseNumber;
    await c.as('mentor2');
    const seen = await c.ok<SessionDetail>('sessions.get', { sessionId: group.id });
    expect(seen.cases.map((x) => x.caseId)).toEqual([caseB]);
    const cal = await c.ok<{ occurrences: Occurrence[] }>('sessions.calendar', { from: '2026-12-07T05:00:00Z', to: '2026-12-14T05:00:00Z' });
    const text = JSON.stringify(cal);
    expect(text).not.toContain(numberA);
    expect(text).not.toContain('Fictional A');
    expect(cal.occurrences.find((o) => o.sessionId === group.id)!.cases).toEqual([{ caseId: caseB, caseNumber: expect.any(String), name: 'Fictional B', noteId: null }]);
    // Not the organiser: may not move it.
    const o = seen.occurrences[0]!;
    expect(await c.call('sessions.setStatus', { sessionId: group.id, occurrenceId: o.id, version: o.version, status: 'cancelled' })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
  });

  it('a legal aide’s appointment is not in a mentor’s calendar, case sessions or timeline; its clash shows as bare time', async () => {
    await c.as('legal');
    const legal = await c.ok<SessionDetail>('sessions.create', booking({ caseId: caseA, kind: 'legal', title: 'Fictional hearing prep', date: '2026-12-10', startTime: '14:00', endTime: '15:00' }));
    await c.as('mentor');
    expect(await c.call('sessions.get', { sessionId: legal.id })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
    const cal = await c.ok<{ occurrences: Occurrence[] }>('sessions.calendar', { from: '2026-12-07T05:00:00Z', to: '2026-12-14T05:00:00Z' });
    expect(cal.occurrences.map((o) => o.kind)).not.toContain('legal');
    expect(JSON.stringify(await c.ok('sessions.ofCase', { caseId: caseA }))).not.toContain('hearing');
    const tl = await c.ok<{ event: string; params: { kind?: string } }[]>('timeline.get', { caseId: caseA });
    expect(tl.filter((e) => e.event.startsWith('session.')).map((e) => e.params.kind)).not.toContain('legal');
    const clash = schedule((await c.call('sessions.create', booking({ caseId: caseA, date: '2026-12-10', startTime: '14:30', endTime: '15:30' }))) as never);
    expect(clash.clashes).toEqual([expect.objectContaining({ reason: 'mentee', caseId: caseA, theirs: { startsAt: legal.occurrences[0]!.startsAt, endsAt: legal.occurrences[0]!.endsAt, sessionId: null, occurrenceId: null } })]);
    // The caseworker coordinates: sees both kinds on the case.
    await c.as('cw');
    expect((await c.ok<Occurrence[]>('sessions.ofCase', { caseId: caseA })).map((o) => o.kind)).toEqual(expect.arrayContaining(['legal', 'mentoring']));
  });
});

describe('after and before a session', () => {
  it('the note after it is a mentoring note on the mentee’s case, the occurrence is held, Today and the timeline show it', async () => {
    await c.as('mentor');
    const s = await c.ok<SessionDetail>('sessions.create', booking({ caseId: caseA, date: '2026-11-25', startTime: '11:00', endTime: '12:00' }));
    const o = s.occurrences[0]!;
    expect(await c.call('sessions.writeNote', { sessionId: s.id, occurrenceId: o.id, caseId: caseA, body: 'Fictional note.' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const today = await c.ok<{ kind: string; ref: { id: number }; params: Record<string, unknown> }[]>('today.get', {});
    expect(today.filter((t) => t.kind === 'session.today').map((t) => t.ref.id)).toContain(s.id);
    // Later that day (the idle lock has run meanwhile: unlock again).
    c.clock.now = Date.parse('2026-11-25T17:30:00Z');
    await c.ok('vault.unlock', { username: 'mentor', password: 'mentor-final-pass-1' });
    const held = await c.ok<Occurrence>('sessions.writeNote', { sessionId: s.id, occurrenceId: o.id, caseId: caseA, body: 'Fictional session note.' });
    expect(held.status).toBe('held');
    const noteId = held.cases[0]!.noteId!;
    const notes = await c.ok<{ id: number; type: string }[]>('notes.list', { caseId: caseA });
    expect(notes.find((n) => n.id === noteId)?.type).toBe('mentoring');
    const tl = await c.ok<{ event: string }[]>('timeline.get', { caseId: caseA });
    expect(tl.map((e) => e.event)).toEqual(expect.arrayContaining(['session.booked', 'session.held', 'note.created']));
    c.clock.now = Date.parse('2026-11-25T09:00:00Z');
    await c.ok('vault.unlock', { username: 'mentor', password: 'mentor-final-pass-1' });
  });

  it('reminders list only the methods the survivor marked safe, none when monitored or do-not-contact', async () => {
    await c.as('cw');
    const file = await c.ok<{ header: { version: number } }>('cases.get', { caseId: caseB });
    const contact = {
      preferredName: 'Fictional B',
      methods: [
        { kind: 'phone', value: '555-0100', safeToLeaveMessage: 'yes', safeTimes: 'mornings' },
        { kind: 'email', value: 'fictional@example.invalid', safeToLeaveMessage: 'no', safeTimes: '' },
      ],
      unsafePersonMayMonitor: 'no',
      othersAwareOfContact: 'unknown',
      doNotContact: false,
      safetyNotes: '',
    };
    await c.ok('cases.updateContact', { caseId: caseB, version: file.header.version, contact });
    await c.as('mentor2');
    const s = await c.ok<SessionDetail>('sessions.create', booking({ caseId: caseB, date: '2026-11-26', startTime: '13:00', endTime: '14:00' }));
    const list = await c.ok<{ sessionId: number; methods: { kind: string }[]; blocked: string | null }[]>('reminders.list', { days: 2 });
    const mine = list.filter((r) => r.sessionId === s.id);
    expect(mine).toEqual([expect.objectContaining({ methods: [{ kind: 'phone', value: '555-0100', safeTimes: 'mornings' }], blocked: null })]);
    await c.ok('reminders.done', { sessionId: s.id, occurrenceId: s.occurrences[0]!.id, caseId: caseB });
    await c.as('cw');
    const v2 = (await c.ok<{ header: { version: number } }>('cases.get', { caseId: caseB })).header.version;
    await c.ok('cases.updateContact', { caseId: caseB, version: v2, contact: { ...contact, unsafePersonMayMonitor: 'yes' } });
    await c.as('mentor2');
    const after = (await c.ok<{ sessionId: number; methods: unknown[]; blocked: string | null; doneAt: string | null }[]>('reminders.list', { days: 2 })).filter((r) => r.sessionId === s.id);
    expect(after).toEqual([expect.objectContaining({ methods: [], blocked: 'monitored', doneAt: expect.any(String) })]);
  });

  it('the .ics export is de-identified (case number, no name, title or room) and an audited change', async () => {
    await c.as('mentor');
    const out = await c.ok<{ ics: string; count: number; filename: string }>('sessions.exportCalendar', { from: '2026-12-01', to: '2026-12-31' });
    expect(out.count).toBeGreaterThan(3);
    expect(out.ics).toContain('BEGIN:VEVENT');
    expect(out.ics).toContain('DTSTART:20261207T150000Z');
    expect(out.ics).toMatch(/HV-\d{4}-\d{5}/);
    for (const secret of ['Fictional', 'Group Room', 'art group', 'LOCATION']) expect(out.ics).not.toContain(secret);
    const audit = c.core.runtime.db!.prepare(`SELECT action, outcome FROM audit WHERE action = 'sessions.exportCalendar'`).all();
    expect(audit).toEqual([{ action: 'sessions.exportCalendar', outcome: 'ok' }]);
  });
});

describe('suggestions at the edge of the day', () => {
  it('a clash late in the evening suggests the next days, and the search ends (no wrap past midnight)', async () => {
    await c.as('mentor2');
    await c.ok('sessions.create', booking({ caseId: caseB, date: '2026-12-20', startTime: '23:30', endTime: '23:50' }));
    const s = await c.ok<ScheduleCheck>('sessions.check', booking({ caseId: caseB, date: '2026-12-20', startTime: '23:35', endTime: '23:55' }));
    expect(s.clashes.map((x) => x.reason)).toEqual(['organiser', 'mentee']);
    expect(s.suggestions.map((x) => x.date)).toEqual(['2026-12-21', '2026-12-21', '2026-12-21']);
    expect(s.suggestions[0]!.startTime).toBe('08:00');
  });
});
