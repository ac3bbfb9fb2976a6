import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { Availability, Occurrence, Reminder, Room, ScheduleCheck, SessionDetail } from '../../../shared/sessions/schemas';
import { haven } from '../api';
import { keys } from './keys';
import { unwrap, type HavenError } from './result';

export type Calendar = OutputOf<'sessions.calendar'>;
export type CalendarExport = OutputOf<'sessions.exportCalendar'>;

export const sessionKeys = {
  /** Everything the schedule shows shares this prefix: invalidated after any booking change. */
  all: ['schedule'] as const,
  settings: ['schedule', 'settings'] as const,
  calendar: (from: string, to: string, roomId?: number) => ['schedule', 'calendar', from, to, roomId ?? null] as const,
  detail: (id: number) => ['schedule', 'session', id] as const,
  reminders: (days: number) => ['schedule', 'reminders', days] as const,
  rooms: (all: boolean) => ['rooms', all] as const,
  roomsAll: ['rooms'] as const,
  availability: (staffId: number) => ['availability', staffId] as const,
  ofCase: (caseId: number) => ['case', caseId, 'sessions'] as const,
};

export function useCalendarSettings() {
  return useQuery<OutputOf<'calendar.settings'>, HavenError>({
    queryKey: sessionKeys.settings,
    queryFn: () => unwrap(haven.calendar.settings({})),
    staleTime: 5 * 60_000,
  });
}

export function useCalendar(from: string, to: string, enabled = true) {
  return useQuery<Calendar, HavenError>({
    queryKey: sessionKeys.calendar(from, to),
    queryFn: () => unwrap(haven.sessions.calendar({ from, to })),
    enabled,
    placeholderData: (prev) => prev,
  });
}

// Module-level, so TanStack keeps the combined array between renders while no answer changed.
const dataOf = (results: Array<{ data?: Calendar }>) => results.map((r) => r.data);

/** One day of several rooms (the room view): one read per room, each also listing others' bookings as busy time. */
export function useRoomCalendars(from: string, to: string, roomIds: readonly number[], enabled = true) {
  return useQueries({
    queries: roomIds.map((roomId) => ({
      queryKey: sessionKeys.calendar(from, to, roomId),
      queryFn: () => unwrap(haven.sessions.calendar({ from, to, roomId })),
      enabled,
    })),
    combine: dataOf,
  });
}

/**
 * The core's answer to "what would this clash with?" for a booking or a move being composed: asked again
 * whenever the (debounced) input changes, never cached past its use, nothing asked while the input is null.
 */
