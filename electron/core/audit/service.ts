import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Ctx } from '../runtime';
import { verifyChain } from './chain';
import { listAudit } from './queries';

export function auditList(ctx: Ctx, input: ParsedInputOf<'audit.list'>): OutputOf<'audit.list'> {
  return listAudit(ctx.db, input.beforeId ?? null, input.limit).map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    action: r.action,
    target: r.target,
    outcome: r.outcome,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));
}

export function systemVerify(ctx: Ctx): OutputOf<'system.verify'> {
  const integrity = ctx.db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const audit = verifyChain(ctx.db);
  ctx.note(null, { integrity: integrity.length === 1 && integrity[0]!.integrity_check === 'ok', chain: audit.ok });
  return { integrity: integrity.map((r) => r.integrity_check), audit };
}
