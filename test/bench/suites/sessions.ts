import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, addMinutes, formatISO, startOfISOWeek } from 'date-fns';
import type { Result } from '../../../shared/errors';
import type { Core } from '../../../electron/core/index';
import { calendarOccurrences } from '../../../electron/core/sessions/queries';
import { benchData, openAs, type BenchData } from '../bulk';
import { timeBoxed, type Box } from '../measure';
import { row, type Row, type Suite } from '../report';
import { tempDir } from '../seed';

/**
 * Issue 13: the week view at 50k session occurrences in the vault, through the router (the calendar of the
 * benched caseworker: their own bookings and those on their 150 cases; and a room's week), with the query
 * alone beside it. Sessions are added to a COPY of a cached case data set with plain SQL (the bench is exempt
 * from the SQL rule): 10k weekly series of five occurrences over a year around now, organised by each case's
 * lead or mentor, 40% in one of five rooms. Full: 10k cases; quick: 2k cases. 50k occurrences at both.
 */
const plan = (quick: boolean) => ({
  cases: quick ? 2_000 : 10_000,
  series: 10_000,
  perSeries: 5,
  latency: (quick ? { timeMs: 500, minSamples: 30, capMs: 2000 } : { timeMs: 4000, minSamples: 300, capMs: 30_000 }) satisfies Box,
});

const must = (r: Result<unknown>, what: string) => {
  if (!r.ok) throw new Error(`${what} failed: ${r.error.code}`);
  return r.value;
};

const ZONE = 'America/New_York';

function addSessions(core: Core, series: number, perSeries: number): number[] {
  const db = core.runtime.db!;
  const monday = startOfISOWeek(new Date());
  const rooms: number[] = [];
  db.transaction(() => {
    for (let r = 0; r < 5; r++) rooms.push(Number(db.prepare(`INSERT INTO room (name, capacity, created_at, updated_at) VALUES (?, 8, 'x', 'x')`).run(`Bench room ${r}`).lastInsertRowid));
    const teams = db.prepare(`SELECT case_id, staff_id, case_role FROM case_assignment WHERE case_role IN ('lead_caseworker', 'mentor') ORDER BY case_id, case_role`).all() as { case_id: number; staff_id: number; case_role: string }[];
    const session = db.prepare(
      `INSERT INTO session (kind, part, organiser_id, title, time_zone, first_date, start_time, end_time, location, room_id, rrule, every, until_date, created_by, created_at, updated_at)
       VALUES (?, 'sessions', ?, 'Bench', ?, ?, ?, ?, ?, ?, 'RRULE:FREQ=WEEKLY', 1, ?, ?, 'x', 'x')`,
    );
    const member = db.prepare('INSERT INTO session_case (session_id, case_id) VALUES (?, ?)');
    const occ = db.prepare(
      `INSERT INTO session_occurrence (session_id, original_date, date, start_time, end_time, starts_at, ends_at, location, room_id, organiser_id, status, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x')`,
    );
    for (let i = 0; i < series; i++) {
      const t = teams[(i * 7919) % teams.length]!;
      const kind = t.case_role === 'mentor' ? 'mentoring' : 'casework';
      const firstWeek = (i % 52) - 26;
      const day = addDays(monday, firstWeek * 7 + (i % 5));
      const hour = 9 + (i % 8);
      const inRoom = i % 5 < 2;
      const roomId = inRoom ? rooms[i % rooms.length]! : null;
      const date = (d: Date) => formatISO(d, { representation: 'date' });
      const start = `${String(hour).padStart(2, '0')}:00`;
      const end = `${String(hour).padStart(2, '0')}:50`;
      const id = Number(session.run(kind, t.staff_id, ZONE, date(day), start, end, inRoom ? 'room' : 'remote', roomId, date(addDays(day, 7 * (perSeries - 1))), t.staff_id).lastInsertRowid);
      member.run(id, t.case_id);
      for (let k = 0; k < perSeries; k++) {
        const d = addDays(day, 7 * k);
        // UTC instants at the wall-clock hour in New York (offset approximated: the bench measures reads, not zones).
        const startsAt = addMinutes(d, hour * 60 + 300).toISOString();
        const endsAt = addMinutes(d, hour * 60 + 350).toISOString();
        occ.run(id, date(d), date(d), start, end, startsAt, endsAt, inRoom ? 'room' : 'remote', roomId, t.staff_id, k < 2 && firstWeek < 0 ? 'held' : 'planned');
      }
    }
  }).immediate();
  return rooms;
}

