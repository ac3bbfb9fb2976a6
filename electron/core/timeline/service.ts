import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { requirePart } from '../cases/access';
import { caseEvents } from '../events';
import type { Ctx } from '../runtime';

/** The case's event log, filtered to the parts this reader may see. New kinds need no change here. */
export function timelineGet(ctx: Ctx, input: ParsedInputOf<'timeline.get'>): OutputOf<'timeline.get'> {
  const a = requirePart(ctx, input.caseId, 'timeline');
  return caseEvents(ctx.db, input.caseId, [...a.parts]);
}
