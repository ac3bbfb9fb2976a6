import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { fail } from '../errors';
import { registeredPurgers } from '../retention/registry';
import type { Ctx } from '../runtime';
import { caseAccess } from './access';
import { caseFileOf } from './file';
import { countTasksAndAssignments, deleteUncompletedCase } from './queries';

/**
 * Discards an intake that was never completed, so a case started by mistake or left empty does not become a
 * permanent record. Only the case's lead caseworker (by assignment, not break-the-glass) may do it; a
 * completed intake is a real case, closed rather than deleted. What the case holds is found the way a
 * retention purge finds it (each feature's purger); the audit entry holds counts, the encrypted files go
 * only after COMMIT.
 */
export function casesDiscardIntake(ctx: Ctx, input: ParsedInputOf<'cases.discardIntake'>): OutputOf<'cases.discardIntake'> {
  const { caseId, version } = input;
  const a = caseAccess(ctx, caseId);
  if (!a.caseRoles.some((r) => r === 'lead_caseworker' || r === 'caseworker')) fail('NEED_TO_KNOW');
  if (!a.caseRoles.includes('lead_caseworker') || a.breakGlass) fail('FORBIDDEN', 'Only the case’s lead caseworker can discard an intake.');
  if (a.row.intake_complete === 1) fail('CONFLICT', 'This intake was completed, so the case cannot be discarded. Close it instead.');
  const counts: Record<string, number> = { ...countTasksAndAssignments(ctx.db, caseId) };
  const removals: Array<() => void> = [];
  for (const p of registeredPurgers()) {
    counts[p.name] = p.count(ctx.db, [caseId]);
    const files = p.files;
    if (files) {
      const fileIds = files.ids(ctx.db, [caseId]);
      removals.push(() => fileIds.forEach((f) => files.delete(ctx.rt.dataDir, f)));
    }
    p.remove?.(ctx.db, [caseId]);
  }
  if (!deleteUncompletedCase(ctx.db, caseId, version)) fail('CONFLICT', undefined, { current: caseFileOf(ctx.db, a) });
  ctx.afterCommit.push(() => ctx.rt.breakGlass.delete(caseId), ...removals);
  ctx.note(`case:${caseId}`, counts);
  return { discarded: true };
}