async function measure(quick: boolean, data: BenchData): Promise<Row[]> {
  const p = plan(quick);
  const tmp = tempDir('sessions');
  try {
    cpSync(data.dataDir, join(tmp.dir, 'vault'), { recursive: true });
    const copy = { ...data, dataDir: join(tmp.dir, 'vault') };
    const admin = await openAs(copy, 'admin');
    let rooms: number[];
    try {
      rooms = addSessions(admin, p.series, p.perSeries);
    } finally {
      await admin.close();
    }
    const cw = await openAs(copy, 'caseworker');
    try {
      const monday = startOfISOWeek(new Date());
      const week = { from: monday.toISOString(), to: addDays(monday, 7).toISOString() };
      const total = cw.runtime.db!.prepare('SELECT count(*) FROM session_occurrence').pluck().get() as number;
      const shown = (must(await cw.handle({ channel: 'sessions.calendar', input: week }), 'calendar') as { occurrences: unknown[] }).occurrences.length;
      const roomWeek = must(await cw.handle({ channel: 'sessions.calendar', input: { ...week, roomId: rooms[0] } }), 'room') as { occurrences: unknown[]; busy: unknown[] };
      const mine = await timeBoxed(async () => void must(await cw.handle({ channel: 'sessions.calendar', input: week }), 'calendar'), p.latency);
      const room = await timeBoxed(async () => void must(await cw.handle({ channel: 'sessions.calendar', input: { ...week, roomId: rooms[0] } }), 'room'), p.latency);
      const today = await timeBoxed(async () => void must(await cw.handle({ channel: 'today.get', input: {} }), 'today'), p.latency);
      // The query alone: the caseworker's cases by part, as the service passes them.
      const me = cw.runtime.session!.staffId;
      const cases = cw.runtime.db!.prepare(`SELECT case_id FROM case_assignment WHERE staff_id = ? AND case_role IN ('lead_caseworker', 'caseworker')`).pluck().all(me) as number[];
      const raw = await timeBoxed(() => calendarOccurrences(cw.runtime.db!, { staffId: me, byPart: { sessions: cases, 'sessions.legal': cases }, ...week }), p.latency, false);
      return [
        row('sessions.calendar.week.p95_ms', 'ms', mine.p95Ms, 10),
        row('sessions.calendar.week.p50_ms', 'ms', mine.p50Ms),
        row('sessions.calendar.week.rows', 'rows', shown),
        row('sessions.calendar.week.raw_query.p95_ms', 'ms', raw.p95Ms),
        row('sessions.calendar.room_week.p95_ms', 'ms', room.p95Ms, 10),
        row('sessions.calendar.room_week.rows', 'rows', roomWeek.occurrences.length + roomWeek.busy.length),
        row('sessions.today.get.p95_ms', 'ms', today.p95Ms, 20),
        row('sessions.dataset_occurrences', 'occurrences', total),
        row('sessions.dataset_cases', 'cases', data.cases),
      ];
    } finally {
      await cw.close();
    }
  } finally {
    tmp.cleanup();
  }
}

export const sessions: Suite = async ({ quick }) => {
  const data = await benchData(plan(quick).cases, (s) => process.stdout.write(`  ${s}\n`));
  return measure(quick, data);
};
