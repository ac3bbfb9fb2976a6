import { isCaseScope, SCOPE_KEYS, type ChannelSpec, type Need } from '../../../shared/contract/define';
import { caseAccess, isCaseworkerOn, isLeadOn, type CaseAccess } from '../cases/access';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { RESOLVERS, type Target } from './resolvers';

function satisfies(a: CaseAccess, need: Need, t: Target): boolean {
  if (typeof need !== 'string') return need.some((p) => a.parts.has(p));
  switch (need) {
    case 'exists':
      return true;
    case 'casework':
      return isCaseworkerOn(a);
    case 'manage':
      return a.isAdmin || isLeadOn(a);
    case 'record':
      // A spec saying 'record' on a kind that names no record is a contract bug, not a refusal.
      return (t.part ?? fail('INTERNAL')) !== null && a.parts.has(t.part!);
    default:
      return a.parts.has(need);
  }
}

/**
 * Need-to-know, declared by the channel and enforced here, before its service runs: the id in the input is
 * resolved to its case, the caller's access to that case is computed by the one visibility rule, and the
 * declared need is checked. The service finds the result in ctx.caseAccess and does not check again.
 */
export function enforceScope(ctx: Ctx, spec: ChannelSpec, input: unknown): void {
  const scope = spec.scope;
  if (!isCaseScope(scope)) return;
  const id = (input as Record<string, unknown>)[SCOPE_KEYS[scope.kind]];
  const target = RESOLVERS[scope.kind](ctx, id as never);
  ctx.note(`case:${target.caseId}`);
  const access = caseAccess(ctx, target.caseId);
  const need = typeof scope.need === 'function' ? scope.need(input) : scope.need;
  if (!satisfies(access, need, target)) fail('NEED_TO_KNOW');
  ctx.scope = { caseId: target.caseId, access, recordPart: target.part };
}
