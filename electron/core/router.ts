import type { z } from 'zod';
import { contract, isChannel, type Channel } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { roleAllows } from '../../shared/roles';
import { appendAudit } from './audit/chain';
import { CoreError, fail } from './errors';
import { handlers, type Handler } from './handlers';
import { logEvent } from './log';
import { Ctx, type Runtime } from './runtime';
import { lockVault } from './vault/service';

/** Turns zod issues into path -> message, never echoing the submitted value back. */
function fieldsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) out[i.path.join('.') || '(input)'] ??= i.message;
  return out;
}

const OPEN_BEFORE_PASSWORD_CHANGE = new Set<Channel>(['vault.changePassword', 'session.current', 'settings.get']);

function auditRefusal(rt: Runtime, channel: Channel, code: string): void {
  const db = rt.db;
  if (!db) return;
  db.transaction(() => appendAudit(db, rt.now(), { actorId: rt.session?.staffId ?? null, action: channel, outcome: `refused:${code}` })).immediate();
}

/**
 * One request through the pipeline: channel -> session -> role -> input -> service -> audit -> output.
 * Services that change data run inside one IMMEDIATE transaction together with their audit record; the
 * output is checked before COMMIT, so a reply that breaks the contract changes nothing.
 */
export async function route(rt: Runtime, raw: unknown): Promise<Result<unknown>> {
  const req = raw as { channel?: unknown; input?: unknown } | null;
  if (typeof req !== 'object' || req === null) return { ok: false, error: new CoreError('VALIDATION', 'A request is { channel, input }.').toAppError() };
  const channel = req.channel;
  if (!isChannel(channel)) return { ok: false, error: new CoreError('UNKNOWN_CHANNEL').toAppError() };
  const spec = contract[channel];
  let began = false;
  try {
    if (spec.access !== 'public') {
      if (rt.session && rt.now().getTime() - rt.idle.lastActivity > rt.idle.limitMs) lockVault(rt, 'idle');
      if (!rt.session) fail('UNAUTHENTICATED');
      rt.idle.lastActivity = rt.now().getTime();
      // A temporary password was chosen by an admin: until it is replaced, the account may only replace it.
      if (rt.session!.mustChangePassword && !OPEN_BEFORE_PASSWORD_CHANGE.has(channel)) fail('PASSWORD_CHANGE_REQUIRED');
      if (!roleAllows(spec.access, rt.session!.roles)) {
        auditRefusal(rt, channel, 'FORBIDDEN');
        fail('FORBIDDEN');
      }
    }
    const parsed = spec.input.safeParse(req.input === undefined ? {} : req.input);
    if (!parsed.success) fail('VALIDATION', undefined, { fields: fieldsOf(parsed.error) });

    const ctx = new Ctx(rt);
    const handler = handlers[channel] as Handler<Channel>;
    const transactional = spec.audit !== 'self' && spec.access !== 'public';
    if (transactional) {
      // Requests that write (changes, audited reads) take the write lock up front; pure reads do not.
      ctx.db.exec(spec.audit === 'none' ? 'BEGIN' : 'BEGIN IMMEDIATE');
      began = true;
    }
    const value = await handler(ctx, parsed.data as never);
    const out = spec.output.safeParse(value);
    if (!out.success) {
      logEvent('core.output-contract', { channel, issues: out.error.issues.length });
      fail('INTERNAL');
    }
    if (transactional) {
      if (spec.audit === 'change' || spec.audit === 'read') {
        const note = ctx.auditNote;
        appendAudit(ctx.db, ctx.now, { actorId: rt.session!.staffId, action: channel, target: note.target, outcome: 'ok', detail: note.detail });
      }
      ctx.db.exec('COMMIT');
      began = false;
      for (const fn of ctx.afterCommit) fn();
    }
    return { ok: true, value: out.data };
  } catch (e) {
    if (began && rt.db?.inTransaction) rt.db.exec('ROLLBACK');
    if (e instanceof CoreError) {
      // A refused change or a refused open (e.g. NEED_TO_KNOW on a case file) is a security event: audit it.
      if (began && (spec.audit === 'change' || spec.audit === 'read') && e.code !== 'VALIDATION') auditRefusal(rt, channel, e.code);
      return { ok: false, error: e.toAppError() };
    }
    // The error's text may hold SQL or data: log only its class, answer only a code.
    logEvent('core.internal', { channel, error: e instanceof Error ? e.name : typeof e });
    return { ok: false, error: new CoreError('INTERNAL').toAppError() };
  }
}
