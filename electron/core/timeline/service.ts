import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { caseEvents } from '../events';
import type { Ctx } from '../runtime';

/** The case's event log, filtered to the parts this reader may see. New kinds need no change here. */
export function timelineGet(ctx: Ctx, input: ParsedInputOf<'timeline.get'>): OutputOf<'timeline.get'> {
  const entries = caseEvents(ctx.db, input.caseId, [...ctx.caseAccess.parts]);
  ctx.note(`case:${input.caseId}`, { entries: entries.length });
  return entries;
}
