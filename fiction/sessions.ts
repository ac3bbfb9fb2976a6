import type { FictionalCase } from './cases';
import { seeded } from './random';

/**
 * Rooms, working hours and sessions of a fictional centre (issue 13). Dates are relative: `weekOffset` weeks
 * from the Monday of the week the demo runs, `weekday` 1 (Monday) to 5, so the calendar always shows a
 * present with past sessions (held, with their notes) and coming ones. `text` wraps free text (the canary).
 */
export interface FictionalRoom {
  name: string;
  capacity: number;
  childFriendly: boolean;
  forensicRecording: boolean;
  accessible: boolean;
}

export interface FictionalSession {
  /** Index into the centre's cases: the first mentee, then the rest of a group. */
  cases: number[];
  kind: 'mentoring' | 'casework' | 'legal';
  /** Who organises it: the case's mentor, lead caseworker or legal aide. */
  organiser: 'mentor' | 'lead' | 'legalAide';
  title: string;
  weekOffset: number;
  weekday: number;
  startTime: string;
  minutes: number;
  location: 'room' | 'offsite' | 'remote';
  /** Index into rooms when location is 'room'. */
  room: number | null;
  interpreter: boolean;
  /** Weekly or every two weeks for this many weeks, leaving out the occurrence at `skipWeek` (a holiday). */
  series: { every: 1 | 2; weeks: number; skipWeek: number | null } | null;
  /** Notes for occurrences already past: one per mentee and occurrence, in order; a missed one is marked no-show. */
  notes: string[];
  noShowFirst: boolean;
}

export interface FictionalSchedule {
  rooms: FictionalRoom[];
  /** Mon–Fri working hours for every staff member who books (evening hours for some mentors). */
  eveningMentors: string[];
  sessions: FictionalSession[];
}

const NOTES = [
  'Talked through the week; she is sleeping better and wants to try the cooking class.',
  'Practised the bus route to the clinic together. Next time: the library card.',
  'Quiet session. Mostly listened. Agreed to meet at the centre next week instead of the café.',
  'Celebrated the first pay cheque from the new job. Set a small savings goal.',
  'Worked on the CV. He asked about evening English classes; passing this on to the caseworker.',
];
const TITLES = ['Weekly check-in', 'Walk and talk', 'Peer support', 'Goal planning', 'Coffee catch-up'];

export function fictionalSchedule(opts: { seed: number; cases: readonly FictionalCase[]; text: (s: string) => string }): FictionalSchedule {
  const rng = seeded(opts.seed + 13);
  const t = opts.text;
  const rooms: FictionalRoom[] = [
    { name: t('Interview Room'), capacity: 3, childFriendly: false, forensicRecording: false, accessible: true },
    { name: t('Forensic Interview Room'), capacity: 4, childFriendly: true, forensicRecording: true, accessible: true },
    { name: t('Counselling Room'), capacity: 3, childFriendly: false, forensicRecording: false, accessible: false },
    { name: t('Youth Drop-in'), capacity: 10, childFriendly: true, forensicRecording: false, accessible: true },
    { name: t('Group Room'), capacity: 12, childFriendly: false, forensicRecording: false, accessible: true },
  ];
  const sessions: FictionalSession[] = [];
  const byMentor = new Map<string, number[]>();
  opts.cases.forEach((c, i) => {
    if (c.team.mentor && c.status === 'Active') byMentor.set(c.team.mentor, [...(byMentor.get(c.team.mentor) ?? []), i]);
  });
  // Each mentor meets each mentee weekly (or every two weeks) from three weeks ago, in distinct slots.
  const SLOTS = ['10:00', '11:00', '13:00', '14:00', '15:30'];
  for (const [, mentees] of byMentor) {
    mentees.forEach((caseIndex, k) => {
      const every = rng.chance(0.3) ? 2 : 1;
      const weeks = every === 1 ? 8 : 10;
      const past = every === 1 ? 3 : 4;
      const held = Math.ceil(past / every);
      sessions.push({
        cases: [caseIndex],
        kind: 'mentoring',
        organiser: 'mentor',
        title: t(rng.pick(TITLES)),
        weekOffset: -past,
        weekday: 1 + (k % 5),
        startTime: SLOTS[Math.floor(k / 5) % SLOTS.length]!,
        minutes: 60,
        location: rng.pick(['offsite', 'remote', 'room'] as const),
        room: 2,
        interpreter: rng.chance(0.2),
        series: { every, weeks, skipWeek: every === 1 ? past + 1 : past + 2 },
        notes: Array.from({ length: held }, () => t(rng.pick(NOTES))),
        noShowFirst: rng.chance(0.25),
      });
    });
    // A group session every two weeks for mentors with several mentees, in the group room, on Friday afternoon.
    if (mentees.length >= 2)
      sessions.push({
        cases: mentees.slice(0, 3),
        kind: 'mentoring',
        organiser: 'mentor',
        title: t('Art and conversation group'),
        weekOffset: -2,
        weekday: 5,
        startTime: '16:00',
        minutes: 60,
        location: 'room',
        room: 4,
        interpreter: false,
        series: { every: 2, weeks: 8, skipWeek: null },
        notes: mentees.slice(0, 3).map(() => t('Group painted together; everyone took part. Snacks ran out: bring more.')),
        noShowFirst: false,
      });
  }
  // Caseworkers' and legal aides' single appointments next week, in the interview rooms or at court.
  opts.cases.forEach((c, i) => {
    if (c.status !== 'Active') return;
    if (rng.chance(0.5))
      sessions.push({
        cases: [i], kind: 'casework', organiser: 'lead', title: t('Case plan review'), weekOffset: 1, weekday: 1 + (i % 5), startTime: rng.pick(['09:00', '09:30', '16:00']),
        minutes: 45, location: 'room', room: i % 2, interpreter: rng.chance(0.3), series: null, notes: [], noShowFirst: false,
      });
    if (c.team.legalAide && rng.chance(0.4))
      sessions.push({
        cases: [i], kind: 'legal', organiser: 'legalAide', title: t('Declaration preparation'), weekOffset: 1, weekday: 1 + ((i + 2) % 5), startTime: '12:00',
        minutes: 60, location: rng.chance(0.5) ? 'offsite' : 'room', room: 1, interpreter: rng.chance(0.4), series: null, notes: [], noShowFirst: false,
      });
  });
  const mentors = [...byMentor.keys()];
  return { rooms, eveningMentors: mentors.filter(() => rng.chance(0.3)), sessions };
}
