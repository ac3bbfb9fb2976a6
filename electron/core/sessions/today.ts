import { registerTodayProvider } from '../today/registry';
import { centreZone } from './centre';
import { readCalendar } from './calendar';
import { addDaysTo, instantOf, wallOf } from './time';

/**
 * Today: the day's sessions (in the centre's zone) for every role, each reader seeing only their own and
 * those on their cases, with only the mentees they may see. Cancelled ones are left out.
 */
registerTodayProvider({
  name: 'sessions',
  items: (ctx, w) => {
    const zone = centreZone(ctx);
    const today = wallOf(w.now, zone).date;
    const cal = readCalendar(ctx, instantOf(today, '00:00', zone), instantOf(addDaysTo(today, 1), '00:00', zone));
    return cal.occurrences
      .filter((o) => o.status !== 'cancelled')
      .map((o) => ({
        kind: 'session.today',
        at: o.startsAt,
        overdue: false,
        caseId: o.cases[0]?.caseId ?? null,
        caseNumber: o.cases[0]?.caseNumber ?? null,
        ref: { type: 'session', id: o.sessionId },
        params: {
          occurrenceId: o.id,
          sessionKind: o.kind,
          status: o.status,
          startTime: o.startTime,
          endTime: o.endTime,
          room: o.roomName,
          location: o.location,
          mentees: o.cases.length,
          name: o.cases[0]?.name ?? null,
          mine: o.mine ? 1 : 0,
        },
      }));
  },
});
