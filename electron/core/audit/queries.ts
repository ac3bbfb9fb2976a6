import { prep, type Db } from '../store/connection';

export interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  action: string;
  target: string | null;
  outcome: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

export const lastAudit = (db: Db) =>
  prep(db, 'SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;

export const insertAudit = (db: Db, r: AuditRow) =>
  prep(db, 
      `INSERT INTO audit (id, at, actor_id, action, target, outcome, detail, prev_hash, hash)
       VALUES (@id, @at, @actor_id, @action, @target, @outcome, @detail, @prev_hash, @hash)`,
    )
    .run(r);

export const iterateAudit = (db: Db) =>
  prep(db, 'SELECT * FROM audit ORDER BY id').iterate() as IterableIterator<AuditRow>;

export const listAudit = (db: Db, beforeId: number | null, limit: number) =>
  prep(db, 'SELECT * FROM audit WHERE (@beforeId IS NULL OR id < @beforeId) ORDER BY id DESC LIMIT @limit')
    .all({ beforeId, limit }) as AuditRow[];

/** SQLite's own structural check, reported by system.verify beside the chain: one 'ok' row when sound. */
export const integrityCheck = (db: Db) => (db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]).map((r) => r.integrity_check);

/** The stored hash of one record, for the anchor check (audit/anchor.ts). */
export const auditHashAt = (db: Db, id: number) => (prep(db, 'SELECT hash FROM audit WHERE id = ?').get(id) as { hash: string } | undefined)?.hash ?? null;
