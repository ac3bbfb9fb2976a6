import type { CaseRole, Part } from '../../../shared/cases/access';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { getCaseRow, myCaseRoles, type CaseRow } from './queries';
import { caseRolesOn, partsOn, visibility } from './visibility';

export interface CaseAccess {
  row: CaseRow;
  parts: Set<Part>;
  caseRoles: CaseRole[];
  breakGlass: boolean;
  isAdmin: boolean;
}

/**
 * What the signed-in person may see of one case, by the one visibility rule (./visibility.ts). The router
 * computes it for every case-scoped channel before the service runs (ctx.caseAccess); services call it
 * again only to re-read a case after changing it.
 */
export function caseAccess(ctx: Ctx, caseId: number): CaseAccess {
  const row = getCaseRow(ctx.db, caseId) ?? fail('NOT_FOUND');
  const v = visibility(ctx);
  const { caseRoles, breakGlass } = caseRolesOn(v, caseId, myCaseRoles(ctx.db, caseId, v.staffId));
  return { row, parts: partsOn(v, caseRoles), caseRoles, breakGlass, isAdmin: v.isAdmin };
}

export const isCaseworkerOn = (a: CaseAccess): boolean => a.caseRoles.some((r) => r === 'lead_caseworker' || r === 'caseworker');
/** Assigned as lead (break-the-glass never makes anyone lead). */
export const isLeadOn = (a: CaseAccess): boolean => a.caseRoles.includes('lead_caseworker') && !a.breakGlass;
