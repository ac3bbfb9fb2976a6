import { z } from 'zod';
import { idSchema, versionSchema } from '../schemas';
import {
  availabilitySchema,
  bookingFields,
  calendarExportSchema,
  calendarSchema,
  calendarSettingsSchema,
  groupCaseIdsSchema,
  localDateSchema,
  noteBody,
  occurrenceSchema,
  recurrenceSchema,
  reminderSchema,
  roomInputSchema,
  roomSchema,
  scheduleCheckSchema,
  sessionDetailSchema,
  sessionStatusSchema,
  timeZoneSchema,
  utcInstantSchema,
  whenWhereSchema,
  workingHoursSchema,
} from '../sessions/schemas';
import { APPLY_TO, sessionPart } from '../sessions/vocab';
import { channel } from './define';

const admin = ['admin'] as const;
const bookers = ['caseworker', 'mentor', 'legal_aide'] as const;

/** A new booking: the first mentee names the case the router checks; the others are checked by the service the same way. */
const bookingInput = z.strictObject({ caseId: idSchema, groupCaseIds: groupCaseIdsSchema, ...bookingFields });

/** Moving one occurrence (drag on the calendar): a new day, times and place for that occurrence only. */
const moveFields = { sessionId: idSchema, occurrenceId: idSchema, ...whenWhereSchema };

/**
 * A change to a whole series ('series') or to one occurrence and every later one ('following': the series is
 * split there). Occurrences already held, cancelled or marked no-show keep their record.
 */
const updateFields = {
  sessionId: idSchema,
  apply: z.enum(APPLY_TO),
  /** For 'following': the occurrence the change starts at. */
  fromOccurrenceId: idSchema.optional(),
  title: bookingFields.title,
  interpreter: bookingFields.interpreter,
  ...whenWhereSchema,
  recurrence: recurrenceSchema.nullable().default(null),
};

/**
 * Rooms, working hours and time off, the centre's time zone, sessions and appointments, conflicts,
 * reminders and the de-identified calendar export (issue 13). Rooms, hours and the zone are centre records
 * (scope 'none'); a session belongs to the case part its kind decides ('sessions', or 'sessions.legal' for a
 * legal aide's appointments), resolved from its first mentee the reader is on (electron/core/scope/resolvers.ts).
 */
