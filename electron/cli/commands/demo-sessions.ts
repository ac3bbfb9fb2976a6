import { TZDate } from '@date-fns/tz';
import { addDays, addMinutes, format, parseISO, startOfISOWeek } from 'date-fns';
import type { FictionalCase, FictionalSchedule, FictionalStaff } from '../../../fiction/generator';
import type { SessionDetail } from '../../../shared/sessions/schemas';
import { must } from './demo-common';
import type { CoreClient } from '../../core/host';

/** Rooms, working hours and sessions of the fictional centre (issue 13), written through the core like the rest of the demo. */

export interface ScheduleCounts {
  rooms: number;
  sessions: number;
  occurrences: number;
  notes: number;
  noShows: number;
  skipped: number;
}


/** As the admin (the demo's first sign-in): the rooms, and everyone's working hours. */
export async function writeRoomsAndHours(core: CoreClient, plan: FictionalSchedule, staff: readonly (FictionalStaff & { id: number })[]): Promise<number[]> {
  const rooms: number[] = [];
  // On a vault a demo already filled, the rooms exist: use them.
  const existing = must<{ id: number; name: string }[]>(await core.request('rooms.list', { includeInactive: true }), 'rooms');
  for (const r of plan.rooms) rooms.push(existing.find((x) => x.name === r.name)?.id ?? must<{ id: number }>(await core.request('rooms.save', r), 'room').id);
  for (const s of staff.filter((x) => x.roles.some((r) => r !== 'admin'))) {
    const end = plan.eveningMentors.includes(s.username) ? '19:00' : '17:00';
    must(await core.request('availability.setHours', { staffId: s.id, hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end })) }), 'hours');
  }
  return rooms;
}

const plusMinutes = (time: string, m: number) => format(addMinutes(parseISO(`2000-01-03T${time}`), m), 'HH:mm');

/**
 * The sessions, each booked by its organiser (the case's mentor, lead caseworker or legal aide). A booking
 * that clashes is tried an hour later, as a person would (up to three times), else skipped and counted.
 * Occurrences already past are closed as a person would: the first sometimes a no-show, the others held
 * with the note written after them.
 */
export async function writeSessions(
  core: CoreClient,
  plan: FictionalSchedule,
  rooms: readonly number[],
  cases: readonly FictionalCase[],
  caseIds: ReadonlyMap<FictionalCase, number>,
  signIn: (username: string) => Promise<void>,
  canSignIn: (username: string) => boolean,
): Promise<ScheduleCounts> {
  const counts: ScheduleCounts = { rooms: rooms.length, sessions: 0, occurrences: 0, notes: 0, noShows: 0, skipped: 0 };
  let zone: string | null = null;
  for (const s of plan.sessions) {
    const first = cases[s.cases[0]!]!;
    const organiser = s.organiser === 'mentor' ? first.team.mentor : s.organiser === 'lead' ? first.team.lead : first.team.legalAide;
    const ids = s.cases.map((i) => caseIds.get(cases[i]!));
    if (!organiser || !canSignIn(organiser) || ids.some((id) => id === undefined)) {
      counts.skipped++;
      continue;
    }
    await signIn(organiser);
    zone ??= must<{ timeZone: string }>(await core.request('calendar.settings', {}), 'calendar').timeZone;
    const monday = startOfISOWeek(parseISO(format(TZDate.tz(zone), 'yyyy-MM-dd')));
    const day = (weeks: number) => format(addDays(monday, weeks * 7 + s.weekday - 1), 'yyyy-MM-dd');
    const date = day(s.weekOffset);
    const recurrence = s.series
      ? { every: s.series.every, until: day(s.weekOffset + (s.series.weeks - 1)), except: s.series.skipWeek === null ? [] : [day(s.weekOffset + s.series.skipWeek)] }
      : null;
    let booked: SessionDetail | null = null;
    for (let tryHour = 0; tryHour < 4 && !booked; tryHour++) {
      const startTime = plusMinutes(s.startTime, tryHour * 60);
      const r = await core.request('sessions.create', {
        caseId: ids[0],
        groupCaseIds: ids.slice(1),
        kind: s.kind,
        title: s.title,
        interpreter: s.interpreter,
        date,
        startTime,
        endTime: plusMinutes(startTime, s.minutes),
        location: s.location,
        roomId: s.location === 'room' ? rooms[s.room!] : null,
        recurrence,
      });
      if (r.ok) booked = r.value as SessionDetail;
      else if (r.error.code !== 'CONFLICT') throw new Error(`session: ${r.error.code}`);
    }
    if (!booked) {
      counts.skipped++;
      continue;
    }
    counts.sessions++;
    counts.occurrences += booked.occurrences.length;
    const now = new Date().toISOString();
    let note = 0;
    for (const [k, o] of booked.occurrences.filter((x) => x.endsAt < now).entries()) {
      if (k === 0 && s.noShowFirst) {
        must(await core.request('sessions.setStatus', { sessionId: booked.id, occurrenceId: o.id, version: o.version, status: 'no_show' }), 'no-show');
        counts.noShows++;
        continue;
      }
      for (const caseId of ids) {
        must(await core.request('sessions.writeNote', { sessionId: booked.id, occurrenceId: o.id, caseId, body: s.notes[note++ % Math.max(1, s.notes.length)] ?? s.title }), 'session note');
        counts.notes++;
      }
    }
  }
  return counts;
}