export function useLiveCheck<I>(name: 'check' | 'checkMove', input: I | null) {
  return useQuery<ScheduleCheck, HavenError>({
    queryKey: ['schedule', name, input],
    queryFn: () => (name === 'check' ? checkBooking(input as InputOf<'sessions.check'>) : checkMove(input as InputOf<'sessions.checkMove'>)),
    enabled: input !== null,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}

export function useSessionDetail(id: number | null) {
  return useQuery<SessionDetail, HavenError>({
    queryKey: sessionKeys.detail(id ?? 0),
    queryFn: () => unwrap(haven.sessions.get({ sessionId: id! })),
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useCaseSessions(caseId: number, enabled = true) {
  return useQuery<Occurrence[], HavenError>({
    queryKey: sessionKeys.ofCase(caseId),
    queryFn: () => unwrap(haven.sessions.ofCase({ caseId })),
    enabled,
  });
}

export function useReminders(days: number, enabled = true) {
  return useQuery<Reminder[], HavenError>({
    queryKey: sessionKeys.reminders(days),
    queryFn: () => unwrap(haven.reminders.list({ days })),
    enabled,
  });
}

export function useRooms(includeInactive = false) {
  return useQuery<Room[], HavenError>({
    queryKey: sessionKeys.rooms(includeInactive),
    queryFn: () => unwrap(haven.rooms.list({ includeInactive })),
    staleTime: 60_000,
  });
}

export function useAvailability(staffId: number | null) {
  return useQuery<Availability, HavenError>({
    queryKey: sessionKeys.availability(staffId ?? 0),
    queryFn: () => unwrap(haven.availability.get(staffId ? { staffId } : {})),
    enabled: staffId !== null,
  });
}

/** The check channels change nothing; they are plain async calls (the live drag feedback debounces them). */
export const checkBooking = (i: InputOf<'sessions.check'>): Promise<ScheduleCheck> => unwrap(haven.sessions.check(i));
export const checkMove = (i: InputOf<'sessions.checkMove'>): Promise<ScheduleCheck> => unwrap(haven.sessions.checkMove(i));
export const checkUpdate = (i: InputOf<'sessions.checkUpdate'>): Promise<ScheduleCheck> => unwrap(haven.sessions.checkUpdate(i));
export const fetchSession = (sessionId: number): Promise<SessionDetail> => unwrap(haven.sessions.get({ sessionId }));

/** After any change to a booking: the calendars, the session, Today, reminders and the cases' tabs and timelines. */
function useScheduleMutation<I, O>(call: (input: I) => Promise<O>, caseIdsOf: (input: I, out: O | undefined) => number[] = () => []) {
  const qc = useQueryClient();
  return useMutation<O, HavenError, I>({
    mutationFn: call,
    onSettled: (out, _e, input) => {
      void qc.invalidateQueries({ queryKey: sessionKeys.all });
      void qc.invalidateQueries({ queryKey: ['today'] });
      for (const id of caseIdsOf(input, out)) {
        void qc.invalidateQueries({ queryKey: sessionKeys.ofCase(id) });
        void qc.invalidateQueries({ queryKey: keys.timeline(id) });
        void qc.invalidateQueries({ queryKey: keys.notesOf(id) });
      }
    },
  });
}

const casesOfDetail = (_i: unknown, d: SessionDetail | undefined) => d?.cases.map((c) => c.caseId) ?? [];
const casesOfOccurrence = (_i: unknown, o: Occurrence | undefined) => o?.cases.map((c) => c.caseId) ?? [];

export const useCreateSession = () => useScheduleMutation((i: InputOf<'sessions.create'>) => unwrap(haven.sessions.create(i)), (i, d) => [i.caseId, ...(i.groupCaseIds ?? []), ...casesOfDetail(i, d)]);
export const useMoveOccurrence = () => useScheduleMutation((i: InputOf<'sessions.move'>) => unwrap(haven.sessions.move(i)), casesOfOccurrence);
export const useUpdateSeries = () => useScheduleMutation((i: InputOf<'sessions.update'>) => unwrap(haven.sessions.update(i)), casesOfDetail);
export const useSetOccurrenceStatus = () => useScheduleMutation((i: InputOf<'sessions.setStatus'>) => unwrap(haven.sessions.setStatus(i)), casesOfOccurrence);
export const useCancelSeries = () => useScheduleMutation((i: InputOf<'sessions.cancelSeries'>) => unwrap(haven.sessions.cancelSeries(i)), casesOfDetail);
export const useWriteSessionNote = () => useScheduleMutation((i: InputOf<'sessions.writeNote'>) => unwrap(haven.sessions.writeNote(i)), (i) => [i.caseId]);
export const useReminderDone = () => useScheduleMutation((i: InputOf<'reminders.done'>) => unwrap(haven.reminders.done(i)));

export function useExportCalendar() {
  return useMutation<CalendarExport, HavenError, InputOf<'sessions.exportCalendar'>>({
    mutationFn: (i) => unwrap(haven.sessions.exportCalendar(i)),
  });
}

export function useSaveRoom() {
  const qc = useQueryClient();
  return useMutation<Room, HavenError, InputOf<'rooms.save'>>({
    mutationFn: (i) => unwrap(haven.rooms.save(i)),
    onSettled: () => void qc.invalidateQueries({ queryKey: sessionKeys.roomsAll }),
  });
}

function useAvailabilityMutation<I extends { staffId?: number }>(call: (i: I) => Promise<Availability>) {
  const qc = useQueryClient();
  return useMutation<Availability, HavenError, I>({
    mutationFn: call,
    onSuccess: (a) => qc.setQueryData(sessionKeys.availability(a.staffId), a),
  });
}
export const useSetHours = () => useAvailabilityMutation((i: InputOf<'availability.setHours'>) => unwrap(haven.availability.setHours(i)));
export const useAddTimeOff = () => useAvailabilityMutation((i: InputOf<'availability.addTimeOff'>) => unwrap(haven.availability.addTimeOff(i)));
export const useRemoveTimeOff = () => useAvailabilityMutation((i: InputOf<'availability.removeTimeOff'>) => unwrap(haven.availability.removeTimeOff(i)));

export function useUpdateCalendarSettings() {
  const qc = useQueryClient();
  return useMutation<OutputOf<'calendar.settings'>, HavenError, InputOf<'calendar.updateSettings'>>({
    mutationFn: (i) => unwrap(haven.calendar.updateSettings(i)),
    onSuccess: (s) => {
      qc.setQueryData(sessionKeys.settings, s);
      void qc.invalidateQueries({ queryKey: sessionKeys.all });
    },
  });
}
