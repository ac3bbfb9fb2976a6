import { CASE_ROLES, PARTS_BY_CASE_ROLE, partsFor, STAFF_ROLE_FOR, type CaseRole, type Part } from '../../../shared/cases/access';
import type { Ctx } from '../runtime';

/**
 * Who may see which case, decided in ONE place for get, lists, search, filters and sorts alike
 * (DESIGN.md "Access"). An assignment counts only while the person still holds the staff role it needs:
 * a caseworker whose role was removed keeps their assignment rows but sees nothing through them. The same
 * holds for break-the-glass grants. Per-case checks use `caseRolesOn`; list and search queries take the
 * same answer as SQL parameters (`heldCaseRoles`, `rolesWith`, `glassWith`), never their own rule.
 */
export interface Visibility {
  staffId: number;
  /** Admins see every case's header (to manage assignment), never its narrative unless assigned. */
  isAdmin: boolean;
  /** The case roles whose staff role the person holds: only assignments in these count. */
  heldCaseRoles: CaseRole[];
  /** This session's break-the-glass grants, in capacities still held. */
  glass: [caseId: number, role: CaseRole][];
}

export function visibility(ctx: Ctx): Visibility {
  const me = ctx.session;
  const held = (r: CaseRole) => me.roles.includes(STAFF_ROLE_FOR[r]);
  return {
    staffId: me.staffId,
    isAdmin: me.roles.includes('admin'),
    heldCaseRoles: CASE_ROLES.filter(held),
    glass: [...ctx.rt.breakGlass.entries()].filter(([, r]) => held(r)),
  };
}

/** The case roles that count on one case, given the person's assignment rows there. */
export function caseRolesOn(v: Visibility, caseId: number, assigned: readonly CaseRole[]): { caseRoles: CaseRole[]; breakGlass: boolean } {
  const live = assigned.filter((r) => v.heldCaseRoles.includes(r));
  const glass = v.glass.find(([id]) => id === caseId)?.[1];
  return { caseRoles: glass && !live.includes(glass) ? [...live, glass] : live, breakGlass: Boolean(glass) && live.length === 0 };
}

export function partsOn(v: Visibility, caseRoles: readonly CaseRole[]): Set<Part> {
  const parts = partsFor(caseRoles);
  if (v.isAdmin) parts.add('header');
  return parts;
}

/** Held case roles that grant `part`: the SQL form of "may see this field" for lists, filters and search. */
export const rolesWith = (v: Visibility, part: Part): CaseRole[] => v.heldCaseRoles.filter((r) => PARTS_BY_CASE_ROLE[r].includes(part));
export const glassWith = (v: Visibility, part: Part): number[] => v.glass.filter(([, r]) => PARTS_BY_CASE_ROLE[r].includes(part)).map(([id]) => id);
/** Whether the person could see `part` on at least one case: a filter on a field nobody shows them is refused. */
export const mayEverSee = (v: Visibility, part: Part): boolean => rolesWith(v, part).length > 0 || glassWith(v, part).length > 0;
