import { createHash } from 'node:crypto';
import type { Db } from '../store/connection';
import { insertAudit, iterateAudit, lastAudit, type AuditRow } from './queries';

export const GENESIS = '0'.repeat(64);

/** Audit details hold ids, codes and counts only. Strings longer than an identifier are refused. */
export type AuditDetail = Record<string, string | number | boolean | null>;

export interface AuditInput {
  actorId: number | null;
  action: string;
  target?: string | null;
  outcome: string;
  detail?: AuditDetail;
}

function rowHash(prev: string, r: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  const body = JSON.stringify([r.id, r.at, r.actor_id, r.action, r.target, r.outcome, r.detail]);
  return createHash('sha256').update(prev).update('\n').update(body).digest('hex');
}

export function appendAudit(db: Db, at: Date, e: AuditInput): number {
  for (const v of Object.values(e.detail ?? {})) {
    if (typeof v === 'string' && v.length > 64) throw new Error('audit detail strings must be short codes');
  }
  const last = lastAudit(db);
  const row = {
    id: (last?.id ?? 0) + 1,
    at: at.toISOString(),
    actor_id: e.actorId,
    action: e.action,
    target: e.target ?? null,
    outcome: e.outcome,
    detail: JSON.stringify(e.detail ?? {}),
  };
  const prev = last?.hash ?? GENESIS;
  insertAudit(db, { ...row, prev_hash: prev, hash: rowHash(prev, row) });
  return row.id;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBadId: number | null;
  reason: string | null;
}

/** Walks the chain from the start: ids must run 1, 2, 3 … and each row must hash to its stored hash. */
export function verifyChain(db: Db): ChainReport {
  let prev = GENESIS;
  let expectedId = 1;
  let checked = 0;
  for (const r of iterateAudit(db)) {
    const bad = (reason: string): ChainReport => ({ ok: false, checked, firstBadId: r.id, reason });
    if (r.id !== expectedId) return bad(`expected record ${expectedId}: a record is missing`);
    if (r.prev_hash !== prev) return bad('link to the previous record is broken');
    if (rowHash(prev, r) !== r.hash) return bad('record content does not match its hash');
    prev = r.hash;
    expectedId++;
    checked++;
  }
  return { ok: true, checked, firstBadId: null, reason: null };
}
