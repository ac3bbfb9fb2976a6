import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { getSettings, updateSettingsRow } from './queries';

export const settingsGet = (ctx: Ctx): OutputOf<'settings.get'> => getSettings(ctx.db);

export function settingsUpdate(ctx: Ctx, input: ParsedInputOf<'settings.update'>): OutputOf<'settings.update'> {
  const { version, ...patch } = input;
  if (!updateSettingsRow(ctx.db, version, patch, ctx.nowIso)) fail('CONFLICT', undefined, { current: getSettings(ctx.db) });
  ctx.note('settings', { fields: Object.keys(patch).sort().join(',') });
  const next = getSettings(ctx.db);
  // The running session's idle limit changes only once the new setting is committed.
  ctx.afterCommit.push(() => (ctx.rt.idle.limitMs = next.idleMinutes * 60_000));
  return next;
}
