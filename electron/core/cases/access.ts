import { STAFF_ROLE_FOR, partsFor, type CaseRole, type Part } from '../../../shared/cases/access';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { getCaseRow, myCaseRoles, type CaseRow } from './queries';

export interface CaseAccess {
  row: CaseRow;
  parts: Set<Part>;
  caseRoles: CaseRole[];
  breakGlass: boolean;
  isAdmin: boolean;
}

/**
 * What the signed-in person may see of one case. An assignment counts only while the person still holds
 * the staff role it needs (a caseworker who lost the role stops seeing their old cases). Admins get the
 * header (to manage assignment), never the narrative, unless they are also assigned.
 */
export function caseAccess(ctx: Ctx, caseId: number): CaseAccess {
  const row = getCaseRow(ctx.db, caseId) ?? fail('NOT_FOUND');
  const me = ctx.session;
  const assigned = myCaseRoles(ctx.db, caseId, me.staffId).filter((r) => me.roles.includes(STAFF_ROLE_FOR[r]));
  const glass = ctx.rt.breakGlass.get(caseId);
  const caseRoles = glass && !assigned.includes(glass) ? [...assigned, glass] : assigned;
  const parts = partsFor(caseRoles);
  const isAdmin = me.roles.includes('admin');
  if (isAdmin) parts.add('header');
  return { row, parts, caseRoles, breakGlass: Boolean(glass) && assigned.length === 0, isAdmin };
}

/**
 * Throws NEED_TO_KNOW unless the person may see `part` of the case. FORBIDDEN is kept for what a staff
 * role may never do; NEED_TO_KNOW is about this case, so the UI can offer break-the-glass where allowed.
 */
export function requirePart(ctx: Ctx, caseId: number, part: Part): CaseAccess {
  const a = caseAccess(ctx, caseId);
  if (!a.parts.has(part)) fail('NEED_TO_KNOW');
  return a;
}

/** Throws NEED_TO_KNOW unless the person acts on the case as a caseworker (assigned or by break-the-glass). */
export function requireCasework(ctx: Ctx, caseId: number): CaseAccess {
  const a = caseAccess(ctx, caseId);
  if (!a.caseRoles.some((r) => r === 'lead_caseworker' || r === 'caseworker')) fail('NEED_TO_KNOW');
  return a;
}

