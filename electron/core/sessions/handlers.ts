import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { sessionChannels } from '../../../shared/contract/sessions';
import type { Ctx } from '../runtime';
import { remindersDone, remindersList, sessionsWriteNote } from './after';
import { sessionsCalendar, sessionsExportCalendar } from './calendar';
import { availabilityAddTimeOff, availabilityGet, availabilityRemoveTimeOff, availabilitySetHours, calendarSettings, calendarUpdateSettings, roomsList, roomsSave } from './centre';
import {
  sessionsCancelSeries,
  sessionsCheck,
  sessionsCheckMove,
  sessionsCheckUpdate,
  sessionsCreate,
  sessionsGet,
  sessionsMove,
  sessionsOfCase,
  sessionsSetStatus,
  sessionsUpdate,
} from './service';
// The Today provider registers itself when its module loads (today/registry.ts).
import './today';
// Sessions follow their organiser off a case (cases.unassign) through this hook.
import './unassign';

type SessionChannel = keyof typeof sessionChannels;
type Handler<C extends SessionChannel> = (ctx: Ctx, input: ParsedInputOf<C>) => OutputOf<C>;

/** The sessions feature's channels, spread into electron/core/handlers.ts. */
export const sessionHandlers: { [C in SessionChannel]: Handler<C> } = {
  'calendar.settings': (ctx) => calendarSettings(ctx),
  'calendar.updateSettings': calendarUpdateSettings,
  'rooms.list': roomsList,
  'rooms.save': roomsSave,
  'availability.get': availabilityGet,
  'availability.setHours': availabilitySetHours,
  'availability.addTimeOff': availabilityAddTimeOff,
  'availability.removeTimeOff': availabilityRemoveTimeOff,
  'sessions.calendar': sessionsCalendar,
  'sessions.ofCase': sessionsOfCase,
  'sessions.get': sessionsGet,
  'sessions.check': sessionsCheck,
  'sessions.create': sessionsCreate,
  'sessions.checkMove': sessionsCheckMove,
  'sessions.move': sessionsMove,
  'sessions.checkUpdate': sessionsCheckUpdate,
  'sessions.update': sessionsUpdate,
  'sessions.setStatus': sessionsSetStatus,
  'sessions.cancelSeries': sessionsCancelSeries,
  'sessions.writeNote': sessionsWriteNote,
  'reminders.list': remindersList,
  'reminders.done': remindersDone,
  'sessions.exportCalendar': sessionsExportCalendar,
};
