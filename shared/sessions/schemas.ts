import { z } from 'zod';
import { idSchema, versionSchema } from '../schemas';
import { text, visibleLength } from '../text';
import { CLASH_REASONS, CENTRE_TIME_ZONES, MAX_GROUP, SESSION_KINDS, SESSION_LOCATIONS, SESSION_STATUSES, WEEKDAYS } from './vocab';

/** A calendar date 'YYYY-MM-DD' (a wall-clock day in the centre's zone). */
export const localDateSchema = z.iso.date();
/** A wall-clock time 'HH:mm' in the centre's zone. */
export const localTimeSchema = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time HH:mm.');
export const timeZoneSchema = z.enum(CENTRE_TIME_ZONES);
export const sessionKindSchema = z.enum(SESSION_KINDS);
export const sessionStatusSchema = z.enum(SESSION_STATUSES);
export const sessionLocationSchema = z.enum(SESSION_LOCATIONS);
/** An instant in UTC, ISO 8601 with offset; normalised to toISOString(). */
export const utcInstantSchema = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

const shortText = (max: number) =>
  text()
    .trim()
    .max(max)
    .refine((s) => visibleLength(s) >= 1, 'Write something.');

/** The note written after a session: a case note, same limits as notes.create. */
export const noteBody = text().trim().max(20_000).refine((s) => visibleLength(s) >= 1, 'Write something.');

export const calendarSettingsSchema = z.object({ timeZone: timeZoneSchema, version: versionSchema });
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export const roomSchema = z.object({
  id: idSchema,
  name: z.string(),
  capacity: z.number().int(),
  childFriendly: z.boolean(),
  forensicRecording: z.boolean(),
  accessible: z.boolean(),
  active: z.boolean(),
  version: versionSchema,
});
export type Room = z.infer<typeof roomSchema>;

export const roomInputSchema = z.strictObject({
  id: idSchema.optional(),
  /** Required when editing (id given). */
  version: versionSchema.optional(),
  name: shortText(80),
  capacity: z.number().int().min(1).max(200),
  childFriendly: z.boolean().default(false),
  forensicRecording: z.boolean().default(false),
  accessible: z.boolean().default(false),
  active: z.boolean().default(true),
});

/** One working interval on a weekday, wall-clock in the centre's zone. */
export const workingHoursSchema = z
  .strictObject({ weekday: z.union(WEEKDAYS.map((d) => z.literal(d)) as [z.ZodLiteral<1>, ...z.ZodLiteral<number>[]]), start: localTimeSchema, end: localTimeSchema })
  .refine((h) => h.start < h.end, { message: 'Ends after it starts.', path: ['end'] });
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export const timeOffSchema = z.object({ id: idSchema, startsAt: z.string(), endsAt: z.string() });

/**
 * A staff member's working hours and time off. No hours at all means "not set": nothing is outside them.
 * Time off carries no reason (a staff member's leave is their own business): only when.
 */
export const availabilitySchema = z.object({
  staffId: idSchema,
  displayName: z.string(),
  hours: z.array(z.object({ weekday: z.number().int(), start: z.string(), end: z.string() })),
  timeOff: z.array(timeOffSchema),
});
export type Availability = z.infer<typeof availabilitySchema>;

/** Recurrence as people say it: every week or every two weeks on the first date's weekday, until a date, minus some dates. */
export const recurrenceSchema = z.strictObject({
  every: z.union([z.literal(1), z.literal(2)]),
  until: localDateSchema,
  /** EXDATEs: dates (of occurrences) left out of the series, e.g. a public holiday. */
  except: z.array(localDateSchema).max(60).default([]),
});
export type Recurrence = z.infer<typeof recurrenceSchema>;

/** When and where, wall-clock in the centre's zone. A session starts and ends on the same day. */
export const whenWhereSchema = {
  date: localDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  location: sessionLocationSchema,
  roomId: idSchema.nullable().default(null),
};

/** A booking's details besides the mentees. Title: short, optional, shown to everyone who sees the session. */
export const bookingFields = {
  kind: sessionKindSchema,
  // Optional, but a title of only invisible characters (zero-width, braille blank…) is refused, not stored.
  title: text()
    .trim()
    .max(80)
    .refine((s) => s === '' || visibleLength(s) >= 1, 'A title a reader can see, or none.')
    .default(''),
  interpreter: z.boolean().default(false),
  ...whenWhereSchema,
  recurrence: recurrenceSchema.nullable().default(null),
};

export const groupCaseIdsSchema = z
  .array(idSchema)
  .max(MAX_GROUP - 1)
  .refine((xs) => new Set(xs).size === xs.length, 'Each case once.')
  .default([]);

