import type { Part } from '../../../shared/cases/access';
import { caseAccess } from '../cases/access';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { sessionCaseIds, sessionRow } from './queries';

/**
 * The case a session id resolves to (electron/core/scope/resolvers.ts). A group session names several
 * cases; the router checks need-to-know on ONE, so this picks the first of them on which the reader holds
 * the session's part (else the first: the router then refuses). Services show a reader only the mentees of
 * cases where they hold that part, so passing the check on one case opens no other mentee's details.
 */
export function resolveSession(ctx: Ctx, id: number): { caseId: number; part: Part } {
  const s = sessionRow(ctx.db, id) ?? fail('NOT_FOUND');
  const caseIds = sessionCaseIds(ctx.db, id);
  const seen = caseIds.find((c) => caseAccess(ctx, c).parts.has(s.part));
  return { caseId: seen ?? caseIds[0] ?? fail('NOT_FOUND'), part: s.part };
}
