import type { Db } from './connection';

/**
 * One request's transaction, opened and closed by the router without it writing SQL.
 * - 'write' (changes): IMMEDIATE, so a read never has to upgrade to a write halfway and deadlock, and
 *   committed with the connection's synchronous=FULL: an acknowledged change survives a power cut.
 * - 'audited-read' (reads that show a survivor's data): IMMEDIATE too, since the audit record is a write,
 *   but committed with synchronous=NORMAL. In WAL mode that is still atomic and survives a crash of the
 *   process; only a power cut or OS crash can lose the last few read records (never a change, and never a
 *   break in the hash chain, since a lost commit loses its records whole). It spares every list page and
 *   case open an fsync: 7.5 ms vs 0.05 ms per commit on this machine under load (see the bench rows
 *   cases.list.page_ms and notes.search.p95_ms).
 * - 'read' (status, settings, staff): a plain deferred transaction for a consistent snapshot.
 * Service code may await (the KDF for a new account) inside it: the core handles one request at a time.
 */
export type RequestKind = 'write' | 'audited-read' | 'read';

export interface RequestTx {
  commit(): void;
  /** Safe to call twice, or after a failed COMMIT. */
  rollback(): void;
}

export function beginRequest(db: Db, kind: RequestKind): RequestTx {
  const relaxed = kind === 'audited-read';
  // synchronous cannot change inside a transaction: set before BEGIN, restored once it has ended.
  if (relaxed) db.pragma('synchronous = NORMAL');
  const restore = () => {
    if (relaxed && db.open && !db.inTransaction) db.pragma('synchronous = FULL');
  };
  try {
    db.exec(kind === 'read' ? 'BEGIN' : 'BEGIN IMMEDIATE');
  } catch (e) {
    restore();
    throw e;
  }
  return {
    commit: () => {
      try {
        db.exec('COMMIT');
      } finally {
        restore();
      }
    },
    rollback: () => {
      if (db.open && db.inTransaction) db.exec('ROLLBACK');
      restore();
    },
  };
}
