import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Ctx } from '../runtime';
import { CoreError } from '../errors';
import { openDatabase, type Db } from '../store/connection';
import { isCorruption, markDamaged, sqliteErrorCode } from '../store/health';
import { pathsFor } from '../vault/files';
import { anchorProblem } from './anchor';
import { verifyChain } from './chain';
import { readKeyring, type Keyring } from '../vault/keyring';
import { integrityCheck, listAudit } from './queries';

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

/**
 * A damaged page makes SQLite throw instead of listing problems (SQLCipher cannot authenticate it): that is a
 * finding, not a failure of verify. The checks run on a second connection, because a corruption error inside
 * the request's own transaction would make its COMMIT (and so the record of this verify) fail too. The open
 * database is then flagged, so the core stops writing to it (store/guard.ts).
 */
function orDamage<T>(ctx: Ctx, run: () => T, damaged: (code: string) => T): T {
  try {
    return run();
  } catch (e) {
    const code = e instanceof CoreError && e.code === 'DATABASE_CORRUPT' ? 'SQLITE_CORRUPT' : isCorruption(e) ? sqliteErrorCode(e) : null;
    if (!code) throw e;
    markDamaged(ctx.db);
    return damaged(code);
  }
}

export function systemVerify(ctx: Ctx): OutputOf<'system.verify'> {
  const damagedIntegrity = (code: string) => [`damaged: a database page failed its check (${code})`];
  const damagedChain = (code: string) => ({ ok: false, checked: 0, firstBadId: null, reason: `audit log unreadable: damaged page (${code})` });
  let side: Db | null = null;
  try {
    const opened = orDamage(ctx, () => (side = openDatabase(pathsFor(ctx.rt.dataDir).db, ctx.key, { create: false })), () => null);
    const integrity = opened ? orDamage(ctx, () => integrityCheck(opened), damagedIntegrity) : damagedIntegrity('SQLITE_CORRUPT');
    const chain = opened ? orDamage(ctx, () => verifyChain(opened), damagedChain) : damagedChain('SQLITE_CORRUPT');
    // A chain that holds may still have lost its tail: the anchor outside the database says how long it was.
    const anchor = opened && chain.ok ? orDamage(ctx, () => anchorProblem(opened, ctx.key, readKeyringOrNull(ctx.rt.dataDir)), () => null) : null;
    const audit = anchor ? { ...anchor, checked: chain.checked } : chain;
    ctx.note(null, { integrity: integrity.length === 1 && integrity[0] === 'ok', chain: audit.ok });
    return { integrity, audit };
  } finally {
    (side as Db | null)?.close();
  }
}

/** Verify reports on the database even when the keyring cannot be read (unlock already checked it). */
function readKeyringOrNull(dataDir: string): Pick<Keyring, 'vaultId' | 'auditAnchor'> {
  try {
    return readKeyring(dataDir);
  } catch {
    return { vaultId: '', auditAnchor: undefined };
  }
}
