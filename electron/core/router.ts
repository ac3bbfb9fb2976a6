import { noteDamage } from './backups/recovery';
import type { z } from 'zod';
import { contract, isChannel, type Channel } from '../../shared/contract';
import { isRefusal } from '../../shared/contract/define';
import type { Result } from '../../shared/errors';
import { roleAllows } from '../../shared/roles';
import { appendAudit, type AuditDetail } from './audit/chain';
import { CoreError, fail } from './errors';
import { handlers, type Handler } from './handlers';
import { logEvent } from './log';
import { Ctx, sweepUploads, type Runtime } from './runtime';
import { enforceScope } from './scope/enforce';
import { enforceShare } from './scope/shares';
import { refreshSession } from './session';
import { inTransaction } from './store/connection';
import { isCorruption, markDamaged } from './store/health';
import { beginRequest, type RequestTx } from './store/transaction';
import { lockVault } from './vault/service';
import { anchorAudit } from './audit/anchor';

/** Turns zod issues into path -> message, never echoing the submitted value back. */
function fieldsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) out[i.path.join('.') || '(input)'] ??= i.message;
  return out;
}

const OPEN_BEFORE_PASSWORD_CHANGE = new Set<Channel>(['vault.changePassword', 'session.current', 'settings.get']);

/**
 * A refusal keeps what the request had noted before it was refused (the consent gate notes the agency and the
 * missing category codes), so the record says what was refused, not just that something was. Notes are ids and
 * codes by contract; a string longer than a short code is dropped rather than let it fail the refusal's record.
 */
function auditRefusal(rt: Runtime, channel: Channel, code: string, target: string | null, noted: AuditDetail = {}): void {
  const db = rt.db;
  if (!db) return;
  const detail = Object.fromEntries(Object.entries(noted).filter(([, v]) => typeof v !== 'string' || v.length <= 64));
  inTransaction(db, () => appendAudit(db, rt.now(), { actorId: rt.session?.staffId ?? null, action: channel, target, outcome: `refused:${code}`, detail }));
}

/**
 * One request through the pipeline:
 *   channel -> session (re-read) -> role -> input -> BEGIN -> scope (need-to-know) -> consent gate (shares) -> service -> output -> audit -> COMMIT -> afterCommit.
 * Every channel runs inside one transaction together with its audit record; the output is checked before
 * COMMIT, so a reply that breaks the contract changes nothing. A refusal is audited whatever the channel's
 * audit mode (shared/contract/define.ts).
 */
export async function route(rt: Runtime, raw: unknown): Promise<Result<unknown>> {
  const req = raw as { channel?: unknown; input?: unknown } | null;
  if (typeof req !== 'object' || req === null) return { ok: false, error: new CoreError('VALIDATION', 'A request is { channel, input }.').toAppError() };
  const channel = req.channel;
  if (!isChannel(channel)) return { ok: false, error: new CoreError('UNKNOWN_CHANNEL').toAppError() };
  const spec = contract[channel];
  const audited = spec.audit === 'change' || spec.audit === 'read';
  let tx: RequestTx | null = null;
  let ctx: Ctx | null = null;
  try {
    if (spec.access !== 'public') {
      if (rt.session && rt.now().getTime() - rt.idle.lastActivity > rt.idle.limitMs) lockVault(rt, 'idle');
      if (!rt.session) fail('UNAUTHENTICATED');
      refreshSession(rt);
      rt.idle.lastActivity = rt.now().getTime();
      sweepUploads(rt);
      // A temporary password was chosen by an admin: until it is replaced, the account may only replace it.
      if (rt.session!.mustChangePassword && !OPEN_BEFORE_PASSWORD_CHANGE.has(channel)) fail('PASSWORD_CHANGE_REQUIRED');
      if (!roleAllows(spec.access, rt.session!.roles)) fail('FORBIDDEN');
    }
    const parsed = spec.input.safeParse(req.input === undefined ? {} : req.input);
    if (!parsed.success) fail('VALIDATION', undefined, { fields: fieldsOf(parsed.error) });

    ctx = new Ctx(rt);
    const handler = handlers[channel] as Handler<Channel>;
    const transactional = spec.audit !== 'self' && spec.access !== 'public';
    if (transactional) tx = beginRequest(ctx.db, spec.audit === 'change' ? 'write' : spec.audit === 'read' ? 'audited-read' : 'read');
    enforceScope(ctx, spec, parsed.data);
    enforceShare(ctx, spec, parsed.data);
    const value = await handler(ctx, parsed.data as never);
    const out = spec.output.safeParse(value);
    if (!out.success) {
      logEvent('core.output-contract', { channel, issues: out.error.issues.length });
      fail('INTERNAL');
    }
    if (tx) {
      if (audited) {
        const note = ctx.auditNote;
        appendAudit(ctx.db, ctx.now, { actorId: rt.session!.staffId, action: channel, target: note.target, outcome: 'ok', detail: note.detail });
      }
      tx.commit();
      tx = null;
      for (const fn of ctx.afterCommit) fn();
      // The audit tail outside the database follows every committed change (audit/anchor.ts).
      if (spec.audit === 'change' && rt.db && rt.key) anchorAudit(rt.dataDir, rt.db, rt.key);
    }
    return { ok: true, value: out.data };
  } catch (e) {
    tx?.rollback();
    if (ctx) for (const fn of ctx.afterRollback) fn();
    if (e instanceof CoreError) {
      // A refusal is a security event whatever the channel; a failed change or audited read is recorded too.
      // Self-audited channels write their own refusals, except FORBIDDEN, which only the router decides.
      if ((spec.audit !== 'self' || e.code === 'FORBIDDEN') && (isRefusal(e.code) || (audited && e.code !== 'VALIDATION'))) auditRefusal(rt, channel, e.code, ctx?.auditNote.target ?? null, ctx?.auditNote.detail);
      return { ok: false, error: e.toAppError() };
    }
    // A damaged page: say so, and stop writing to this file until it is opened again (store/guard.ts).
    if (isCorruption(e)) {
      markDamaged(rt.db);
      noteDamage(rt.dataDir, 'DATABASE_CORRUPT', rt.now());
      logEvent('core.corrupt', { channel });
      return { ok: false, error: new CoreError('DATABASE_CORRUPT').toAppError() };
    }
    // The error's text may hold SQL or data: log only its class, answer only a code.
    logEvent('core.internal', { channel, error: e instanceof Error ? e.name : typeof e });
    return { ok: false, error: new CoreError('INTERNAL').toAppError() };
  }
}