export const sessionChannels = {
  'calendar.settings': channel({
    summary: "The centre's calendar settings: its IANA time zone (every wall-clock time of a session is read in it).",
    access: 'any',
    audit: 'none',
    scope: 'none',
    input: z.strictObject({}),
    output: calendarSettingsSchema,
  }),
  'calendar.updateSettings': channel({
    summary: "Change the centre's time zone (US and Canadian zones). Booked sessions keep their instants.",
    access: admin,
    audit: 'change',
    scope: 'none',
    input: z.strictObject({ version: versionSchema, timeZone: timeZoneSchema }),
    output: calendarSettingsSchema,
  }),
  'rooms.list': channel({
    summary: 'The centre’s rooms with capacity and features.',
    access: 'any',
    audit: 'none',
    scope: 'none',
    input: z.strictObject({ includeInactive: z.boolean().default(false) }),
    output: z.array(roomSchema),
  }),
  'rooms.save': channel({
    summary: 'Create a room, or edit one (with its version). Rooms are retired (inactive), never deleted.',
    access: admin,
    audit: 'change',
    scope: 'none',
    input: roomInputSchema,
    output: roomSchema,
  }),
  'availability.get': channel({
    summary: "A staff member's working hours and time off (yours when no staffId). Staff data, not survivor data.",
    access: 'any',
    audit: 'none',
    scope: 'none',
    input: z.strictObject({ staffId: idSchema.optional() }),
    output: availabilitySchema,
  }),
  'availability.setHours': channel({
    summary: 'Replace the weekly working hours of yourself (or, for an admin, anyone). No hours: not set, nothing is outside them.',
    access: 'any',
    audit: 'change',
    scope: 'none',
    input: z.strictObject({ staffId: idSchema, hours: z.array(workingHoursSchema).max(21) }),
    output: availabilitySchema,
  }),
  'availability.addTimeOff': channel({
    summary: 'Record time off (yourself, or anyone for an admin): no reason, only when.',
    access: 'any',
    audit: 'change',
    scope: 'none',
    input: z.strictObject({ staffId: idSchema, startsAt: utcInstantSchema, endsAt: utcInstantSchema }).refine((t) => t.startsAt < t.endsAt, { message: 'Ends after it starts.', path: ['endsAt'] }),
    output: availabilitySchema,
  }),
  'availability.removeTimeOff': channel({
    summary: 'Remove a period of time off.',
    access: 'any',
    audit: 'change',
    scope: 'none',
    input: z.strictObject({ staffId: idSchema, timeOffId: idSchema }),
    output: availabilitySchema,
  }),
  'sessions.calendar': channel({
    summary: 'Occurrences between two instants: yours and those on your cases (mentees you may see only), or a room’s (others’ bookings as busy time only).',
    access: 'any',
    audit: 'read',
    scope: 'visible',
    input: z
      .strictObject({ from: utcInstantSchema, to: utcInstantSchema, roomId: idSchema.optional() })
      .refine((r) => r.from < r.to && Date.parse(r.to) - Date.parse(r.from) <= 42 * 86_400_000, { message: 'A range of up to six weeks.', path: ['to'] }),
    output: calendarSchema,
  }),
  'sessions.ofCase': channel({
    summary: 'Occurrences of one case the reader may see (the case page), newest first.',
    access: bookers,
    audit: 'read',
    scope: { kind: 'case', need: ['sessions', 'sessions.legal'] },
    input: z.strictObject({ caseId: idSchema }),
    output: z.array(occurrenceSchema),
  }),
  'sessions.get': channel({
    summary: 'One session (series) with its occurrences.',
    access: bookers,
    audit: 'read',
    scope: { kind: 'session', need: 'record' },
    input: z.strictObject({ sessionId: idSchema }),
    output: sessionDetailSchema,
  }),
  'sessions.check': channel({
    summary: 'What a new booking would clash with, and the next free slots. Changes nothing.',
    access: bookers,
    audit: 'read',
    scope: { kind: 'case', need: (i) => sessionPart(i.kind) },
    input: bookingInput,
    output: scheduleCheckSchema,
  }),
  'sessions.create': channel({
    summary: 'Book a session or appointment (optionally weekly / every two weeks) with cases you are assigned to; CONFLICT with the clashes and free slots.',
    access: bookers,
    audit: 'change',
    scope: { kind: 'case', need: (i) => sessionPart(i.kind) },
    input: bookingInput,
    output: sessionDetailSchema,
  }),
  'sessions.checkMove': channel({
    summary: 'What moving one occurrence would clash with (live feedback while dragging). Changes nothing.',
    access: bookers,
    audit: 'read',
    scope: { kind: 'session', need: 'record' },
    input: z.strictObject(moveFields),
    output: scheduleCheckSchema,
  }),
  'sessions.move': channel({
    summary: 'Move one occurrence (its own day, times and place); CONFLICT with the clashes and free slots.',
    access: bookers,
    audit: 'change',
    scope: { kind: 'session', need: 'record' },
    input: z.strictObject({ ...moveFields, version: versionSchema }),
    output: occurrenceSchema,
  }),
  'sessions.checkUpdate': channel({
    summary: 'What a change to the series (or this and following) would clash with. Changes nothing.',
    access: bookers,
    audit: 'read',
    scope: { kind: 'session', need: 'record' },
    input: z.strictObject(updateFields),
    output: scheduleCheckSchema,
  }),
  'sessions.update': channel({
    summary: 'Change a whole series or this occurrence and the following ones; CONFLICT with the clashes and free slots.',
    access: bookers,
    audit: 'change',
    scope: { kind: 'session', need: 'record' },
    input: z.strictObject({ ...updateFields, version: versionSchema }),
    output: sessionDetailSchema,
  }),
  'sessions.setStatus': channel({
    summary: 'Mark one occurrence held, no-show, cancelled or planned again (organiser).',
    access: bookers,
    audit: 'change',
    scope: { kind: 'session', need: 'record' },
    input: z.strictObject({ sessionId: idSchema, occurrenceId: idSchema, version: versionSchema, status: sessionStatusSchema }),
    output: occurrenceSchema,
  }),
  'sessions.cancelSeries': channel({
    summary: 'Cancel every planned occurrence of a series from a date on (all of them without a date).',
    access: bookers,
    audit: 'change',
    scope: { kind: 'session', need: 'record' },
    input: z.strictObject({ sessionId: idSchema, version: versionSchema, from: localDateSchema.optional() }),
    output: sessionDetailSchema,
  }),
  'sessions.writeNote': channel({
    summary: 'Write the note after an occurrence for one mentee: a note on their case (mentoring, contact or legal by the session kind); marks it held.',
    access: bookers,
    audit: 'change',
    scope: { kind: 'session', need: 'record' },
    input: z.strictObject({ sessionId: idSchema, occurrenceId: idSchema, caseId: idSchema, body: noteBody }),
    output: occurrenceSchema,
  }),
  'reminders.list': channel({
    summary: 'Your reminders: your coming sessions, each mentee with only the contact methods they marked safe. Nothing is sent by the app.',
    access: bookers,
    audit: 'read',
    scope: 'visible',
    input: z.strictObject({ days: z.number().int().min(1).max(14).default(2) }),
    output: z.array(reminderSchema),
  }),
  'reminders.done': channel({
    summary: 'Record that you reminded a mentee of an occurrence yourself (by a safe method).',
    access: bookers,
    audit: 'change',
    scope: { kind: 'session', need: 'record' },
    input: z.strictObject({ sessionId: idSchema, occurrenceId: idSchema, caseId: idSchema }),
    output: reminderSchema,
  }),
  'sessions.exportCalendar': channel({
    summary: 'Your sessions in a date range as an .ics file, de-identified (case number only; no names, places or notes). An explicit, audited action.',
    access: bookers,
    audit: 'change',
    scope: 'visible',
    input: z
      .strictObject({ from: localDateSchema, to: localDateSchema })
      .refine((r) => r.from <= r.to, { message: 'Ends after it starts.', path: ['to'] }),
    output: calendarExportSchema,
  }),
};
