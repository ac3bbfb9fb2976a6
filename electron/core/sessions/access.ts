import type { Part } from '../../../shared/cases/access';
import { ORGANISER_CASE_ROLES, type SessionKind } from '../../../shared/sessions/vocab';
import { myCaseRoles } from '../cases/queries';
import { caseRolesOn, partsOn, visibility } from '../cases/visibility';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { assignmentsOf } from './queries';

/** The reader's parts on every case they are on (assignment or break-the-glass), by the one visibility rule. */
export type ReaderCases = Map<number, Set<Part>>;

export function readerCases(ctx: Ctx): ReaderCases {
  const v = visibility(ctx);
  const roles = new Map<number, Parameters<typeof caseRolesOn>[2][number][]>();
  for (const a of assignmentsOf(ctx.db, v.staffId)) roles.set(a.case_id, [...(roles.get(a.case_id) ?? []), a.case_role]);
  for (const [caseId] of v.glass) if (!roles.has(caseId)) roles.set(caseId, []);
  const out: ReaderCases = new Map();
  for (const [caseId, assigned] of roles) {
    const parts = partsOn(v, caseRolesOn(v, caseId, assigned).caseRoles);
    if (parts.size > 0) out.set(caseId, parts);
  }
  return out;
}

/** Case ids per session part, for the calendar query. */
export function casesByPart(r: ReaderCases): Record<string, number[]> {
  const out: Record<string, number[]> = { sessions: [], 'sessions.legal': [] };
  for (const [caseId, parts] of r) for (const p of ['sessions', 'sessions.legal'] as const) if (parts.has(p)) out[p]!.push(caseId);
  return out;
}

/**
 * Whether the signed-in person may organise a session of `kind` with this case: assigned to it (not by
 * break-the-glass) in the case role the kind needs, while still holding its staff role. Mentors book only
 * their mentees, caseworkers and legal aides only their own cases.
 */
export function mayOrganise(ctx: Ctx, caseId: number, kind: SessionKind): boolean {
  const v = visibility(ctx);
  const live = myCaseRoles(ctx.db, caseId, v.staffId).filter((r) => v.heldCaseRoles.includes(r));
  return live.some((r) => ORGANISER_CASE_ROLES[kind].includes(r));
}

export function requireOrganiserOf(ctx: Ctx, caseIds: readonly number[], kind: SessionKind): void {
  for (const c of caseIds) if (!mayOrganise(ctx, c, kind)) fail('NEED_TO_KNOW', 'You book sessions only with cases you are assigned to in that capacity.');
}
