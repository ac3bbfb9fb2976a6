import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { deleteFile } from '../documents/files';
import { fileIdsOfCases } from '../documents/queries';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { getSettings } from '../settings/queries';
import { countChildren, deleteCases, purgeableCases } from './queries';

function cutoff(ctx: Ctx, months: number): string {
  const d = new Date(ctx.now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
}

export function retentionPreview(ctx: Ctx): OutputOf<'retention.preview'> {
  const months = getSettings(ctx.db).retentionMonths;
  return { months, cases: months === null ? [] : purgeableCases(ctx.db, cutoff(ctx, months)) };
}

/**
 * Purges only cases that are in the preview right now (closed, past the period): a stale or forged list
 * is refused whole. Files are deleted after the rows commit; the audit entry holds counts only.
 */
export function retentionPurge(ctx: Ctx, input: ParsedInputOf<'retention.purge'>): OutputOf<'retention.purge'> {
  const eligible = new Set(retentionPreview(ctx).cases.map((c) => c.caseId));
  const ids = [...new Set(input.caseIds)];
  if (ids.some((id) => !eligible.has(id))) fail('VALIDATION', 'Some cases are not due for purging.', { fields: { caseIds: 'not all eligible' } });
  const counts = countChildren(ctx.db, ids);
  const files = fileIdsOfCases(ctx.db, ids);
  const cases = deleteCases(ctx.db, ids);
  ctx.afterCommit.push(() => files.forEach((f) => deleteFile(ctx.rt.dataDir, f)));
  ctx.note(null, { cases, notes: counts.notes, documents: counts.documents });
  return { cases, ...counts };
}
