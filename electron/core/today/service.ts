import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Ctx } from '../runtime';
import { registeredTodayProviders } from './registry';

const DAY = 86_400_000;

/** Every provider's items for this reader, soonest first (overdue ones first of all). */
export function todayGet(ctx: Ctx, input: ParsedInputOf<'today.get'>): OutputOf<'today.get'> {
  const t = ctx.now.getTime();
  const w = { now: ctx.nowIso, until: new Date(t + input.days * DAY).toISOString(), expiringUntil: new Date(t + Math.max(input.days, 30) * DAY).toISOString() };
  const items = registeredTodayProviders().flatMap((p) => p.items(ctx, w));
  items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind.localeCompare(b.kind)));
  ctx.note(null, { items: items.length });
  return items;
}
