import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { sessionChannels } from '../../../shared/contract/sessions';
import { fail } from '../errors';
import type { Ctx } from '../runtime';

type SessionChannel = keyof typeof sessionChannels;
type Handler<C extends SessionChannel> = (ctx: Ctx, input: ParsedInputOf<C>) => OutputOf<C>;

const notYet = (): never => fail('INTERNAL', 'Not built yet.');

/** The sessions feature's channels, spread into electron/core/handlers.ts. */
export const sessionHandlers: { [C in SessionChannel]: Handler<C> } = {
  'calendar.settings': notYet,
  'calendar.updateSettings': notYet,
  'rooms.list': notYet,
  'rooms.save': notYet,
  'availability.get': notYet,
  'availability.setHours': notYet,
  'availability.addTimeOff': notYet,
  'availability.removeTimeOff': notYet,
  'sessions.calendar': notYet,
  'sessions.ofCase': notYet,
  'sessions.get': notYet,
  'sessions.check': notYet,
  'sessions.create': notYet,
  'sessions.checkMove': notYet,
  'sessions.move': notYet,
  'sessions.checkUpdate': notYet,
  'sessions.update': notYet,
  'sessions.setStatus': notYet,
  'sessions.cancelSeries': notYet,
  'sessions.writeNote': notYet,
  'reminders.list': notYet,
  'reminders.done': notYet,
  'sessions.exportCalendar': notYet,
};