/** One mentee of a session, as the reader may see it: only cases the reader holds the session's part on. */
export const sessionCaseSchema = z.object({
  caseId: idSchema,
  caseNumber: z.string(),
  /** The contact name (name to use) when the reader holds the contact part; else null. */
  name: z.string().nullable(),
  /** The note written after this occurrence for this mentee, if any (readers with the note's part). */
  noteId: idSchema.nullable(),
});

/** One occurrence of a session (a single session has exactly one). */
export const occurrenceSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  kind: sessionKindSchema,
  title: z.string(),
  organiserId: idSchema,
  organiserName: z.string(),
  /** Wall clock in the centre's zone, and the instants. */
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  location: sessionLocationSchema,
  roomId: idSchema.nullable(),
  roomName: z.string().nullable(),
  status: sessionStatusSchema,
  interpreter: z.boolean(),
  recurring: z.boolean(),
  /** Moved away from where the series put it (an override). */
  moved: z.boolean(),
  /** Mentees the reader may see; a group session may hold more (never shown to another mentee's mentor). */
  cases: z.array(sessionCaseSchema),
  /** The reader organises it (may move, edit, cancel it). */
  mine: z.boolean(),
  version: versionSchema,
});
export type Occurrence = z.infer<typeof occurrenceSchema>;

/** Time a room is taken by a booking the reader may not see: when, nothing else. */
export const busySchema = z.object({ roomId: idSchema, startsAt: z.string(), endsAt: z.string(), date: z.string(), startTime: z.string(), endTime: z.string() });

export const calendarSchema = z.object({
  timeZone: z.string(),
  occurrences: z.array(occurrenceSchema),
  busy: z.array(busySchema),
});

export const sessionDetailSchema = z.object({
  id: idSchema,
  kind: sessionKindSchema,
  title: z.string(),
  organiserId: idSchema,
  organiserName: z.string(),
  timeZone: z.string(),
  /** RFC 5545 RRULE (with its EXDATEs) as stored, or null for a single session. */
  rrule: z.string().nullable(),
  recurrence: z.object({ every: z.number().int(), until: z.string(), except: z.array(z.string()) }).nullable(),
  interpreter: z.boolean(),
  cases: z.array(sessionCaseSchema.omit({ noteId: true })),
  occurrences: z.array(occurrenceSchema),
  mine: z.boolean(),
  version: versionSchema,
});
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

const slotSchema = z.object({ date: z.string(), startTime: z.string(), endTime: z.string(), startsAt: z.string(), endsAt: z.string() });
export type Slot = z.infer<typeof slotSchema>;

/**
 * What a booking clashes with: which of ITS occurrences (ours), why, and the other booking when the reader may
 * see it (ids and times only). A clash with something the reader may not see names no id: just the time.
 */
export const clashSchema = z.object({
  ours: slotSchema,
  reason: z.enum(CLASH_REASONS),
  theirs: z.object({ startsAt: z.string(), endsAt: z.string(), sessionId: idSchema.nullable(), occurrenceId: idSchema.nullable() }).nullable(),
  /** For 'mentee': the mentee's case (one the booking names, so the reader may see it). */
  caseId: idSchema.nullable(),
  roomId: idSchema.nullable(),
});
export type Clash = z.infer<typeof clashSchema>;

/** The CONFLICT answer of a booking (AppError.schedule) and the answer of the check channels. */
export const scheduleCheckSchema = z.object({
  clashes: z.array(clashSchema),
  /** The next free slots of the same length (first clashing occurrence's day onward), room, organiser and mentees free. */
  suggestions: z.array(slotSchema),
});
export type ScheduleCheck = z.infer<typeof scheduleCheckSchema>;

export const reminderSchema = z.object({
  occurrenceId: idSchema,
  sessionId: idSchema,
  caseId: idSchema,
  caseNumber: z.string(),
  name: z.string().nullable(),
  startsAt: z.string(),
  date: z.string(),
  startTime: z.string(),
  /** Only the methods the survivor marked safe to leave a message on; empty when none (then: do not remind). */
  methods: z.array(z.object({ kind: z.string(), value: z.string(), safeTimes: z.string() })),
  /** Why there is no safe way to remind: do not contact, someone unsafe may monitor, or no method marked safe. */
  blocked: z.enum(['do_not_contact', 'monitored', 'no_safe_method']).nullable(),
  /** When this staff member recorded having reminded them (the app never sends anything itself). */
  doneAt: z.string().nullable(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const calendarExportSchema = z.object({ filename: z.string(), ics: z.string(), count: z.number().int() });

