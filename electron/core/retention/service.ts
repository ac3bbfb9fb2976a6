import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { closedCasesBefore, deleteCaseRows } from '../cases/queries';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { getSettings } from '../settings/queries';
import { registeredPurgers } from './registry';

function cutoff(ctx: Ctx, months: number): string {
  const d = new Date(ctx.now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
}

export function retentionPreview(ctx: Ctx): OutputOf<'retention.preview'> {
  const months = getSettings(ctx.db).retentionMonths;
  return { months, cases: months === null ? [] : closedCasesBefore(ctx.db, cutoff(ctx, months)) };
}

/**
 * Purges only cases that are in the preview right now (closed, past the period): a stale or forged list
 * is refused whole. Each feature says what it holds for these cases (see ./registry); files are deleted
 * after the rows commit; the audit entry holds counts only.
 */
export function retentionPurge(ctx: Ctx, input: ParsedInputOf<'retention.purge'>): OutputOf<'retention.purge'> {
  const eligible = new Set(retentionPreview(ctx).cases.map((c) => c.caseId));
  const ids = [...new Set(input.caseIds)];
  if (ids.some((id) => !eligible.has(id))) fail('VALIDATION', 'Some cases are not due for purging.', { fields: { caseIds: 'not all eligible' } });
  const counts: Record<string, number> = {};
  const removals: Array<() => void> = [];
  for (const p of registeredPurgers()) {
    counts[p.name] = p.count(ctx.db, ids);
    const files = p.files;
    if (files) {
      const fileIds = files.ids(ctx.db, ids);
      removals.push(() => fileIds.forEach((f) => files.delete(ctx.rt.dataDir, f)));
    }
    p.remove?.(ctx.db, ids);
  }
  const cases = deleteCaseRows(ctx.db, ids);
  ctx.afterCommit.push(...removals);
  ctx.note(null, { cases, ...counts });
  return { cases, notes: counts.notes ?? 0, documents: counts.documents ?? 0 };
}
